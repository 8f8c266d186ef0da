/// The entries of a section's content that is nothing but a plain list, read from its lines
/// alone without cmark, or `nil` when the content is anything else (and cmark must read it).
///
/// Plain means every line is blank or holds one list item whose text is that line alone:
/// - the marker is `-`, `*`, `+`, or 1–9 digits and `.` or `)`, followed by one to four spaces
///   and text (five or more start a code block; a tab or no text is declined);
/// - a top-level item stands at column 1, a nested one exactly at its parent's text column,
///   and no list is nested `OutlineReader.maximumListDepth` deep (cmark's path warns there);
/// - the text does not start another block: no `#` heading, `>` quote, `<` HTML, fence of
///   three backticks or tildes, rule, second marker, `=`, and no link reference definition (a
///   line starting with `[` and holding `]:`);
/// - a nested ordered list right under its parent's text starts at 1 (any other number would
///   continue the parent's paragraph); no NUL byte or lone carriage return anywhere.
///
/// Read that way, the items are those cmark finds, and every field follows from CommonMark:
/// a change of bullet or delimiter starts a new list, numbered from its own first item; a
/// blank line keeps an item open, so an item ends on the line before the next item at its
/// level or above, or on the last line. The text, box and tokens are taken from the source as
/// the cmark path takes them (`OutlineReader.readParagraph`). `ListScanTests` proves it.
package enum ListScan {
    /// The top-level entries of `lines` of `source`, in order, or `nil` when they are not a plain list.
    package static func entries(of source: SourceText, lines: ClosedRange<Int>) -> [ListEntry]? {
        var scanner = Scanner(source: source, lastLine: lines.upperBound)
        let plain = source.bytes.withUnsafeBufferPointer { bytes in
            SectionScan.linesAreCmarkLines(bytes, from: source.lineStarts[lines.lowerBound - 1],
                                           to: source.byteRange(ofLine: lines.upperBound).upperBound)
                && lines.allSatisfy { scanner.take(line: $0, bytes: bytes) }
        }
        guard plain else { return nil }
        return scanner.finish(lastLine: lines.upperBound)
    }

    /// A list still open while the lines are read; its last entry is the item still open.
    private struct OpenList {
        /// Byte offset of the markers in their lines.
        var indent: Int
        /// The bullet character, or the delimiter (`.` or `)`) of an ordered list: another one starts a new list.
        var marker: UInt8
        /// The ordinal of the next item; `nil` for a bullet list.
        var next: Int?
        var entries: [ListEntry]
        /// Byte offset of the open item's text: where its nested list's markers stand.
        var contentIndent: Int
    }

    private struct Scanner {
        let source: SourceText
        /// Open lists, outermost first; each but the first is nested in the last entry of the one before.
        var open: [OpenList] = []
        /// The top-level entries of the lists closed so far.
        var entries: [ListEntry] = []
        /// Whether the line before was blank (or there was none): no item's paragraph is open then.
        var previousBlank = true

        /// The section's last line. A top-level list holds at most one entry per line left,
        /// reserved at once so that a long log grows without copies.
        let lastLine: Int

        init(source: SourceText, lastLine: Int) {
            self.source = source
            self.lastLine = lastLine
        }

        /// Reads one line; `false` when it is not blank and not a plain item.
        mutating func take(line: Int, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            let range = source.byteRange(ofLine: line)
            let start = range.lowerBound, end = range.upperBound
            var index = start
            while index < end, bytes[index] == 32 { index += 1 }
            if index == end || bytes[index] == 9 {
                // Blank, unless a tab stands before text.
                while index < end, bytes[index] == 32 || bytes[index] == 9 { index += 1 }
                guard index == end else { return false }
                previousBlank = true
                return true
            }
            let indent = index - start
            // The marker.
            let marker: UInt8
            var number: Int?
            switch bytes[index] {
            case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"):
                marker = bytes[index]
                index += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                var value = 0, digits = 0
                while index < end, digits < 10, bytes[index] >= 48, bytes[index] <= 57 {
                    value = value * 10 + Int(bytes[index] - 48)
                    digits += 1
                    index += 1
                }
                guard digits <= 9, index < end, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")") else { return false }
                marker = bytes[index]
                number = value
                index += 1
            default:
                return false
            }
            // One to four spaces, then text.
            let markerEnd = index
            while index < end, bytes[index] == 32 { index += 1 }
            let spaces = index - markerEnd
            guard spaces >= 1, spaces <= 4, index < end, bytes[index] != 9 else { return false }
            let text = index
            guard startsParagraph(bytes, from: text, to: end) else { return false }

            if let level = open.lastIndex(where: { $0.indent == indent }) {
                close(deeperThan: level, endLine: line - 1)
                if open[level].marker == marker {
                    open[level].entries[open[level].entries.count - 1].endLine = line - 1
                } else {
                    // Another bullet or delimiter: a new list at the same level, numbered from this item.
                    close(deeperThan: level - 1, endLine: line - 1)
                    open.append(OpenList(indent: indent, marker: marker, next: number, entries: [], contentIndent: 0))
                }
            } else if open.isEmpty ? indent == 0 : indent == open[open.count - 1].contentIndent {
                guard open.count < OutlineReader.maximumListDepth else { return false }
                // Right under its parent's text, an ordered list other than `1.` continues that paragraph.
                if !open.isEmpty, !previousBlank, let number, number != 1 { return false }
                open.append(OpenList(indent: indent, marker: marker, next: number, entries: [], contentIndent: 0))
                open[open.count - 1].entries.reserveCapacity(open.count == 1 && entries.isEmpty ? lastLine - line + 1 : 8)
            } else {
                return false
            }
            let last = open.count - 1
            var entry = ListEntry(checkbox: nil, text: "", tokens: [], line: line, column: indent + 1, textLine: line,
                                  textColumn: text - start + 1, textEndLine: line, endLine: line, ordinal: open[last].next, children: [])
            OutlineReader.readParagraph(source, firstLine: line, lastLine: line, byteColumn: text - start + 1, into: &entry)
            open[last].entries.append(entry)
            open[last].next = open[last].next.map { $0 + 1 }
            open[last].contentIndent = text - start
            previousBlank = false
            return true
        }

        /// Whether the text at `start` makes a paragraph: it starts no other block, and no link
        /// reference definition.
        func startsParagraph(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
            let first = bytes[start]
            func isSpace(at index: Int) -> Bool { index == end || bytes[index] == 32 || bytes[index] == 9 }
            switch first {
            case UInt8(ascii: ">"), UInt8(ascii: "<"), UInt8(ascii: "="):
                return false
            case UInt8(ascii: "#"):
                var index = start
                while index < end, bytes[index] == first { index += 1 }
                return index - start > 6 || !isSpace(at: index)
            case UInt8(ascii: "`"), UInt8(ascii: "~"):
                return end - start < 3 || bytes[start + 1] != first || bytes[start + 2] != first
            case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "_"):
                // A second marker, or a thematic break (three or more of one of `-*_`, spaces between).
                if first != UInt8(ascii: "_"), isSpace(at: start + 1) { return false }
                var count = 0
                for index in start..<end {
                    if bytes[index] == first { count += 1 } else if bytes[index] != 32, bytes[index] != 9 { return true }
                }
                return first == UInt8(ascii: "+") || count < 3
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                var index = start
                while index < end, bytes[index] >= 48, bytes[index] <= 57 { index += 1 }
                guard index - start <= 9, index < end, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")") else { return true }
                return !isSpace(at: index + 1)
            case UInt8(ascii: "["):
                // A definition's label closes with `]:` on its first line (the paragraph has no other):
                // after a box, right there; else anywhere on the line.
                if end - start >= 3, bytes[start + 2] == UInt8(ascii: "]"), Checkbox(character: bytes[start + 1]) != nil {
                    return end - start == 3 || bytes[start + 3] != UInt8(ascii: ":")
                }
                for index in start..<(end - 1) where bytes[index] == UInt8(ascii: "]") && bytes[index + 1] == UInt8(ascii: ":") { return false }
                return true
            default:
                return true
            }
        }

        /// Closes the lists nested deeper than `level` (all when it is -1): their open items end on `endLine`.
        mutating func close(deeperThan level: Int, endLine: Int) {
            while open.count > level + 1 {
                var list = open.removeLast()
                list.entries[list.entries.count - 1].endLine = endLine
                // Moved rather than appended when nothing is there yet: a log of a million lines
                // is one list, and appending would hold two copies of it at once.
                if let parent = open.indices.last {
                    let item = open[parent].entries.count - 1
                    if open[parent].entries[item].children.isEmpty {
                        open[parent].entries[item].children = list.entries
                    } else {
                        open[parent].entries[item].children.append(contentsOf: list.entries)
                    }
                } else if entries.isEmpty {
                    entries = list.entries
                } else {
                    entries.append(contentsOf: list.entries)
                }
            }
        }

        mutating func finish(lastLine: Int) -> [ListEntry] {
            close(deeperThan: -1, endLine: lastLine)
            return entries
        }
    }
}
