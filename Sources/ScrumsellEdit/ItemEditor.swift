import ScrumsellBase
import ScrumsellRead

/// Edits one item where it stands: the character inside its box, its `done:` token.
/// Only the item's own line(s) change, and within them only those bytes.
public enum ItemEditor {
    /// The edit that sets the box of `entry` to `state` (none when it already reads so).
    public static func setState(_ entry: ListEntry, to state: Checkbox, in source: SourceText) throws -> [TextEdit] {
        guard let current = entry.checkbox else { throw EditRefusal("\(source.path):\(entry.line): the list entry has no checkbox") }
        guard current != state else { return [] }
        let box = source.byteOffset(line: entry.textLine, column: entry.textColumn)
        let line = source.lineBytes(entry.textLine)
        guard box + 2 < line.count, line[line.startIndex + box] == UInt8(ascii: "["), line[line.startIndex + box + 2] == UInt8(ascii: "]") else {
            throw EditRefusal("\(source.path):\(entry.textLine): cannot find the item's box")
        }
        return [.splice(line: entry.textLine, bytes: (box + 1)..<(box + 2), text: state.rawValue)]
    }

    /// The edit that writes `done:DAY` on the item: replaces the date of an existing `done:`
    /// token, or adds the token after the last word of the item's text.
    public static func setDone(_ entry: ListEntry, on day: Day, in source: SourceText) throws -> [TextEdit] {
        if let token = entry.tokens.first(where: { $0.kind == .done }) {
            let start = source.byteOffset(line: token.line, column: token.column)
            let word = wordEnd(line: token.line, from: start, in: source)
            let text = "done:\(day)"
            let line = source.lineBytes(token.line)
            // Keep punctuation after the date (`done:2026-11-01,`).
            let valueEnd = start + "done:".utf8.count + token.value.utf8.count
            guard String(decoding: line[(line.startIndex + start)..<(line.startIndex + min(valueEnd, word))], as: UTF8.self) != text else { return [] }
            return [.splice(line: token.line, bytes: start..<min(valueEnd, word), text: text)]
        }
        let lastLine = entry.textEndLine
        let line = source.lineBytes(lastLine)
        var end = line.count
        while end > 0, line[line.startIndex + end - 1] == 32 || line[line.startIndex + end - 1] == 9 { end -= 1 }
        return [.splice(line: lastLine, bytes: end..<end, text: " done:\(day)")]
    }

    /// The edits that remove the item's `done:` tokens with the white space before them; a
    /// continuation line left holding nothing else is removed with it.
    public static func removeDone(_ entry: ListEntry, in source: SourceText) -> [TextEdit] {
        entry.tokens.filter { $0.kind == .done }.map { token in
            let start = source.byteOffset(line: token.line, column: token.column)
            let end = wordEnd(line: token.line, from: start, in: source)
            let line = source.lineBytes(token.line)
            let rest = line[(line.startIndex + end)...]
            let before = line[line.startIndex..<(line.startIndex + start)]
            let blank: (UInt8) -> Bool = { $0 == 32 || $0 == 9 }
            if token.line != entry.textLine, before.allSatisfy(blank), rest.allSatisfy(blank) {
                return .replaceLines(first: token.line, last: token.line, with: [])
            }
            var from = start
            while from > 0, blank(line[line.startIndex + from - 1]) { from -= 1 }
            // A token first on its line keeps the line's indentation and drops the space after it instead.
            let boxEnd = token.line == entry.textLine ? source.byteOffset(line: entry.textLine, column: entry.textColumn) + 3 : 0
            if from <= boxEnd {
                var to = end
                while to < line.count, blank(line[line.startIndex + to]) { to += 1 }
                return .splice(line: token.line, bytes: start..<(to == line.count ? end : to), text: "")
            }
            return .splice(line: token.line, bytes: from..<end, text: "")
        }
    }

    static func wordEnd(line: Int, from start: Int, in source: SourceText) -> Int {
        let bytes = source.lineBytes(line)
        var end = start
        while end < bytes.count, bytes[bytes.startIndex + end] != 32, bytes[bytes.startIndex + end] != 9 { end += 1 }
        return end
    }
}
