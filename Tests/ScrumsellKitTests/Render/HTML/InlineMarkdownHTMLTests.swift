import Testing
@testable import ScrumsellKit

/// Workspace text on an HTML page: escaped, and its inline Markdown rendered by libcmark's safe
/// renderer — raw HTML left out, script links emptied, block syntax kept as text.
@Suite struct InlineMarkdownHTMLTests {
    @Test func textIsEscapedForElementsAndAttributes() {
        #expect(HTMLEscaping.escape("plain text, 100% é €") == "plain text, 100% é €")
        #expect(HTMLEscaping.escape(#"<a href="x">'&"#) == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;")
        #expect(HTMLEscaping.escape("tab\tline\nbell\u{7}del\u{7F}") == "tab\tline\nbell\u{FFFD}del\u{FFFD}")
    }

    @Test(arguments: [
        ("Call Maria about the budget", "Call Maria about the budget"),
        ("a & b < c", "a &amp; b &lt; c"),
        ("**bold** and `code` and *it*", "<strong>bold</strong> and <code>code</code> and <em>it</em>"),
        ("_under_ first", "<em>under</em> first"),
        ("[notes](https://example.com/a?b=1&c=2)", "<a href=\"https://example.com/a?b=1&amp;c=2\">notes</a>"),
        ("{{name}} and {{{raw}}}", "{{name}} and {{{raw}}}"),
        ("line one\nline two", "line one line two"),
    ])
    func markdownIsRendered(markdown: String, html: String) {
        #expect(InlineMarkdownHTML.render(markdown) == html)
    }

    @Test(arguments: [
        ("<script>alert(1)</script> then the call", "<!-- raw HTML omitted -->alert(1)<!-- raw HTML omitted --> then the call"),
        ("call <img src=x onerror=alert(1)> now", "call <!-- raw HTML omitted --> now"),
        ("<iframe src=x></iframe> after", "<!-- raw HTML omitted --><!-- raw HTML omitted --> after"),
        ("[x](javascript:alert(1))", "<a href=\"\">x</a>"),
        ("[x](JaVaScRiPt:alert(1))", "<a href=\"\">x</a>"),
        ("[x](vbscript:msgbox)", "<a href=\"\">x</a>"),
        ("![img](javascript:alert(1))", "<img src=\"\" alt=\"img\" />"),
        ("<b onclick=\"alert(1)\">bold</b>", "<!-- raw HTML omitted -->bold<!-- raw HTML omitted -->"),
    ])
    func rawHTMLAndScriptLinksAreLeftOut(markdown: String, html: String) {
        #expect(InlineMarkdownHTML.render(markdown) == html)
    }

    /// The text stood after a box or a date in its file: inline content, never the start of a block.
    @Test(arguments: ["# not a heading", "1. not a list", "- not a list", "> not a quote", "    not code", "```not a fence", "---"])
    func blockSyntaxStaysText(markdown: String) {
        let html = InlineMarkdownHTML.render(markdown)
        #expect(!html.contains("<h1") && !html.contains("<ol") && !html.contains("<ul") && !html.contains("<blockquote")
                && !html.contains("<pre") && !html.contains("<hr") && !html.contains("<p>"), "\(markdown) → \(html)")
        #expect(html.contains(markdown.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ">", with: "&gt;")), "\(markdown) → \(html)")
    }
}
