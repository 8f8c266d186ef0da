/// A fast parser for the plain YAML that front-matter is written in, producing the same
/// `YAMLNode` tree (values, plain or quoted, lines and columns) as `YAMLReader`'s Yams path.
///
/// The subset: block mappings with plain keys; block sequences (indented or not) whose
/// entries are scalars, flow collections or compact mappings (`- id: x`); single-line
/// flow sequences and flow mappings, nested; plain, single-quoted and double-quoted
/// scalars on one line; comments and blank lines. Anything else — anchors, aliases, tags,
/// block scalars, multi-line scalars or flow collections, tabs, duplicate keys, complex
/// keys, directives, syntax errors — makes it answer `.unsupported`, and the caller parses
/// the block with Yams. It never guesses: when unsure, it declines.
///
/// `FastYAMLTests` proves it identical to Yams on a generated corpus and on every file
/// of the sample workspace.
package enum FastYAML {
    package enum Outcome: Equatable {
        /// The tree (`nil` for a block holding only comments).
        case parsed(YAMLNode?)
        /// Not in the subset: parse with Yams.
        case unsupported
    }

    /// The most nodes the fast path builds before leaving a block to Yams (and its node budget).
    static let nodeLimit = 20_000
    /// Nesting beyond this is left to Yams (well inside `YAMLReader.maximumDepth`, which counts
    /// indentation, entries and brackets, so its guard never fires on a block parsed here).
    static let depthLimit = 16

    /// Parses `yaml`, whose first line is line `firstLine` of the file.
    package static func parse(_ yaml: String, firstLine: Int) -> Outcome {
        var text = yaml
        return text.withUTF8 { buffer in
            var parser = Parser(bytes: buffer, lineOffset: firstLine - 1)
            guard let root = try? parser.document() else { return .unsupported }
            return .parsed(root)
        }
    }

    private struct Unsupported: Error {}

    private struct Line {
        /// Byte offsets: start of the line, first non-space byte, end (before `\n`).
        var start: Int
        var content: Int
        var end: Int
        /// No byte past 0x7F: a column is then a byte offset.
        var isASCII: Bool
        var indent: Int { content - start }
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        let lineOffset: Int
        var lines: [Line] = []
        /// Index of the current line in `lines` (significant lines only).
        var current = 0
        var nodes = 0

        init(bytes: UnsafeBufferPointer<UInt8>, lineOffset: Int) {
            self.bytes = bytes
            self.lineOffset = lineOffset
        }

        // MARK: Lines

        /// Splits the block into lines, keeping the significant ones (not blank, not only a comment),
        /// after checking every byte is one the subset allows.
        mutating func scanLines() throws {
            var start = 0
            var lineNumber = 0
            var lineIsASCII = true
            let count = bytes.count
            var index = 0
            lines.reserveCapacity(count / 24 + 1)
            lineNumbers.reserveCapacity(count / 24 + 1)
            while index <= count {
                // Eight printable ASCII bytes at a time (no control byte, no DEL, nothing past 0x7F):
                // most of every line.
                while index + 8 <= count {
                    let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    let low: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
                    let control = (word &- low &* 0x20) & ~word & high          // a byte below 0x20
                    let delete = ((word ^ (low &* 0x7F)) &- low) & ~(word ^ (low &* 0x7F)) & high  // a 0x7F byte
                    guard (control | delete | (word & high)) == 0 else { break }
                    index += 8
                }
                if index == count || bytes[index] == 10 {
                    let content = YAMLLineLexer.skipSpaces(bytes, from: start, end: index)
                    if content < index, !YAMLLineLexer.startsComment(bytes, at: content, lineStart: content) {
                        lines.append(Line(start: start, content: content, end: index, isASCII: lineIsASCII))
                        lineNumbers.append(lineNumber)
                    }
                    lineNumber += 1
                    lineIsASCII = true
                    start = index + 1
                    index += 1
                    continue
                }
                let byte = bytes[index]
                if byte < 0x20 || byte == 0x7F { throw Unsupported() }
                if byte >= 0x80 {
                    try checkPrintable(at: index)
                    lineIsASCII = false
                }
                index += 1
            }
        }

        /// Line number (0-based, in the block) of each significant line.
        var lineNumbers: [Int] = []

        /// Declines characters YAML treats specially: C1 controls (NEL is a line break), the
        /// byte-order mark, the Unicode line and paragraph separators, non-characters.
        func checkPrintable(at index: Int) throws {
            let byte = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            let third = index + 2 < bytes.count ? bytes[index + 2] : 0
            if byte == 0xC2, next < 0xA0 { throw Unsupported() }
            if byte == 0xEF, next == 0xBB, third == 0xBF { throw Unsupported() }
            if byte == 0xEF, next == 0xBF, third == 0xBE || third == 0xBF { throw Unsupported() }
            if byte == 0xE2, next == 0x80, third == 0xA8 || third == 0xA9 { throw Unsupported() }
        }

        var atEnd: Bool { current >= lines.count }
        var line: Line { lines[current] }

        /// 1-based file line of significant line `index`.
        func fileLine(_ index: Int) -> Int { lineNumbers[index] + 1 + lineOffset }

        /// 1-based column (in Unicode scalars) of byte `offset` on `line`.
        func column(_ offset: Int, on line: Line) -> Int {
            if line.isASCII, offset <= line.end { return offset - line.start + 1 }
            var column = 1
            var index = line.start
            while index < offset {
                if bytes[index] & 0xC0 != 0x80 { column += 1 }
                index += 1
            }
            return column
        }

        mutating func node(_ kind: YAMLNode.Kind, lineIndex: Int, offset: Int) throws -> YAMLNode {
            nodes += 1
            if nodes > FastYAML.nodeLimit { throw Unsupported() }
            let line = lines[lineIndex]
            return YAMLNode(kind, line: fileLine(lineIndex), column: column(offset, on: line))
        }

        // MARK: Document

        mutating func document() throws -> YAMLNode? {
            try scanLines()
            guard !atEnd else { return nil }
            for line in lines where line.indent == 0 {
                // Document markers and directives start at the first column.
                if startsWith("---", at: line.content) || startsWith("...", at: line.content) || bytes[line.content] == UInt8(ascii: "%") {
                    throw Unsupported()
                }
            }
            guard line.indent == 0, keyEnd(from: line.content, to: line.end) != nil else { throw Unsupported() }
            let root = try blockMapping(column: 0, firstKey: line.content, depth: 0)
            guard atEnd else { throw Unsupported() }
            return root
        }

        func startsWith(_ text: String, at offset: Int) -> Bool {
            var index = offset
            for byte in text.utf8 {
                guard index < bytes.count, bytes[index] == byte else { return false }
                index += 1
            }
            return true
        }

        // MARK: Block collections

        /// A block mapping whose keys stand at byte indent `column`; the first key starts at `firstKey` on the current line.
        mutating func blockMapping(column indent: Int, firstKey: Int, depth: Int) throws -> YAMLNode {
            guard depth < FastYAML.depthLimit else { throw Unsupported() }
            let mappingLine = current
            var pairs: [YAMLPair] = []
            var keyStart = firstKey
            while true {
                let here = line
                guard let colon = keyEnd(from: keyStart, to: here.end) else { throw Unsupported() }
                let key = try plainKey(from: keyStart, to: colon)
                if pairs.contains(where: { $0.key == key }) { throw Unsupported() }
                let keyNode = try node(.scalar(key, isPlain: true), lineIndex: current, offset: keyStart)
                let keyLine = current
                let valueStart = YAMLLineLexer.skipSpaces(bytes, from: colon + 1, end: here.end)
                let value: YAMLNode
                if valueStart == here.end || YAMLLineLexer.startsComment(bytes[valueStart], after: bytes[valueStart - 1]) {
                    // The value stands on the lines below, or is empty.
                    current += 1
                    if !atEnd, line.indent > indent {
                        value = try blockNode(depth: depth + 1)
                    } else if !atEnd, line.indent == indent, isEntry(line) {
                        value = try blockSequence(column: indent, depth: depth + 1)
                    } else {
                        value = try node(.scalar("", isPlain: true), lineIndex: keyLine, offset: colon + 1)
                    }
                } else {
                    value = try inlineValue(from: valueStart, depth: depth + 1)
                    current += 1
                    if !atEnd, line.indent > indent { throw Unsupported() }
                }
                pairs.append(YAMLPair(key: key, keyLine: keyNode.line, keyColumn: keyNode.column, value: value))
                guard !atEnd, line.indent == indent, !isEntry(line) else { break }
                keyStart = line.content
            }
            guard atEnd || line.indent < indent || (isEntry(line) && line.indent == indent) else { throw Unsupported() }
            return try node(.mapping(pairs), lineIndex: mappingLine, offset: firstKey)
        }

        /// True for a line that is a block sequence entry: `-` then a space or the end of the line.
        func isEntry(_ line: Line) -> Bool {
            YAMLLineLexer.isEntryDash(bytes, at: line.content, end: line.end)
        }

        /// The block collection starting on the current line (deeper than its parent).
        mutating func blockNode(depth: Int) throws -> YAMLNode {
            if isEntry(line) { return try blockSequence(column: line.indent, depth: depth) }
            guard keyEnd(from: line.content, to: line.end) != nil else { throw Unsupported() }
            return try blockMapping(column: line.indent, firstKey: line.content, depth: depth)
        }

        /// A block sequence whose `-` stand at byte indent `column`, starting on the current line.
        mutating func blockSequence(column indent: Int, depth: Int) throws -> YAMLNode {
            guard depth < FastYAML.depthLimit else { throw Unsupported() }
            let sequenceLine = current
            let dash = line.content
            var items: [YAMLNode] = []
            while !atEnd, line.indent == indent, isEntry(line) {
                let here = line
                let start = YAMLLineLexer.skipSpaces(bytes, from: here.content + 1, end: here.end)
                // An empty entry, a nested `- -` or a comment after the dash: leave to Yams.
                guard start < here.end, start > here.content + 1, !YAMLLineLexer.startsComment(bytes[start], after: bytes[start - 1]) else {
                    throw Unsupported()
                }
                if isEntryStart(start, end: here.end) { throw Unsupported() }
                if keyEnd(from: start, to: here.end) != nil {
                    // A compact mapping: `- id: x` with its further keys aligned under `id`.
                    let keyIndent = start - here.start
                    items.append(try blockMapping(column: keyIndent, firstKey: start, depth: depth + 1))
                } else {
                    items.append(try inlineValue(from: start, depth: depth + 1))
                    current += 1
                    if !atEnd, line.indent > indent { throw Unsupported() }
                }
            }
            guard atEnd || line.indent <= indent else { throw Unsupported() }
            return try node(.sequence(items), lineIndex: sequenceLine, offset: dash)
        }

        func isEntryStart(_ offset: Int, end: Int) -> Bool {
            YAMLLineLexer.isEntryDash(bytes, at: offset, end: end)
        }

        /// The offset of the `:` ending a plain key that starts at `start`: the first `:` followed by
        /// a space or the end of the line, before any comment. `nil` when the line holds no such key.
        func keyEnd(from start: Int, to end: Int) -> Int? {
            guard start < end, isPlainStart(start, end: end, flow: false) else { return nil }
            var index = start
            while index < end {
                if YAMLLineLexer.isValueIndicator(bytes, at: index, end: end) { return index }
                if index > start, YAMLLineLexer.startsComment(bytes[index], after: bytes[index - 1]) { return nil }
                index += 1
            }
            return nil
        }

        /// The text of a plain key, declining keys YAML would read differently.
        func plainKey(from start: Int, to colon: Int) throws -> String {
            guard colon > start, colon - start < 1000, !YAMLLineLexer.isBlank(bytes[colon - 1]) else { throw Unsupported() }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<colon]), as: UTF8.self)
        }

        // MARK: Values on one line

        /// A scalar or flow collection starting at `start` on the current line, which must end the line
        /// (but for a comment).
        mutating func inlineValue(from start: Int, depth: Int) throws -> YAMLNode {
            let end = line.end
            var index = start
            let value: YAMLNode
            switch bytes[start] {
            case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "\""), UInt8(ascii: "'"):
                value = try flowNode(&index, end: end, depth: depth, inFlow: false)
            default:
                guard isPlainStart(start, end: end, flow: false) else { throw Unsupported() }
                var stop = start
                while stop < end {
                    if YAMLLineLexer.isValueIndicator(bytes, at: stop, end: end) { throw Unsupported() }
                    if YAMLLineLexer.startsComment(bytes[stop], after: bytes[stop - 1]) { break }
                    stop += 1
                }
                let last = YAMLLineLexer.trimBlanks(bytes, from: start, end: stop)
                value = try node(.scalar(text(start, last), isPlain: true), lineIndex: current, offset: start)
                index = last
            }
            try expectLineEnd(from: index, end: end)
            return value
        }

        /// Only spaces and a comment (after a space) may follow a value.
        func expectLineEnd(from offset: Int, end: Int) throws {
            let index = YAMLLineLexer.skipSpaces(bytes, from: offset, end: end)
            guard index == end || (index > offset && YAMLLineLexer.startsComment(bytes[index], after: bytes[index - 1])) else { throw Unsupported() }
        }

        func text(_ start: Int, _ end: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }

        /// Whether a plain scalar may start at `offset`: not an indicator, except `-` before a letter or digit.
        func isPlainStart(_ offset: Int, end: Int, flow: Bool) -> Bool {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "-") {
                guard offset + 1 < end else { return false }
                let next = bytes[offset + 1]
                return (next >= 48 && next <= 57) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122)
            }
            return !YAMLLineLexer.isIndicator(byte) && !YAMLLineLexer.isBlank(byte)
        }

        /// A flow collection, a quoted scalar, or (inside a flow collection) a plain scalar, at `index`.
        mutating func flowNode(_ index: inout Int, end: Int, depth: Int, inFlow: Bool) throws -> YAMLNode {
            guard depth < FastYAML.depthLimit, index < end else { throw Unsupported() }
            let start = index
            switch bytes[start] {
            case UInt8(ascii: "["):
                index += 1
                var items: [YAMLNode] = []
                skipSpaces(&index, end: end)
                if index < end, bytes[index] == UInt8(ascii: "]") {
                    index += 1
                } else {
                    while true {
                        items.append(try flowNode(&index, end: end, depth: depth + 1, inFlow: true))
                        skipSpaces(&index, end: end)
                        guard index < end else { throw Unsupported() }
                        if bytes[index] == UInt8(ascii: "]") { index += 1; break }
                        guard bytes[index] == UInt8(ascii: ",") else { throw Unsupported() }
                        index += 1
                        skipSpaces(&index, end: end)
                        // A trailing comma or an empty entry: leave to Yams.
                        guard index < end, bytes[index] != UInt8(ascii: "]"), bytes[index] != UInt8(ascii: ",") else { throw Unsupported() }
                    }
                }
                return try node(.sequence(items), lineIndex: current, offset: start)
            case UInt8(ascii: "{"):
                index += 1
                var pairs: [YAMLPair] = []
                skipSpaces(&index, end: end)
                if index < end, bytes[index] == UInt8(ascii: "}") {
                    index += 1
                } else {
                    while true {
                        let keyStart = index
                        guard index < end, isPlainStart(index, end: end, flow: true) else { throw Unsupported() }
                        let keyStop = try flowPlainEnd(from: index, end: end)
                        // The key must end at `: `.
                        guard keyStop < end - 1, YAMLLineLexer.isValueIndicator(bytes, at: keyStop, end: end) else { throw Unsupported() }
                        let key = try plainKey(from: keyStart, to: keyStop)
                        if pairs.contains(where: { $0.key == key }) { throw Unsupported() }
                        let keyNode = try node(.scalar(key, isPlain: true), lineIndex: current, offset: keyStart)
                        index = keyStop + 1
                        skipSpaces(&index, end: end)
                        guard index < end, bytes[index] != UInt8(ascii: ","), bytes[index] != UInt8(ascii: "}") else { throw Unsupported() }
                        let value = try flowNode(&index, end: end, depth: depth + 1, inFlow: true)
                        pairs.append(YAMLPair(key: key, keyLine: keyNode.line, keyColumn: keyNode.column, value: value))
                        skipSpaces(&index, end: end)
                        guard index < end else { throw Unsupported() }
                        if bytes[index] == UInt8(ascii: "}") { index += 1; break }
                        guard bytes[index] == UInt8(ascii: ",") else { throw Unsupported() }
                        index += 1
                        skipSpaces(&index, end: end)
                        guard index < end, bytes[index] != UInt8(ascii: "}"), bytes[index] != UInt8(ascii: ",") else { throw Unsupported() }
                    }
                }
                return try node(.mapping(pairs), lineIndex: current, offset: start)
            case UInt8(ascii: "\""):
                let value = try doubleQuoted(&index, end: end)
                try checkAfterQuote(index, end: end, flow: inFlow)
                return try node(.scalar(value, isPlain: false), lineIndex: current, offset: start)
            case UInt8(ascii: "'"):
                let value = try singleQuoted(&index, end: end)
                try checkAfterQuote(index, end: end, flow: inFlow)
                return try node(.scalar(value, isPlain: false), lineIndex: current, offset: start)
            default:
                guard isPlainStart(start, end: end, flow: true) else { throw Unsupported() }
                let stop = try flowPlainEnd(from: start, end: end)
                // A `:` that does not end a key inside a flow collection reads differently across YAML versions.
                guard stop == end || bytes[stop] != UInt8(ascii: ":") else { throw Unsupported() }
                let last = YAMLLineLexer.trimBlanks(bytes, from: start, end: stop)
                index = stop
                return try node(.scalar(text(start, last), isPlain: true), lineIndex: current, offset: start)
            }
        }

        /// After a closing quote: in a flow collection a separator or closing bracket; in a block the end
        /// of the line or a comment. A `:` (a quoted key) is left to Yams.
        func checkAfterQuote(_ offset: Int, end: Int, flow: Bool) throws {
            let index = YAMLLineLexer.skipSpaces(bytes, from: offset, end: end)
            guard index < end else { return }
            let byte = bytes[index]
            if flow {
                guard byte == UInt8(ascii: ",") || YAMLLineLexer.isFlowClosing(byte) else { throw Unsupported() }
            } else {
                guard index > offset, YAMLLineLexer.startsComment(byte, after: bytes[index - 1]) else { throw Unsupported() }
            }
        }

        /// Where a plain scalar inside a flow collection ends: at `,` `[` `]` `{` `}` or `: `;
        /// declines `?`, a `:` before anything but a space, and comments.
        func flowPlainEnd(from start: Int, end: Int) throws -> Int {
            var index = start
            while index < end {
                let byte = bytes[index]
                if YAMLLineLexer.isFlowIndicator(byte) || byte == UInt8(ascii: ":") { return index }
                if byte == UInt8(ascii: "?") || YAMLLineLexer.startsComment(byte, after: bytes[index - 1]) { throw Unsupported() }
                index += 1
            }
            return index
        }

        func skipSpaces(_ index: inout Int, end: Int) {
            index = YAMLLineLexer.skipSpaces(bytes, from: index, end: end)
        }

        /// A double-quoted scalar on one line; the simple escapes only.
        func doubleQuoted(_ index: inout Int, end: Int) throws -> String {
            let open = index
            guard let close = YAMLLineLexer.closingQuote(bytes, from: open + 1, end: end, quote: UInt8(ascii: "\"")) else { throw Unsupported() }
            index = close + 1
            var cursor = open + 1
            while cursor < close, bytes[cursor] != UInt8(ascii: "\\") { cursor += 1 }
            guard cursor < close else { return text(open + 1, close) }
            // The lexer skipped the byte after each `\`, so an escape ends before the closing quote.
            var result = Array(UnsafeBufferPointer(rebasing: bytes[(open + 1)..<cursor]))
            while cursor < close {
                let byte = bytes[cursor]
                if byte == UInt8(ascii: "\\") {
                    switch bytes[cursor + 1] {
                    case UInt8(ascii: "\\"): result.append(UInt8(ascii: "\\"))
                    case UInt8(ascii: "\""): result.append(UInt8(ascii: "\""))
                    case UInt8(ascii: "/"): result.append(UInt8(ascii: "/"))
                    case UInt8(ascii: "n"): result.append(10)
                    case UInt8(ascii: "t"): result.append(9)
                    default: throw Unsupported()
                    }
                    cursor += 2
                    continue
                }
                result.append(byte)
                cursor += 1
            }
            return String(decoding: result, as: UTF8.self)
        }

        /// A single-quoted scalar on one line (`''` is a quote).
        func singleQuoted(_ index: inout Int, end: Int) throws -> String {
            let open = index
            guard let close = YAMLLineLexer.closingQuote(bytes, from: open + 1, end: end, quote: UInt8(ascii: "'")) else { throw Unsupported() }
            index = close + 1
            var cursor = open + 1
            while cursor < close, bytes[cursor] != UInt8(ascii: "'") { cursor += 1 }
            guard cursor < close else { return text(open + 1, close) }
            var result = Array(UnsafeBufferPointer(rebasing: bytes[(open + 1)..<cursor]))
            while cursor < close {
                let byte = bytes[cursor]
                result.append(byte)
                // Before the closing quote a quote is always the first of a doubled pair.
                cursor += byte == UInt8(ascii: "'") ? 2 : 1
            }
            return String(decoding: result, as: UTF8.self)
        }
    }
}
