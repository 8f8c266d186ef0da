import ScrumsellRead

/// Edits the fields of one element of `stakeholders:` where it is written, changing only the
/// bytes of the values set: in a flow mapping on one line (`- {id: x, name: Y, influence: user}`)
/// a value is replaced between its `:` and the next `,` or `}` and a new key goes before the `}`;
/// in a block mapping a key's line is rewritten, or a line added under the element's last key.
enum StakeholderLine {
    static func edits(setting values: [(String, String)], in node: YAMLNode, source: SourceText, path: String) throws -> [TextEdit] {
        guard let pairs = node.mapping else { throw handEdit(path, node.line) }
        let line = source.lineBytes(node.line)
        let start = source.byteOffset(line: node.line, column: node.column)
        if start < line.count, line[line.startIndex + start] == UInt8(ascii: "{") {
            return try flowEdits(values, line: node.line, bytes: Array(line), open: start, path: path)
        }
        return try blockEdits(values, pairs: pairs, source: source, path: path)
    }

    /// One entry of a flow mapping: where its key starts and where its value's text lies (blanks trimmed).
    struct FlowEntry {
        var key: String
        var value: Range<Int>
    }

    static func flowEdits(_ values: [(String, String)], line: Int, bytes: [UInt8], open: Int, path: String) throws -> [TextEdit] {
        guard let (entries, close) = flowEntries(bytes, open: open) else { throw handEdit(path, line) }
        var edits: [TextEdit] = []
        var added: [String] = []
        for (key, value) in values {
            let text = YAMLScalar.text(value, inFlow: true)
            if let entry = entries.first(where: { $0.key == key }) {
                edits.append(.splice(line: line, bytes: entry.value, text: text))
            } else {
                added.append("\(key): \(text)")
            }
        }
        if !added.isEmpty {
            // Just after the last entry, before blanks and the `}`.
            var at = close
            while at > open + 1, YAMLLineLexer.isBlank(bytes[at - 1]) { at -= 1 }
            edits.append(.splice(line: line, bytes: at..<at, text: (entries.isEmpty ? "" : ", ") + added.joined(separator: ", ")))
        }
        return edits
    }

    /// The entries of the flow mapping opening at `open`, and the offset of its closing `}`;
    /// `nil` when it does not close on the line or holds what this reader does not follow.
    static func flowEntries(_ bytes: [UInt8], open: Int) -> ([FlowEntry], Int)? {
        var entries: [FlowEntry] = []
        var index = open + 1
        var entryStart = index
        var depth = 0
        var colon: Int?
        func finish(at end: Int) -> Bool {
            let trimmedStart = YAMLLineLexer.skipSpaces(bytes, from: entryStart, end: end)
            guard trimmedStart < end else { return colon == nil }  // an empty entry (`{}` or a trailing comma)
            guard let colon else { return false }
            let key = String(decoding: bytes[trimmedStart..<colon], as: UTF8.self).trimmingSpaces()
            var valueStart = YAMLLineLexer.skipSpaces(bytes, from: colon + 1, end: end)
            var valueEnd = end
            while valueEnd > valueStart, YAMLLineLexer.isBlank(bytes[valueEnd - 1]) { valueEnd -= 1 }
            if valueStart > valueEnd { valueStart = valueEnd }
            guard !key.isEmpty, !key.hasPrefix("\""), !key.hasPrefix("'") else { return false }
            entries.append(FlowEntry(key: key, value: valueStart..<valueEnd))
            return true
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") { index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1 }
            case UInt8(ascii: "'"):
                index += 1
                while index < bytes.count {
                    if bytes[index] == UInt8(ascii: "'") {
                        if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "'") { index += 2; continue }
                        break
                    }
                    index += 1
                }
            case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: "#") where index > 0 && YAMLLineLexer.isBlank(bytes[index - 1]): return nil
            case UInt8(ascii: ":") where depth == 0 && colon == nil:
                if index + 1 >= bytes.count || YAMLLineLexer.isBlank(bytes[index + 1]) || bytes[index + 1] == UInt8(ascii: ",") || bytes[index + 1] == UInt8(ascii: "}") {
                    colon = index
                }
            case UInt8(ascii: ",") where depth == 0:
                guard finish(at: index) else { return nil }
                entryStart = index + 1
                colon = nil
            case UInt8(ascii: "}"):
                if depth == 0 {
                    guard finish(at: index) else { return nil }
                    return (entries, index)
                }
                depth -= 1
            default: break
            }
            index += 1
        }
        return nil
    }

    static func blockEdits(_ values: [(String, String)], pairs: [YAMLPair], source: SourceText, path: String) throws -> [TextEdit] {
        guard let first = pairs.min(by: { $0.keyLine < $1.keyLine }), let last = pairs.max(by: { $0.keyLine < $1.keyLine }) else {
            throw handEdit(path, 1)
        }
        var edits: [TextEdit] = []
        var added: [String] = []
        for (key, value) in values {
            let text = YAMLScalar.text(value)
            if let pair = pairs.first(where: { $0.key == key }) {
                // Only a one-line value with no comment after it is rewritten; anything else is left to a person.
                let bytes = source.lineBytes(pair.keyLine)
                let keyStart = source.byteOffset(line: pair.keyLine, column: pair.keyColumn)
                let valueStart = source.byteOffset(line: pair.value.line, column: pair.value.column)
                guard pair.value.line == pair.keyLine, pair.value.scalar != nil, valueStart <= bytes.count,
                      !bytes[(bytes.startIndex + valueStart)...].contains(UInt8(ascii: "#")),
                      endsOnItsLine(pair, pairs: pairs, source: source) else {
                    throw handEdit(path, pair.keyLine)
                }
                let prefix = String(decoding: bytes[bytes.startIndex..<(bytes.startIndex + keyStart)], as: UTF8.self)
                edits.append(.replaceLines(first: pair.keyLine, last: pair.keyLine, with: [prefix + "\(key): \(text)"]))
            } else {
                added.append("\(key): \(text)")
            }
        }
        if !added.isEmpty {
            guard last.value.line == last.keyLine, endsOnItsLine(last, pairs: pairs, source: source) else { throw handEdit(path, last.keyLine) }
            let indent = String(repeating: " ", count: max(0, first.keyColumn - 1))
            edits.append(.insertLines(before: last.keyLine + 1, lines: added.map { indent + $0 }))
        }
        return edits
    }

    /// True when the pair's value ends on its key's line: the next line is another key of the
    /// mapping, or is indented no deeper than the key (no continuation of a plain or quoted scalar).
    static func endsOnItsLine(_ pair: YAMLPair, pairs: [YAMLPair], source: SourceText) -> Bool {
        let next = pair.keyLine + 1
        if pairs.contains(where: { $0.keyLine == next }) { return true }
        guard next <= source.lineCount else { return true }
        let bytes = source.lineBytes(next)
        let indent = bytes.prefix { $0 == 32 }.count
        return indent < pair.keyColumn - 1
    }

    static func handEdit(_ path: String, _ line: Int) -> EditRefusal {
        EditRefusal("\(path):\(line): the stakeholder is written in a way scrumsell does not edit; change it by hand")
    }
}
