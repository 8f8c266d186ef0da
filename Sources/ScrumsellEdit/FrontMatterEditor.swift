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
            let tail = commentTail(line, from: afterColon)
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
        let end = try valueEnd(startLine: node.line, start: start, through: lastLine, key: key)
        var text = value.yaml(style: style)
        if end.line == node.line {
            // Keep a trailing comment at its column when the new value leaves room for it.
            let oldWidth = scalarCount(line[(line.startIndex + start)..<(line.startIndex + end.byte)])
            var gapEnd = end.byte
            while gapEnd < line.count, line[line.startIndex + gapEnd] == 32 { gapEnd += 1 }
            if gapEnd > end.byte, gapEnd < line.count, line[line.startIndex + gapEnd] == UInt8(ascii: "#") {
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
        guard let index = pairs.firstIndex(where: { $0.key == key }) else {
            return [try addition(key, "[" + YAMLScalar.text(element, inFlow: true) + "]")]
        }
        let node = pairs[index].value
        if node.isNull { return try set(key, to: .raw("[" + YAMLScalar.text(element, inFlow: true) + "]")) }
        guard let items = node.sequence else {
            throw EditRefusal("\(document.path):\(node.line): '\(key)' is not a list, so '\(element)' cannot be added to it")
        }
        let line = source.lineBytes(node.line)
        let start = source.byteOffset(line: node.line, column: node.column)
        if start < line.count, line[line.startIndex + start] == UInt8(ascii: "[") {
            let end = try valueEnd(startLine: node.line, start: start, through: extentEnd(of: index), key: key)
            let closing = source.lineBytes(end.line)
            var at = end.byte - 1
            while at > 0, closing[closing.startIndex + at - 1] == 32 || closing[closing.startIndex + at - 1] == 9 { at -= 1 }
            let opensHere = end.line == node.line && at == start + 1
            let text = (items.isEmpty || opensHere ? "" : ", ") + YAMLScalar.text(element, inFlow: true)
            return [.splice(line: end.line, bytes: at..<at, text: text)]
        }
        // A block list: copy the last element's indentation and dash.
        guard let lastItem = items.last else { throw ambiguous(key) }
        let itemLine = source.lineBytes(lastItem.line)
        let itemStart = source.byteOffset(line: lastItem.line, column: lastItem.column)
        let prefix = itemLine[itemLine.startIndex..<itemLine.startIndex + min(itemStart, itemLine.count)]
        let trimmed = prefix.drop { $0 == 32 }
        guard trimmed.first == UInt8(ascii: "-"), trimmed.dropFirst().allSatisfy({ $0 == 32 }), trimmed.count >= 2 else {
            throw EditRefusal("\(document.path):\(lastItem.line): the list '\(key)' is written in a way scrumsell does not edit; add '\(element)' by hand")
        }
        let text = String(decoding: prefix, as: UTF8.self) + YAMLScalar.text(element)
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
            let line = source.lineBytes(first)
            let at = source.byteOffset(line: first, column: node.column)
            return at < line.count && (line[line.startIndex + at] == UInt8(ascii: "|") || line[line.startIndex + at] == UInt8(ascii: ">"))
        }()
        while last > first {
            let bytes = source.lineBytes(last)
            let content = bytes.drop { $0 == 32 || $0 == 9 }
            let isComment = content.first == UInt8(ascii: "#") && (!isBlockScalar || content.count == bytes.count)
            guard content.isEmpty || isComment else { break }
            last -= 1
        }
        return last
    }

    /// Byte offset just past the colon that ends the key of `pair` on its line.
    func colonEnd(of pair: YAMLPair) throws -> Int {
        let line = source.lineBytes(pair.keyLine)
        let base = line.startIndex
        var at = source.byteOffset(line: pair.keyLine, column: pair.keyColumn)
        guard at < line.count else { throw ambiguous(pair.key) }
        let first = line[base + at]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            at += 1
            while at < line.count {
                let byte = line[base + at]
                if first == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") { at += 2; continue }
                if byte == first {
                    if first == UInt8(ascii: "'"), at + 1 < line.count, line[base + at + 1] == first { at += 2; continue }
                    break
                }
                at += 1
            }
            at += 1
            while at < line.count, line[base + at] == 32 || line[base + at] == 9 { at += 1 }
            guard at < line.count, line[base + at] == UInt8(ascii: ":") else { throw ambiguous(pair.key) }
            return at + 1
        }
        guard first != UInt8(ascii: "?") else { throw ambiguous(pair.key) }
        while at < line.count {
            if line[base + at] == UInt8(ascii: ":"), at + 1 == line.count || line[base + at + 1] == 32 || line[base + at + 1] == 9 { return at + 1 }
            at += 1
        }
        throw ambiguous(pair.key)
    }

    /// Where the scalar or flow collection starting at `start` of `startLine` ends (exclusive byte offset).
    func valueEnd(startLine: Int, start: Int, through lastLine: Int, key: String) throws -> (line: Int, byte: Int) {
        let first = source.lineBytes(startLine)
        let opener = first[first.startIndex + start]
        switch opener {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            var line = startLine, at = start + 1
            while line <= lastLine {
                let bytes = source.lineBytes(line)
                while at < bytes.count {
                    let byte = bytes[bytes.startIndex + at]
                    if opener == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") { at += 2; continue }
                    if byte == opener {
                        if opener == UInt8(ascii: "'"), at + 1 < bytes.count, bytes[bytes.startIndex + at + 1] == opener { at += 2; continue }
                        return (line, at + 1)
                    }
                    at += 1
                }
                line += 1
                at = 0
            }
            throw ambiguous(key)
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            var depth = 0, line = startLine, at = start
            var quote: UInt8?
            while line <= lastLine {
                let bytes = source.lineBytes(line)
                lineScan: while at < bytes.count {
                    let byte = bytes[bytes.startIndex + at]
                    if let open = quote {
                        if open == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") { at += 2; continue }
                        if byte == open {
                            if open == UInt8(ascii: "'"), at + 1 < bytes.count, bytes[bytes.startIndex + at + 1] == open { at += 2; continue }
                            quote = nil
                        }
                    } else {
                        switch byte {
                        case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
                        case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
                        case UInt8(ascii: "]"), UInt8(ascii: "}"):
                            depth -= 1
                            if depth == 0 { return (line, at + 1) }
                        case UInt8(ascii: "#") where at == 0 || bytes[bytes.startIndex + at - 1] == 32 || bytes[bytes.startIndex + at - 1] == 9:
                            break lineScan
                        default: break
                        }
                    }
                    at += 1
                }
                line += 1
                at = 0
            }
            throw ambiguous(key)
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            return (lastLine, source.lineBytes(lastLine).count)
        default:
            let bytes = source.lineBytes(lastLine)
            var end = bytes.count
            let from = lastLine == startLine ? start : 0
            var at = from
            while at < bytes.count {
                if bytes[bytes.startIndex + at] == UInt8(ascii: "#"), at > 0, bytes[bytes.startIndex + at - 1] == 32 || bytes[bytes.startIndex + at - 1] == 9 {
                    end = at
                    break
                }
                at += 1
            }
            while end > from, bytes[bytes.startIndex + end - 1] == 32 || bytes[bytes.startIndex + end - 1] == 9 { end -= 1 }
            return (lastLine, end)
        }
    }

    /// The white space and comment after `offset` on a line, when the rest of the line is only that.
    func commentTail(_ line: ArraySlice<UInt8>, from offset: Int) -> String {
        let rest = line[(line.startIndex + offset)...]
        let content = rest.drop { $0 == 32 || $0 == 9 }
        guard content.first == UInt8(ascii: "#"), content.count < rest.count else { return "" }
        return String(decoding: rest, as: UTF8.self)
    }

    func scalarCount(_ bytes: ArraySlice<UInt8>) -> Int { bytes.count { $0 & 0xC0 != 0x80 } }

    func ambiguous(_ key: String) -> EditRefusal {
        EditRefusal("\(document.path): the value of '\(key)' is written in a way scrumsell does not edit; change it by hand")
    }
}
