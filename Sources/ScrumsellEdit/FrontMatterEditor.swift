import ScrumsellRead

/// Edits top-level front-matter fields in place, the way a careful person would by hand:
/// a value is replaced where it stands, keeping the key, its indentation, the quoting style,
/// a trailing comment (at its column where there is room), the other keys and their order;
/// a missing key is added as one line before the closing `---`; a list grows by one element
/// written like its others.
public struct FrontMatterEditor {
    /// A value to write.
    public enum Value: Sendable, Equatable {
        /// Free text, quoted when YAML would read it as something else.
        case text(String)
        /// A date, number or id, written plain when that is safe.
        case token(String)
        /// YAML written as given (a flow list, say).
        case raw(String)

        func yaml(style: YAMLScalar.Style) -> String {
            switch self {
            case .text(let text): return YAMLScalar.text(text, style: style)
            case .token(let text): return YAMLScalar.token(text, style: style)
            case .raw(let yaml): return yaml
            }
        }
    }

    let document: EditableDocument
    let frontMatter: FrontMatter
    /// The top-level pairs, in file order.
    let pairs: [YAMLPair]
    var source: SourceText { document.source }
    /// Where keys, values and comments stand on the lines.
    var lines: FrontMatterLines { FrontMatterLines(lineBytes: source.lineBytes) }

    /// Opens the front-matter of `document`; refuses one that has none, or errors in reading.
    public init(_ document: EditableDocument) throws {
        try document.requireNoReadingErrors(for: "its front-matter is edited")
        guard let frontMatter = document.document.frontMatter, let pairs = document.document.fields?.mapping else {
            throw EditRefusal("\(document.path) has no front-matter fields to edit")
        }
        self.document = document
        self.frontMatter = frontMatter
        self.pairs = pairs.sorted { $0.keyLine < $1.keyLine }
    }

    /// The current scalar value of a top-level key, or `nil` when it is absent or not a scalar.
    public func scalar(_ key: String) -> String? { pairs.first { $0.key == key }?.value.scalar }

    /// The edits that give top-level `key` the value `value`.
    public func set(_ key: String, to value: Value) throws -> [TextEdit] {
        guard let index = pairs.firstIndex(where: { $0.key == key }) else { return [try addition(key, value.yaml(style: .plain))] }
        let pair = pairs[index]
        let keyLine = pair.keyLine
        let afterColon = try colonEnd(of: pair)
        let lastLine = extentEnd(of: index)
        let node = pair.value

        // A value written on the lines below its key (a block list, a mapping): one line replaces them all.
        if node.line > keyLine || node.isNull {
            let line = source.lineBytes(keyLine)
            let tail = lines.commentTail(line, from: afterColon)
            let text = String(decoding: line[line.startIndex..<line.startIndex + afterColon], as: UTF8.self) + " " + value.yaml(style: .plain) + tail
            if lastLine == keyLine {
                return [.splice(line: keyLine, bytes: 0..<line.count, text: text)]
            }
            return [.replaceLines(first: keyLine, last: lastLine, with: [text])]
        }

        let start = source.byteOffset(line: node.line, column: node.column)
        let line = source.lineBytes(node.line)
        guard start < line.count else { throw ambiguous(key) }
        let style: YAMLScalar.Style
        switch line[line.startIndex + start] {
        case UInt8(ascii: "\""): style = .doubleQuoted
        case UInt8(ascii: "'"): style = .singleQuoted
        default: style = .plain
        }
        guard let end = lines.valueEnd(startLine: node.line, start: start, through: lastLine) else { throw ambiguous(key) }
        var text = value.yaml(style: style)
        if end.line == node.line {
            // Keep a trailing comment at its column when the new value leaves room for it.
            let oldWidth = scalarCount(line[(line.startIndex + start)..<(line.startIndex + end.byte)])
            let gapEnd = YAMLLineLexer.skipSpaces(line, from: line.startIndex + end.byte, end: line.endIndex) - line.startIndex
            if gapEnd > end.byte, gapEnd < line.count, YAMLLineLexer.startsComment(line[line.startIndex + gapEnd], after: line[line.startIndex + gapEnd - 1]) {
                let gap = gapEnd - end.byte
                let newWidth = text.unicodeScalars.count
                text += String(repeating: " ", count: max(1, gap + oldWidth - newWidth))
                return [.splice(line: node.line, bytes: start..<gapEnd, text: text)]
            }
            return [.splice(line: node.line, bytes: start..<end.byte, text: text)]
        }
        let last = source.lineBytes(end.line)
        text = String(decoding: line[line.startIndex..<line.startIndex + start], as: UTF8.self) + text
            + String(decoding: last[(last.startIndex + end.byte)...], as: UTF8.self)
        return [.replaceLines(first: node.line, last: end.line, with: [text])]
    }

    /// The edits that add `element` to the list under top-level `key`, creating the key when it is absent.
    public func append(_ element: String, toList key: String) throws -> [TextEdit] {
        try append(yaml: YAMLScalar.text(element, inFlow: true), block: YAMLScalar.text(element), toList: key, shown: element)
    }

