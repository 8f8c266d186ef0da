/// Finds where the parts of a front-matter entry stand in a file's lines, for
/// `FrontMatterEditor` to replace them in place: the colon after a key, the end of a value
/// (quoted, flow, block or plain, maybe over several lines), a comment after it.
///
/// Positions are byte offsets within a line's text; lines are the file's, 1-based. Every
/// character rule comes from `YAMLLineLexer`. An answer of `nil` means the entry is not
/// written in a way these scans can follow.
package struct FrontMatterLines {
    /// The text of a line (without its line ending).
    let lineBytes: (Int) -> ArraySlice<UInt8>

    /// Byte offset just past the colon that ends the key written at byte `keyStart` of
    /// `lineNumber` (plain, or quoted and then blanks before the colon).
    package func colonEnd(line lineNumber: Int, keyStart: Int) -> Int? {
        let line = lineBytes(lineNumber)
        let base = line.startIndex, end = line.endIndex
        let start = base + keyStart
        guard start < end else { return nil }
        let first = line[start]
        if YAMLLineLexer.isQuote(first) {
            guard let close = YAMLLineLexer.closingQuote(line, from: start + 1, end: end, quote: first) else { return nil }
            let colon = YAMLLineLexer.skipBlanks(line, from: close + 1, end: end)
            guard colon < end, line[colon] == UInt8(ascii: ":") else { return nil }
            return colon + 1 - base
        }
        guard first != UInt8(ascii: "?") else { return nil }
        var at = start
        while at < end {
            if YAMLLineLexer.isValueIndicator(line, at: at, end: end) { return at + 1 - base }
            at += 1
        }
        return nil
    }

    /// Where the scalar or flow collection starting at byte `start` of `startLine` ends
    /// (exclusive byte offset), looking no further than `lastLine`.
    package func valueEnd(startLine: Int, start: Int, through lastLine: Int) -> (line: Int, byte: Int)? {
        let first = lineBytes(startLine)
        let opener = first[first.startIndex + start]
        if YAMLLineLexer.isQuote(opener) {
            var lineNumber = startLine, at = start + 1
            while lineNumber <= lastLine {
                let line = lineBytes(lineNumber)
                if let close = YAMLLineLexer.closingQuote(line, from: line.startIndex + at, end: line.endIndex, quote: opener) {
                    return (lineNumber, close + 1 - line.startIndex)
                }
                lineNumber += 1
                at = 0
            }
            return nil
        }
        if YAMLLineLexer.isFlowOpening(opener) {
            return flowEnd(startLine: startLine, start: start, through: lastLine)
        }
        if YAMLLineLexer.isBlockScalarIndicator(opener) {
            return (lastLine, lineBytes(lastLine).count)
        }
        // A plain scalar ends on the last line, before a comment and blanks.
        let line = lineBytes(lastLine)
        let base = line.startIndex
        let from = base + (lastLine == startLine ? start : 0)
        var end = line.endIndex
        var at = from
        while at < line.endIndex {
            if at > base, YAMLLineLexer.startsComment(line[at], after: line[at - 1]) {
                end = at
                break
            }
            at += 1
        }
        return (lastLine, YAMLLineLexer.trimBlanks(line, from: from, end: end) - base)
    }

    /// The end of the flow collection opening at `start` of `startLine`: just past its closing bracket.
    private func flowEnd(startLine: Int, start: Int, through lastLine: Int) -> (line: Int, byte: Int)? {
        var depth = 0, lineNumber = startLine, at = start
        var quote: UInt8?
        while lineNumber <= lastLine {
            let line = lineBytes(lineNumber)
            let base = line.startIndex, end = line.endIndex
            var index = base + at
            lineScan: while index < end {
                if let open = quote {
                    guard let close = YAMLLineLexer.closingQuote(line, from: index, end: end, quote: open) else { break lineScan }
                    quote = nil
                    index = close + 1
                    continue
                }
                let byte = line[index]
                if YAMLLineLexer.isQuote(byte) {
                    quote = byte
                } else if YAMLLineLexer.isFlowOpening(byte) {
                    depth += 1
                } else if YAMLLineLexer.isFlowClosing(byte) {
                    depth -= 1
                    if depth == 0 { return (lineNumber, index + 1 - base) }
                } else if YAMLLineLexer.startsComment(line, at: index, lineStart: base) {
                    break lineScan
                }
                index += 1
            }
            lineNumber += 1
            at = 0
        }
        return nil
    }

    /// The blanks and comment after byte `offset` of a line, when the rest of the line is only that.
    package func commentTail(_ line: ArraySlice<UInt8>, from offset: Int) -> String {
        let from = line.startIndex + offset
        let content = YAMLLineLexer.skipBlanks(line, from: from, end: line.endIndex)
        guard content < line.endIndex, content > from, YAMLLineLexer.startsComment(line[content], after: line[content - 1]) else { return "" }
        return String(decoding: line[from...], as: UTF8.self)
    }

    /// Whether line `lineNumber` holds only blanks or a comment. Inside a block scalar only a
    /// comment at the first column counts (an indented `#` is the scalar's text).
    package func isBlankOrComment(_ lineNumber: Int, inBlockScalar: Bool) -> Bool {
        let line = lineBytes(lineNumber)
        let content = YAMLLineLexer.skipBlanks(line, from: line.startIndex, end: line.endIndex)
        guard content < line.endIndex else { return true }
        return YAMLLineLexer.startsComment(line, at: content, lineStart: content) && (!inBlockScalar || content == line.startIndex)
    }

    /// Whether the value at byte `offset` of `lineNumber` starts a block scalar (`|` or `>`).
    package func startsBlockScalar(line lineNumber: Int, at offset: Int) -> Bool {
        let line = lineBytes(lineNumber)
        return offset < line.count && YAMLLineLexer.isBlockScalarIndicator(line[line.startIndex + offset])
    }

    package init(lineBytes: @escaping (Int) -> ArraySlice<UInt8>) {
        self.lineBytes = lineBytes
    }
}
