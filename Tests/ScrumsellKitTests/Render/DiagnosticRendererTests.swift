import Foundation
import Testing
@testable import ScrumsellKit

@Suite("Diagnostic renderers")
struct DiagnosticRendererTests {
    let located = Diagnostic(.warning, "deal-next-steps", "the deal names 1 open next step; 2 are required",
                             at: SourceLocation(path: "deals/acme.md", line: 12, column: 1), hint: "add them", excerpt: "## Next steps")

    @Test func textWithExcerptCaretAndHint() {
        #expect(DiagnosticTextRenderer.render(located) == """
            deals/acme.md:12:1: warning: the deal names 1 open next step; 2 are required [deal-next-steps]
             12 | ## Next steps
                | ^
                = hint: add them

            """)
    }

    @Test func withoutExcerptOrHint() {
        let bare = Diagnostic(.error, "file-empty", "the file is empty", at: SourceLocation(path: "deals/a.md", line: 1, column: 1))
        #expect(DiagnosticTextRenderer.render(bare) == "deals/a.md:1:1: error: the file is empty [file-empty]\n")
    }

    @Test func tabsExpandSoTheCaretLinesUp() {
        var diagnostic = located
        diagnostic.location.column = 3
        diagnostic.excerpt = "\tx\ty"
        // Column 3 is the second tab, shown from display column 5.
        #expect(DiagnosticTextRenderer.render(diagnostic).split(separator: "\n")[1...2] == [" 12 |     x   y", "    |      ^"])
    }

    @Test func caretUnderNonASCIIAndPastTheEnd() {
        #expect(DiagnosticTextRenderer.expandTabs("Café @x", upTo: 6) == ("Café @x", 5))
        #expect(DiagnosticTextRenderer.expandTabs("ab", upTo: 5) == ("ab", 4))
    }

    @Test func longLinesRenderInLinearTime() {
        // A quadratic renderer would take minutes on a line of a million characters.
        let line = String(repeating: "\tword", count: 200_000)
        let (shown, caret) = DiagnosticTextRenderer.expandTabs(line, upTo: 1_000_000)
        #expect(shown.unicodeScalars.count == 1_600_000)
        #expect(caret == 1_599_999)
    }

    @Test func summaryAndReport() {
        let error = Diagnostic(.error, "file-empty", "the file is empty", at: SourceLocation(path: "deals/a.md", line: 1, column: 1))
        let report = CheckReport(asOf: Day("2026-11-20")!, diagnostics: [error, located], fileCount: 1)
        #expect(DiagnosticTextRenderer.summary(report) == "1 error, 1 warning in 1 file")
        #expect(DiagnosticTextRenderer.render(report).hasSuffix("[deal-next-steps]\n 12 | ## Next steps\n    | ^\n    = hint: add them\n\n1 error, 1 warning in 1 file\n"))
        #expect(DiagnosticTextRenderer.render(CheckReport(asOf: Day("2026-11-20")!, diagnostics: [], fileCount: 3)) == "0 errors, 0 warnings in 3 files\n")
    }

    @Test func jsonIsVersionedAndComplete() throws {
        let report = CheckReport(asOf: Day("2026-11-20")!, diagnostics: [located], fileCount: 4)
        let text = CheckJSONRenderer.render(report)
        #expect(text.hasSuffix("}\n"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json["version"] as? Int == 1)
        #expect(json["as_of"] as? String == "2026-11-20")
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary == ["errors": 0, "warnings": 1, "files": 4])
        let entry = try #require((json["diagnostics"] as? [[String: Any]])?.first)
        #expect(entry["path"] as? String == "deals/acme.md")
        #expect(entry["line"] as? Int == 12)
        #expect(entry["column"] as? Int == 1)
        #expect(entry["severity"] as? String == "warning")
        #expect(entry["code"] as? String == "deal-next-steps")
        #expect(entry["message"] as? String == "the deal names 1 open next step; 2 are required")
        #expect(entry["hint"] as? String == "add them")
        #expect(entry["excerpt"] as? String == "## Next steps")
        // Deterministic: same report, same bytes.
        #expect(CheckJSONRenderer.render(report) == text)
    }
}
