import Foundation
import Testing
@testable import ScrumsellKit

/// Item 7 of issue 19: a file name holding a line break or an escape cannot split a diagnostic
/// or forge a location; `build` never writes a file whose name holds one.
@Suite("Reliability: control characters in file names", .timeLimit(.minutes(1)))
struct ControlCharacterPathTests {
    @Test func aPathWithALineBreakStaysOnItsDiagnosticLine() {
        let diagnostic = Diagnostic.warning("sprint-overlap", "sprint 'nl\n# injected' overlaps", at: SourceLocation(path: "sprints/nl\n# injected.md", line: 3, column: 8),
                                            hint: "move\u{1B}[2J it")
        let text = DiagnosticTextRenderer.render(diagnostic)
        #expect(text == "sprints/nl\\u{A}# injected.md:3:8: warning: sprint 'nl\\u{A}# injected' overlaps [sprint-overlap]\n   = hint: move\\u{1B}[2J it\n")
        #expect(text.split(separator: "\n").count == 2)
    }

    @Test func checkAndBuildOnASprintNamedWithALineBreak() throws {
        let workspace = try TestWorkspace(files: ["deals/acme.md": TestWorkspace.healthyDeal, "sprints/2026-s47.md": TestWorkspace.healthySprint,
                                                  "sprints/nl\n# injected.md": TestWorkspace.healthySprint.replacingOccurrences(of: "2026-11-16", with: "2026-10-19")
                                                      .replacingOccurrences(of: "2026-11-29", with: "2026-11-01")])
        let check = try BoundedRun.run(["check", "-w", workspace.root.path, "--as-of", "2026-11-20"])
        #expect(check.exitedNormally)
        #expect(!check.stdout.split(separator: "\n").contains { $0.hasPrefix("# injected") })
        #expect(check.stdout.contains("sprints/nl\\u{A}# injected.md:"))
        let build = try BoundedRun.run(["build", "-w", workspace.root.path, "--as-of", "2026-11-20"])
        #expect(build.exitedNormally)
        let written = try FileManager.default.contentsOfDirectory(atPath: workspace.url("reports").path)
        #expect(!written.isEmpty)
        #expect(!written.contains { ControlCharacterEscaping.needsEscape($0) })
        #expect(build.stderr.contains("retro-nl\\u{A}# injected.md not written"))
        // The index links only to pages that were written.
        #expect(try !String(contentsOf: workspace.url("reports/index.md"), encoding: .utf8).contains("injected"))
    }
}
