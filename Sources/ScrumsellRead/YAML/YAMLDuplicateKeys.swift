import Yams

/// Finds the second occurrence of a duplicate key that Yams reported at its first one, so
/// the diagnostic can point where the user repeated it, and renames it so the rest of
/// the front-matter can still be read (the first value wins).
enum DuplicateKeys {
    /// The most duplicate keys one block is re-read for; past it the block is not read.
    static let maximumRenames = 32

    /// A key as written: 1-based line and column (in Unicode scalars) and its length in scalars.
    struct Occurrence: Equatable {
        var line: Int
        var column: Int
        var length: Int
    }

    /// The next occurrence of `key` in the mapping whose key `key` first stands at `first`.
    static func secondOccurrence(of key: String, firstAt first: Mark, in text: String) -> Occurrence? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        guard first.line >= 1, first.line <= lines.count else { return nil }
        let firstLine = lines[first.line - 1]
        let start = first.column - 1
        guard start >= 0, start < firstLine.count, let firstLength = tokenLength(key, in: firstLine, at: start) else { return nil }
        let before = YAMLLineLexer.trimBlanks(firstLine, from: 0, end: start)
        if before > 0, firstLine[before - 1] == "{" || firstLine[before - 1] == "," {
            return inFlow(key, lines: lines, line: first.line - 1, from: start + firstLength)
        }
        return inBlock(key, lines: lines, after: first.line - 1, column: start)
    }

    /// A block mapping: the next line whose content starts at the same column with the key.
    private static func inBlock(_ key: String, lines: [[Unicode.Scalar]], after line: Int, column: Int) -> Occurrence? {
        for index in (line + 1)..<max(line + 1, lines.count) {
            let scalars = lines[index]
            let indent = YAMLLineLexer.skipBlanks(scalars, from: 0, end: scalars.count)
            guard indent < scalars.count, !YAMLLineLexer.startsComment(scalars, at: indent, lineStart: indent) else { continue }
            if indent < column { return nil }
            if indent == column, let length = tokenLength(key, in: scalars, at: indent) {
                return Occurrence(line: index + 1, column: indent + 1, length: length)
            }
        }
        return nil
    }

    /// A flow mapping: the next `, key:` (or `{ key:`) after the first key, across lines.
    private static func inFlow(_ key: String, lines: [[Unicode.Scalar]], line: Int, from start: Int) -> Occurrence? {
        var previous: Unicode.Scalar = " "
        for index in line..<lines.count {
            let scalars = lines[index]
            for position in (index == line ? start : 0)..<max(index == line ? start : 0, scalars.count) {
                let scalar = scalars[position]
                if YAMLLineLexer.isBlank(scalar.yamlByte) { continue }
                if previous == "," || previous == "{", let length = tokenLength(key, in: scalars, at: position) {
                    return Occurrence(line: index + 1, column: position + 1, length: length)
                }
                previous = scalar
            }
        }
        return nil
    }

    /// The length of `key` written at `position` (plain, 'single' or "double" quoted) when a `:` follows it.
    private static func tokenLength(_ key: String, in scalars: [Unicode.Scalar], at position: Int) -> Int? {
        for form in [key, "\"\(key)\"", "'\(key)'"] {
            let token = Array(form.unicodeScalars)
            guard position + token.count <= scalars.count, Array(scalars[position..<position + token.count]) == token else { continue }
            let after = YAMLLineLexer.skipBlanks(scalars, from: position + token.count, end: scalars.count)
            if after < scalars.count, scalars[after] == ":" { return token.count }
        }
        return nil
    }

    /// A key no one writes, as long as the one it replaces so later columns on its line stay put.
    static func placeholder(number: Int, length: Int) -> String {
        // Private-use characters are valid in a plain YAML scalar and count as one column each.
        let scalar = Unicode.Scalar(0xE000 + UInt32(number))!
        return String(repeating: Character(scalar), count: max(1, length))
    }

    static func replacing(_ occurrence: Occurrence, with placeholder: String, in text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        let start = occurrence.column - 1
        lines[occurrence.line - 1].replaceSubrange(start..<start + occurrence.length, with: Array(placeholder.unicodeScalars))
        return lines.map { line in
            var string = ""
            string.unicodeScalars.append(contentsOf: line)
            return string
        }.joined(separator: "\n")
    }
}