    /// The edits that add an element written as YAML (`{id: x, name: Y}`: the same in a flow
    /// list and a block one) to the list under top-level `key`, creating the key when it is absent.
    public func append(yaml element: String, toList key: String) throws -> [TextEdit] {
        try append(yaml: element, block: element, toList: key, shown: element)
    }

    private func append(yaml flow: String, block: String, toList key: String, shown element: String) throws -> [TextEdit] {
        guard let index = pairs.firstIndex(where: { $0.key == key }) else {
            return [try addition(key, "[" + flow + "]")]
        }
        let node = pairs[index].value
        if node.isNull { return try set(key, to: .raw("[" + flow + "]")) }
        guard let items = node.sequence else {
            throw EditRefusal("\(document.path):\(node.line): '\(key)' is not a list, so '\(element)' cannot be added to it")
        }
        let line = source.lineBytes(node.line)
        let start = source.byteOffset(line: node.line, column: node.column)
        if start < line.count, line[line.startIndex + start] == UInt8(ascii: "[") {
            guard let end = lines.valueEnd(startLine: node.line, start: start, through: extentEnd(of: index)) else { throw ambiguous(key) }
            let closing = source.lineBytes(end.line)
            // Just after the last element, before the closing bracket and blanks.
            let at = YAMLLineLexer.trimBlanks(closing, from: closing.startIndex, end: closing.startIndex + end.byte - 1) - closing.startIndex
            let opensHere = end.line == node.line && at == start + 1
            let text = (items.isEmpty || opensHere ? "" : ", ") + flow
            return [.splice(line: end.line, bytes: at..<at, text: text)]
        }
        // A block list: copy the last element's indentation and dash.
        guard let lastItem = items.last else { throw ambiguous(key) }
        let itemLine = source.lineBytes(lastItem.line)
        let itemStart = source.byteOffset(line: lastItem.line, column: lastItem.column)
        let prefix = itemLine[itemLine.startIndex..<itemLine.startIndex + min(itemStart, itemLine.count)]
        let dash = YAMLLineLexer.skipSpaces(prefix, from: prefix.startIndex, end: prefix.endIndex)
        guard prefix.endIndex - dash >= 2, prefix[dash] == UInt8(ascii: "-"),
              YAMLLineLexer.skipSpaces(prefix, from: dash + 1, end: prefix.endIndex) == prefix.endIndex else {
            throw EditRefusal("\(document.path):\(lastItem.line): the list '\(key)' is written in a way scrumsell does not edit; add '\(element)' by hand")
        }
        let text = String(decoding: prefix, as: UTF8.self) + block
        return [.insertLines(before: extentEnd(of: index) + 1, lines: [text])]
    }

    /// True when the document's front-matter holds `key` with the scalar `text`.
    public static func reads(_ document: SourceDocument, key: String, as text: String) -> Bool {
        document.fields?[key]?.scalar == text
    }

    // MARK: - Positions

    /// `key: value` as one new line before the closing delimiter.
    func addition(_ key: String, _ yaml: String) throws -> TextEdit {
        guard pairs.allSatisfy({ $0.keyColumn == 1 }), document.document.fields?.column ?? 1 == 1 else {
            throw EditRefusal("\(document.path): the front-matter is not written as one 'key: value' per line, so '\(key)' cannot be added; add it by hand")
        }
        return .insertLines(before: frontMatter.closingLine, lines: ["\(YAMLScalar.token(key)): \(yaml)"])
    }

    /// The last line belonging to pair `index`: up to the next key, less trailing blank and comment lines.
    func extentEnd(of index: Int) -> Int {
        let first = pairs[index].keyLine
        var last = (index + 1 < pairs.count ? pairs[index + 1].keyLine : frontMatter.closingLine) - 1
        let isBlockScalar = { () -> Bool in
            let node = pairs[index].value
            guard node.line == first, case .scalar(_, false) = node.kind else { return false }
            return lines.startsBlockScalar(line: first, at: source.byteOffset(line: first, column: node.column))
        }()
        while last > first, lines.isBlankOrComment(last, inBlockScalar: isBlockScalar) { last -= 1 }
        return last
    }

    /// Byte offset just past the colon that ends the key of `pair` on its line.
    func colonEnd(of pair: YAMLPair) throws -> Int {
        let keyStart = source.byteOffset(line: pair.keyLine, column: pair.keyColumn)
        guard let end = lines.colonEnd(line: pair.keyLine, keyStart: keyStart) else { throw ambiguous(pair.key) }
        return end
    }

    func scalarCount(_ bytes: ArraySlice<UInt8>) -> Int { bytes.count { $0 & 0xC0 != 0x80 } }

    func ambiguous(_ key: String) -> EditRefusal {
        EditRefusal("\(document.path): the value of '\(key)' is written in a way scrumsell does not edit; change it by hand")
    }
}
