import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ScrumsellBase

/// Builds a `MarkdownOutline` from a Markdown body with libcmark.
///
/// Only the document's top-level blocks are read for structure: headings make sections,
/// lists make entries. Block quotes, code blocks and HTML blocks are passed over whole,
/// so a `- [ ]` inside them is never an item. Text is taken from the source bytes at the
/// positions cmark reports, so the outline keeps the file's exact line and column numbers.
///
/// Most bodies never reach cmark: `SectionScan` splits a plain body at its headings, and
/// `ListScan` reads each section that is nothing but a plain list from its lines; only the
/// sections it declines are parsed, each on its own. The outline is the same either way.
public enum OutlineReader {
    /// Lists nested deeper than this are not read (each level costs a stack frame).
    public static let maximumListDepth = 32

    /// Reads the body of `source`, which starts at line `firstLine`. With `sections`, only the
    /// lists of those top-level sections (compared without case) are read; every heading is.
    public static func read(_ source: SourceText, firstLine: Int = 1, sections: [String]? = nil) -> (outline: MarkdownOutline, diagnostics: [Diagnostic]) {
        read(source, firstLine: firstLine, sections: sections, scansLists: true, probe: NoProbe())
    }

    /// `read`, with every list parsed by cmark rather than by `ListScan`: the reading the
    /// scanner is proven against, for the tests.
    package static func readListsWithCmark(_ source: SourceText, firstLine: Int = 1,
                                           sections: [String]? = nil) -> (outline: MarkdownOutline, diagnostics: [Diagnostic]) {
        read(source, firstLine: firstLine, sections: sections, scansLists: false, probe: NoProbe())
    }

    /// Reads the body, telling `probe` where cmark's parse (`.cmark`) and the rest (`.outline`)
    /// end. Without `scansLists`, every list goes through cmark.
    package static func read<Probe: ReadProbe>(_ source: SourceText, firstLine: Int, sections: [String]?, scansLists: Bool,
                                       probe: Probe) -> (outline: MarkdownOutline, diagnostics: [Diagnostic]) {
        guard firstLine >= 1, firstLine <= source.lineCount else { return (MarkdownOutline(), []) }
        var builder = Builder(source: source, wanted: sections)
        if sections != nil || scansLists, let headings = SectionScan.headings(of: source, firstLine: firstLine) {
            // Every heading is known from the scan; only the content of the sections read is parsed.
            let firstHeading = headings.first?.line ?? source.lineCount + 1
            if builder.readsLists, firstLine < firstHeading {
                readLists(source, lines: firstLine...(firstHeading - 1), scansLists: scansLists, into: &builder, probe: probe)
            }
            for (index, heading) in headings.enumerated() {
                builder.heading(title: heading.title, level: heading.level, line: heading.line, column: 1, lastLine: heading.line)
                let contentEnd = index + 1 < headings.count ? headings[index + 1].line - 1 : source.lineCount
                if builder.readsLists, heading.line < contentEnd {
                    readLists(source, lines: (heading.line + 1)...contentEnd, scansLists: scansLists, into: &builder, probe: probe)
                }
            }
        } else {
            parse(source, lines: firstLine...source.lineCount, into: &builder, probe: probe)
        }
        return (builder.finish(), builder.diagnostics)
    }

    /// Reads the lists of lines that hold no heading: by `ListScan` when they are a plain list, else with cmark.
    private static func readLists<Probe: ReadProbe>(_ source: SourceText, lines: ClosedRange<Int>, scansLists: Bool,
                                                    into builder: inout Builder, probe: Probe) {
        if scansLists, let entries = ListScan.entries(of: source, lines: lines) {
            builder.add(entries)
        } else {
            parse(source, lines: lines, into: &builder, probe: probe)
        }
    }

    /// The entries of the lists of `lines`, which hold no heading, as the outline takes them
    /// from cmark (for the tests comparing `ListScan` with it).
    package static func listEntriesWithCmark(_ source: SourceText, lines: ClosedRange<Int>) -> (entries: [ListEntry], diagnostics: [Diagnostic]) {
        var builder = Builder(source: source, wanted: nil)
        readLists(source, lines: lines, scansLists: false, into: &builder, probe: NoProbe())
        return (builder.finish().preamble, builder.diagnostics)
    }

