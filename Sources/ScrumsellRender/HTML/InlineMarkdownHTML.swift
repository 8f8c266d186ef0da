import CCmark
import Foundation

/// The workspace's inline Markdown (an item's text, a log line, a buyer objective) as HTML, by
/// libcmark's HTML renderer in its safe mode: raw HTML is left out (`<!-- raw HTML omitted -->`)
/// and links to `javascript:`, `vbscript:`, `file:` and `data:` (other than images) lose their
/// destination. Text is escaped by cmark; nothing is parsed here by hand.
///
/// The text is inline content (it stood after a list item's box or a date), so it renders as
/// one paragraph whose `<p>` is dropped, to sit inside a table cell or a list item: a leading
/// `<script>`, `#` or `1.` is not read as the start of a block.
public enum InlineMarkdownHTML {
    /// The options: safe (the default of cmark 0.29 and later, named for older ones), and smart
    /// punctuation off so the text reads as written.
    static let options = CMARK_OPT_SAFE

    public static func render(_ markdown: String) -> String {
        // Most texts hold no Markdown syntax at all: escaped as they are, without a parse.
        if !markdown.utf8.contains(where: mayBeMarkup) { return HTMLEscaping.escape(markdown) }
        // A line break inside a value would start a block of its own (a heading, a list): one line is one paragraph.
        // It opens with a space written as a character reference, which no block starts with, so an
        // HTML block (`<script>…`, dropped whole with the text after it), a heading or a list cannot begin.
        let bytes = Array("&#32;".utf8) + markdown.utf8.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }
        guard let rendered = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress.flatMap { base in base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_markdown_to_html($0, buffer.count, options) } }
        }) else { return HTMLEscaping.escape(markdown) }
        defer { free(rendered) }
        var html = String(cString: rendered)
        while html.hasSuffix("\n") { html.removeLast() }
        if html.hasPrefix("<p> "), html.hasSuffix("</p>") {
            html = String(html.dropFirst(4).dropLast(4))
        }
        return html
    }

    /// A byte that may start Markdown syntax or need escaping: anything but letters, digits, spaces and plain punctuation.
    @inline(__always)
    static func mayBeMarkup(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: " "), UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "?"),
             UInt8(ascii: "/"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "+"):
            return false
        default:
            // A letter outside ASCII (é, €) is text; only ASCII punctuation can be syntax.
            return byte < 0x80
        }
    }
}
