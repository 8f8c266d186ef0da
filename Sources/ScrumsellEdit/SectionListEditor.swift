import ScrumsellRead

/// Adds list entries to a section of a Markdown body: after the section's last entry (or
/// before its first), written with the list's own marker and indentation; as a new list at
/// the end of the section's own text when it has none; or in a new `## Section` at the end
/// of the document when the section is absent.
public enum SectionListEditor {
    /// Where new entries go in an existing list.
    public enum Placement: Sendable {
        case last, first
    }

    /// The edits that add one entry per element of `texts` (each written after the marker) to `section`.
    /// Returns the edits and the line the first new entry will stand on once they are applied.
    public static func insert(_ texts: [String], into section: OutlineSection, placement: Placement = .last,
                              in source: SourceText) throws -> (edits: [TextEdit], firstLine: Int) {
        guard !texts.isEmpty else { return ([], 0) }
        if let reference = placement == .last ? section.entries.last : section.entries.first {
            let marker = try Marker(of: reference, in: source)
            if placement == .first {
                return ([.insertLines(before: reference.line, lines: texts.map { marker.line(for: $0, number: marker.number) })], reference.line)
            }
            // Numbered lists count on, unless every entry repeats one number (`1.` `1.` `1.`).
            var step = 1
            if section.entries.count >= 2, let previous = try? Marker(of: section.entries[section.entries.count - 2], in: source),
               previous.number == marker.number {
                step = 0
            }
            let end = source.lastNonBlank(from: reference.textEndLine, through: reference.endLine) ?? reference.textEndLine
            var lines: [String] = []
            for (offset, text) in texts.enumerated() {
                lines.append(marker.line(for: text, number: marker.number.map { $0 + step * (offset + 1) }))
            }
            return ([.insertLines(before: end + 1, lines: lines)], end + 1)
        }
        // No list yet: start one after the section's own text (before any subsection), a blank line apart from prose.
        let headingEnd = section.contentFirstLine - 1
        let ownEnd = (section.subsections.map(\.line).min() ?? (section.contentLastLine + 1)) - 1
        let last = source.lastNonBlank(from: section.contentFirstLine, through: ownEnd) ?? headingEnd
        let lines = texts.map { "- " + $0 }
        if last == headingEnd {
            return ([.insertLines(before: last + 1, lines: lines)], last + 1)
        }
        return ([.insertLines(before: last + 1, lines: [""] + lines)], last + 2)
    }

    /// The edits that add `## title` (at `level`) holding one entry per element of `texts` after
    /// the document's last non-blank line, or before line `before` when given.
    public static func appendSection(_ title: String, level: Int = 2, entries texts: [String], before: Int? = nil,
                                     in source: SourceText) -> (edits: [TextEdit], headingLine: Int) {
        let heading = String(repeating: "#", count: level) + " " + title
        let lines = [heading] + texts.map { "- " + $0 }
        if let before {
            return ([.insertLines(before: before, lines: lines + [""])], before)
        }
        let last = source.lastNonBlank(from: 1, through: source.lineCount) ?? 0
        if last == 0 { return ([.insertLines(before: 1, lines: lines)], 1) }
        return ([.insertLines(before: last + 1, lines: [""] + lines)], last + 2)
    }

    /// A list entry's marker as written: indentation, bullet or number with its delimiter, and the space after.
    struct Marker {
        var indentation: String
        /// `-`, `*`, `+`, or the delimiter (`.` or `)`) of a numbered entry.
        var symbol: String
        var ordered: Bool
        /// The number as written on a numbered entry.
        var number: Int?
        var gap: String

        init(of entry: ListEntry, in source: SourceText) throws {
            let line = source.lineBytes(entry.line)
            let base = line.startIndex
            let at = source.byteOffset(line: entry.line, column: entry.column)
            guard at < line.count, line[base..<base + at].allSatisfy({ $0 == 32 || $0 == 9 }) else {
                throw EditRefusal("\(source.path):\(entry.line): the list is written in a way scrumsell does not extend; add the entry by hand")
            }
            indentation = String(decoding: line[base..<base + at], as: UTF8.self)
            var end = at
            let first = line[base + at]
            if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
                symbol = String(UnicodeScalar(first))
                ordered = false
                end += 1
            } else {
                while end < line.count, line[base + end] >= 48, line[base + end] <= 57 { end += 1 }
                guard end > at, end < line.count, line[base + end] == UInt8(ascii: ".") || line[base + end] == UInt8(ascii: ")") else {
                    throw EditRefusal("\(source.path):\(entry.line): cannot read the list marker; add the entry by hand")
                }
                symbol = String(UnicodeScalar(line[base + end]))
                ordered = true
                number = Int(String(decoding: line[(base + at)..<(base + end)], as: UTF8.self))
                end += 1
            }
            var textStart = end
            if entry.textLine == entry.line {
                textStart = max(end, source.byteOffset(line: entry.line, column: entry.textColumn))
            }
            let spaces = line[(base + end)..<(base + min(textStart, line.count))]
            gap = spaces.isEmpty || !spaces.allSatisfy({ $0 == 32 }) || spaces.count > 4 ? " " : String(decoding: spaces, as: UTF8.self)
        }

        func line(for text: String, number: Int?) -> String {
            indentation + (ordered ? String(number ?? 1) : "") + symbol + gap + text
        }
    }
}