    /// Parses the lines with cmark and walks the top-level blocks into the builder.
    private static func parse<Probe: ReadProbe>(_ source: SourceText, lines: ClosedRange<Int>, into builder: inout Builder, probe: Probe) {
        probe.lap(.outline) // what came before (scans, earlier walks) is the outline's
        let start = source.lineStarts[lines.lowerBound - 1]
        let end = lines.upperBound < source.lineCount ? source.lineStarts[lines.upperBound] : source.bytes.count
        let document: OpaquePointer? = source.bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                cmark_parse_document(base + start, end - start, CMARK_OPT_DEFAULT)
            }
        }
        probe.lap(.cmark)
        guard let document else { return }
        defer { cmark_node_free(document) }
        builder.lineOffset = lines.lowerBound - 1
        var node = cmark_node_first_child(document)
        while let current = node {
            builder.visitTopLevel(current)
            node = cmark_node_next(current)
        }
    }

    private struct Builder {
        let source: SourceText
        /// The top-level sections whose lists are read; `nil` for all.
        let wanted: [String]?
        /// Added to cmark's line numbers: the line before the parsed text's first.
        var lineOffset = 0
        var outline = MarkdownOutline()
        /// Sections still open, outermost first.
        var open: [OutlineSection] = []
        var diagnostics: [Diagnostic] = []
        var reportedDepth = false

        init(source: SourceText, wanted: [String]?) {
            self.source = source
            self.wanted = wanted
        }

        mutating func visitTopLevel(_ node: OpaquePointer) {
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HEADING {
                let level = Int(cmark_node_get_heading_level(node))
                let line = Int(cmark_node_get_start_line(node)) + lineOffset
                let column = source.characterColumn(line: line, byteColumn: Int(cmark_node_get_start_column(node)))
                let lastLine = headingLastLine(startLine: line, reportedEnd: Int(cmark_node_get_end_line(node)) + lineOffset)
                heading(title: headingText(node), level: level, line: line, column: column, lastLine: lastLine)
            } else if type == CMARK_NODE_LIST, readsLists {
                add(listEntries(node, depth: 0))
            }
        }

        /// Adds the entries of a top-level list to the open section, or to the preamble before any (or under a title).
        mutating func add(_ entries: [ListEntry]) {
            // Taken whole when nothing is there yet, so that a long list is not held twice.
            if let innermost = open.indices.last, open[innermost].level > 1 {
                if open[innermost].entries.isEmpty { open[innermost].entries = entries } else { open[innermost].entries.append(contentsOf: entries) }
            } else if outline.preamble.isEmpty {
                outline.preamble = entries
            } else {
                outline.preamble.append(contentsOf: entries)
            }
        }

        /// Opens a section at a heading, closing those it ends.
        mutating func heading(title: String, level: Int, line: Int, column: Int, lastLine: Int) {
            close(level: level, before: line)
            var section = OutlineSection(title: title, level: level, line: line, column: column,
                                         contentFirstLine: lastLine + 1, contentLastLine: source.lineCount)
            if let wanted {
                // A title is no section; a subsection is read with the top-level section holding it.
                let top = level == 1 ? nil : open.first(where: { $0.level > 1 })?.title ?? title
                section.isRead = top.map { top in wanted.contains { $0.caseInsensitiveEquals(top) } } ?? false
            }
            open.append(section)
        }

        /// Whether lists standing here are read: in a section the scope reads (the preamble is none).
        var readsLists: Bool { wanted == nil || (open.last?.isRead ?? false) }

        /// Closes the open sections of `level` and deeper, ending them on the line before `line`.
        mutating func close(level: Int, before line: Int) {
            while let last = open.last, last.level >= level {
                var section = open.removeLast()
                section.contentLastLine = max(section.contentFirstLine - 1, line - 1)
                if section.level == 1 {
                    outline.titles.append(section)
                } else if let parent = open.indices.last, open[parent].level > 1 {
                    open[parent].subsections.append(section)
                } else {
                    outline.sections.append(section)
                }
            }
        }

        mutating func finish() -> MarkdownOutline {
            close(level: 1, before: source.lineCount + 1)
            return outline
        }

        /// The last line of a heading. cmark ends a setext heading on the line after its
        /// underline when one follows, so the underline (the first `===` or `---` line after
        /// the text) is looked up in the source.
        func headingLastLine(startLine: Int, reportedEnd: Int) -> Int {
            guard reportedEnd > startLine else { return startLine }
            for line in (startLine + 1)...reportedEnd {
                var bytes = source.bytes[source.byteRange(ofLine: line)].drop { $0 == 32 || $0 == 9 }
                while let last = bytes.last, last == 32 || last == 9 { bytes = bytes.dropLast() }
                if let first = bytes.first, first == UInt8(ascii: "=") || first == UInt8(ascii: "-"), bytes.allSatisfy({ $0 == first }) {
                    return line
                }
            }
            return reportedEnd
        }

        func headingText(_ heading: OpaquePointer) -> String {
            var text = [UInt8]()
            guard let iterator = cmark_iter_new(heading) else { return "" }
            defer { cmark_iter_free(iterator) }
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
                let type = cmark_node_get_type(node)
                if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(node) {
                    literal.withMemoryRebound(to: UInt8.self, capacity: 1) { bytes in
                        text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: strlen(literal)))
                    }
                } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                    text.append(32)
                }
            }
            // ASCII titles (nearly all) are trimmed on bytes; others as characters, where a space may carry a combining mark.
            guard text.allSatisfy({ $0 < 0x80 && $0 != 13 }) else { return String(decoding: text, as: UTF8.self).trimmingSpaces() }
            var start = 0, end = text.count
            while start < end, text[start] == 32 || text[start] == 9 || text[start] == 10 { start += 1 }
            while end > start, text[end - 1] == 32 || text[end - 1] == 9 || text[end - 1] == 10 { end -= 1 }
            return String(decoding: text[start..<end], as: UTF8.self)
        }

        mutating func listEntries(_ list: OpaquePointer, depth: Int) -> [ListEntry] {
            guard depth < OutlineReader.maximumListDepth else {
                if !reportedDepth {
                    reportedDepth = true
                    let line = Int(cmark_node_get_start_line(list)) + lineOffset
                    diagnostics.append(.warning("list-too-deep", "lists nested more than \(OutlineReader.maximumListDepth) levels deep are not read",
                                                at: source.location(line: line, column: 1), hint: "flatten the list"))
                }
                return []
            }
            let ordered = cmark_node_get_list_type(list) == CMARK_ORDERED_LIST
            var number = Int(cmark_node_get_list_start(list))
            var entries: [ListEntry] = []
            var item = cmark_node_first_child(list)
            while let current = item {
                entries.append(entry(current, ordinal: ordered ? number : nil, depth: depth))
                number += 1
                item = cmark_node_next(current)
            }
            return entries
        }

        mutating func entry(_ item: OpaquePointer, ordinal: Int?, depth: Int) -> ListEntry {
            let line = Int(cmark_node_get_start_line(item)) + lineOffset
            let column = source.characterColumn(line: line, byteColumn: Int(cmark_node_get_start_column(item)))
            var entry = ListEntry(checkbox: nil, text: "", tokens: [], line: line, column: column, textLine: line, textColumn: column,
                                  textEndLine: line, endLine: max(line, Int(cmark_node_get_end_line(item)) + lineOffset),
                                  ordinal: ordinal, children: [])
            var child = cmark_node_first_child(item)
            var first = true
            while let current = child {
                let type = cmark_node_get_type(current)
                if first, type == CMARK_NODE_PARAGRAPH { readParagraph(current, into: &entry) }
                if type == CMARK_NODE_LIST { entry.children.append(contentsOf: listEntries(current, depth: depth + 1)) }
                first = false
                child = cmark_node_next(current)
            }
            return entry
        }

        /// Takes the paragraph's text from the source: the box, the text, the tokens.
        func readParagraph(_ paragraph: OpaquePointer, into entry: inout ListEntry) {
            let firstLine = Int(cmark_node_get_start_line(paragraph)) + lineOffset
            let lastLine = max(firstLine, Int(cmark_node_get_end_line(paragraph)) + lineOffset)
            OutlineReader.readParagraph(source, firstLine: firstLine, lastLine: lastLine,
                                        byteColumn: Int(cmark_node_get_start_column(paragraph)), into: &entry)
        }
    }

    /// Takes an item's paragraph, lines `firstLine...lastLine` starting at `byteColumn`, from the
    /// source: the box, the text (lines joined by a space), the tokens, where the text stands.
    static func readParagraph(_ source: SourceText, firstLine: Int, lastLine: Int, byteColumn: Int, into entry: inout ListEntry) {
        entry.textLine = firstLine
        entry.textColumn = source.characterColumn(line: firstLine, byteColumn: byteColumn)
        entry.textEndLine = lastLine
        var tokens: [InlineToken] = []
        source.bytes.withUnsafeBufferPointer { bytes in
            // The first line's text, and the joined text only when a second line has some (most items have one line).
            var first: Range<Int>?
            var joined = [UInt8]()
            for line in firstLine...lastLine {
                let range = source.byteRange(ofLine: line)
                let textStart = line == firstLine ? min(range.lowerBound + byteColumn - 1, range.upperBound) : range.lowerBound
                var start = textStart
                if line == firstLine, let box = checkbox(bytes, at: start, end: range.upperBound) {
                    entry.checkbox = box
                    start += 3
                }
                while start < range.upperBound, bytes[start] == 32 || bytes[start] == 9 { start += 1 }
                var end = range.upperBound
                while end > start, bytes[end - 1] == 32 || bytes[end - 1] == 9 { end -= 1 }
                guard start < end else { continue }
                let piece = UnsafeBufferPointer(rebasing: bytes[start..<end])
                // On the first line the piece stands after the text column: count only the scalars between.
                let pieceColumn = line == firstLine ? entry.textColumn + scalarCount(bytes, textStart..<start)
                    : source.characterColumn(line: line, byteColumn: start - range.lowerBound + 1)
                let lineTokens = InlineToken.scan(bytes: piece, line: line, column: pieceColumn)
                if tokens.isEmpty { tokens = lineTokens } else { tokens.append(contentsOf: lineTokens) }
                if let first {
                    if joined.isEmpty { joined.append(contentsOf: bytes[first]) }
                    joined.append(32)
                    joined.append(contentsOf: piece)
                } else {
                    first = start..<end
                }
            }
            if !joined.isEmpty, let first {
                entry.text = String(decoding: joined, as: UTF8.self)
                entry.firstLineLength = first.count
            } else if let first {
                entry.text = String(decoding: UnsafeBufferPointer(rebasing: bytes[first]), as: UTF8.self)
                entry.firstLineLength = 0
            } else {
                entry.text = ""
            }
        }
        entry.tokens = tokens
    }

    /// The number of Unicode scalars starting in `range`: its bytes that are not UTF-8 continuation bytes.
    private static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        for index in range where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The box at `start` when it is followed by white space or the end of the line.
    private static func checkbox(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Checkbox? {
        guard end - start >= 3, bytes[start] == UInt8(ascii: "["), bytes[start + 2] == UInt8(ascii: "]") else { return nil }
        guard end - start == 3 || bytes[start + 3] == 32 || bytes[start + 3] == 9 else { return nil }
        return Checkbox(character: bytes[start + 1])
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    package func trimmingSpaces() -> String {
        // Nearly every value has nothing to trim: its first and last bytes say so without
        // walking its characters.
        if let first = utf8.first, let last = utf8.last, !Self.isTrimmed(first), !Self.isTrimmed(last) {
            return self
        }
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" || first == "\n" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" || last == "\n" { scalars = scalars.dropLast() }
        return String(scalars)
    }

    private static func isTrimmed(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 }
}
