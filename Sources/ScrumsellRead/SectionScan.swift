#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the section headings of a Markdown body from its lines alone, without cmark, when
/// the body is plain enough for that to be exact.
///
/// A line that starts with `#`s and a space at the first column is an ATX heading of the
/// document, whatever precedes it, unless it stands in a fenced code block or an HTML block:
/// it closes every open list, quote and paragraph. So a body without fences, without HTML
/// blocks and without setext underlines (and without headings indented into a list item)
/// splits into sections at exactly those lines, and each section can be parsed on its own.
/// Any other body gets `nil`, and the reader parses it whole; so does a body holding a NUL
/// byte (cmark replaces it) or a carriage return that ends no line with a line feed (cmark
/// ends a line there, the line table does not).
package enum SectionScan {
    package struct Heading: Equatable {
        package var line: Int
        var level: Int
        /// The heading's text, when it has no inline markup (so it reads as cmark would read it).
        var title: String

        package init(line: Int, level: Int, title: String) {
            self.line = line
            self.level = level
            self.title = title
        }
    }

    /// The body's headings in order, or `nil` when the body is not plain enough.
    package static func headings(of source: SourceText, firstLine: Int) -> [Heading]? {
        guard firstLine >= 1, firstLine <= source.lineCount else { return [] }
        var headings: [Heading] = []
        return source.bytes.withUnsafeBufferPointer { bytes -> [Heading]? in
            guard linesAreCmarkLines(bytes, from: source.lineStarts[firstLine - 1], to: bytes.count) else { return nil }
            for line in firstLine...source.lineCount {
                let range = source.byteRange(ofLine: line)
                var start = range.lowerBound
                while start < range.upperBound, bytes[start] == 32 || bytes[start] == 9 { start += 1 }
                guard start < range.upperBound else { continue }
                switch bytes[start] {
                case UInt8(ascii: "`"), UInt8(ascii: "~"):
                    // A fence (three or more), or a line that merely starts with one: either way, parse whole.
                    if range.upperBound - start >= 3, bytes[start + 1] == bytes[start], bytes[start + 2] == bytes[start] { return nil }
                case UInt8(ascii: "<"):
                    return nil // an HTML block may hold anything, headings included
                case UInt8(ascii: "="), UInt8(ascii: "-"):
                    // `===` or `---` under a paragraph makes it a setext heading.
                    let marker = bytes[start]
                    var end = range.upperBound
                    while end > start, bytes[end - 1] == 32 || bytes[end - 1] == 9 { end -= 1 }
                    if bytes[start..<end].allSatisfy({ $0 == marker }) { return nil }
                case UInt8(ascii: "#"):
                    var level = 0
                    while start + level < range.upperBound, bytes[start + level] == UInt8(ascii: "#") { level += 1 }
                    let after = start + level
                    guard level <= 6, after == range.upperBound || bytes[after] == 32 || bytes[after] == 9 else { continue }
                    // Indented, it may belong to a list item; with markup, its text needs cmark's reading.
                    guard start == range.lowerBound, let title = plainTitle(bytes[after..<range.upperBound]) else { return nil }
                    headings.append(Heading(line: line, level: level, title: title))
                default:
                    continue
                }
            }
            return headings
        }
    }

    /// Whether cmark sees the same lines in `start..<end` as the line table: no NUL (cmark replaces
    /// it), and no carriage return but one ending a line before a line feed or at the end.
    static func linesAreCmarkLines(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        guard let base = bytes.baseAddress, start < end else { return true }
        if memchr(base + start, 0, end - start) != nil { return false }
        var offset = start
        while offset < end, let found = memchr(base + offset, 13, end - offset) {
            let index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            guard index + 1 == bytes.count || bytes[index + 1] == 10 else { return false }
            offset = index + 1
        }
        return true
    }

    /// The trimmed text of a heading, or `nil` when it holds anything inline parsing would change
    /// (escapes, emphasis, code, links, HTML, a closing `#` sequence, tabs, or an `&` and a `;`
    /// that may make an entity; a lone `&`, as in `Smith & Sons`, stays as it is).
    private static func plainTitle(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String? {
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, bytes[start] == 32 { start += 1 }
        while end > start, bytes[end - 1] == 32 { end -= 1 }
        var ampersand = false, semicolon = false
        for byte in bytes[start..<end] {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "!"), UInt8(ascii: "#"), 9, 13:
                return nil
            case UInt8(ascii: "&"): ampersand = true
            case UInt8(ascii: ";"): semicolon = true
            default:
                continue
            }
        }
        if ampersand && semicolon { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}
