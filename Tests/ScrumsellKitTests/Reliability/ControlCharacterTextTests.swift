import Foundation
import Testing
@testable import ScrumsellKit

/// Item 8 of issue 19: control characters from YAML escapes (`"\e[2J"`, `"\0"`, `"\a"`) reach
/// no output raw: text and Markdown write them as `\u{1B}`, JSON as `\u001b`.
@Suite("Reliability: control characters in text outputs", .timeLimit(.minutes(1)))
struct ControlCharacterTextTests {
    @Test func markdownValuesEscapeThem() {
        #expect(MarkdownEscaping.escape("Delta \u{1B}[2J\u{0}\u{7} Water") == "Delta \\u{1B}\\[2J\\u{0}\\u{7} Water")
        #expect(MarkdownEscaping.escape("C1 \u{9B}2J, DEL \u{7F}") == "C1 \\u{9B}2J, DEL \\u{7F}")
        // What was right stays byte for byte: tabs, Latin-1 letters, line breaks as spaces.
        #expect(MarkdownEscaping.escape("Café\u{A0}Zürich\tA\nB") == "Café\u{A0}Zürich\tA B")
    }

    @Test func excerptsEscapeThemAndTheCaretFollows() {
        var diagnostic = Diagnostic.error("wrong-type", "'fit' must be a whole number, found 'x\u{1B}[2J'", at: SourceLocation(path: "deals/a.md", line: 3, column: 7))
        diagnostic.excerpt = "fit: \u{1B}x"
        #expect(DiagnosticTextRenderer.render(diagnostic) == """
            deals/a.md:3:7: error: 'fit' must be a whole number, found 'x\\u{1B}[2J' [wrong-type]
             3 | fit: \\u{1B}x
               |            ^

            """)
    }

    @Test func jsonEscapesThem() throws {
        let diagnostic = Diagnostic.error("wrong-type", "found '\u{1B}[2J\u{0}\u{7}'", at: SourceLocation(path: "deals/a.md", line: 1, column: 1))
        let json = CheckJSONRenderer.render(CheckReport(asOf: Day("2026-11-20")!, diagnostics: [diagnostic], fileCount: 1))
        #expect(json.contains(#"found '\u001b[2J\u0000\u0007'"#))
        #expect(!json.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func aReportOfADealNamedWithEscapesHoldsNoControlCharacter() throws {
        let deal = TestWorkspace.healthyDeal.replacingOccurrences(of: "account: Acme Corp", with: #"account: "Acme \e[2J\0\a Corp""#)
        let workspace = try TestWorkspace(files: ["deals/acme.md": deal, "sprints/2026-s47.md": TestWorkspace.healthySprint])
        #expect(workspace.load().deals.first?.account == "Acme \u{1B}[2J\u{0}\u{7} Corp")
        for command in [["report"], ["board"], ["check"]] {
            let run = try BoundedRun.run(command + ["-w", workspace.root.path, "--as-of", "2026-11-20"])
            #expect(run.exitedNormally)
            #expect(!run.stdout.unicodeScalars.contains { ControlCharacterEscaping.isEscaped($0, keepingLineBreaks: true) }, "\(command)")
        }
    }
}
