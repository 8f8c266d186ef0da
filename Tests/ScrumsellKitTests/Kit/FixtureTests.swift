import Foundation
import Testing
@testable import ScrumsellKit

/// hledger's test/errors, for Scrumsell: `Fixtures/errors/<code>/` holds a tiny workspace
/// (`scrumsell.yml` and the one broken file) and `expected.txt`, the exact output of
/// `scrumsell check --as-of 2026-11-20` on it. Run with `SCRUMSELL_UPDATE_FIXTURES=1` to
/// rewrite every `expected.txt` from the current output, then review the diff.
@Suite("Error fixtures")
struct FixtureTests {
    static let asOf = Day("2026-11-20")!

    /// The fixtures as bundled with the tests.
    static var bundled: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures/errors")
    }

    /// The fixtures in the source tree, where updates are written.
    static var sources: URL {
        RepositoryPaths.tests.appendingPathComponent("Fixtures/errors")
    }

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: bundled.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// What git cannot hold is made by the test in the copy: a dangling link and a folder named `*.md`.
    static func prepare(_ name: String, in root: URL) throws {
        let files = FileManager.default
        switch name {
        case "file-dangling-link":
            try files.createDirectory(at: root.appendingPathComponent("deals"), withIntermediateDirectories: true)
            try files.createSymbolicLink(atPath: root.appendingPathComponent("deals/acme.md").path, withDestinationPath: "../archive/acme.md")
        case "file-is-folder":
            try files.createDirectory(at: root.appendingPathComponent("deals/acme.md"), withIntermediateDirectories: true)
        default:
            break
        }
    }

    /// Copies the fixture (without `expected.txt`) to a temporary folder, checks it, and renders the text output.
    static func output(of name: String) throws -> (text: String, report: CheckReport) {
        let workspace = try TestWorkspace(config: nil)
        let fixture = bundled.appendingPathComponent(name)
        let files = FileManager.default
        for entry in try files.contentsOfDirectory(atPath: fixture.path) where entry != "expected.txt" {
            try files.copyItem(at: fixture.appendingPathComponent(entry), to: workspace.url(entry))
        }
        try prepare(name, in: workspace.root)
        var report = Checker.check(WorkspaceLoader.load(root: workspace.root), asOf: asOf)
        report.diagnostics = ExcerptReader.attach(to: report.diagnostics, root: workspace.root)
        return (DiagnosticTextRenderer.render(report), report)
    }

    @Test func thereIsAFixtureForEveryDiagnosticKind() {
        let required = ["front-matter-missing", "front-matter-unclosed", "front-matter-not-mapping", "yaml-syntax", "yaml-duplicate-key",
                        "yaml-too-large", "wrong-type", "invalid-date", "missing-key", "unknown-key", "unknown-stage", "unknown-owner",
                        "unknown-campaign", "unknown-objective", "unknown-team", "unknown-sprint", "deal-no-decision-date",
                        "deal-no-consequence", "deal-next-steps", "deal-no-buyer-step", "deal-decision-date-passed", "deal-gone-dark",
                        "deal-exit-tasks", "deal-closed-open-item", "lost-without-competitor", "lost-without-follow-up", "campaign-incomplete", "team-size",
                        "sprint-length", "sprint-overlap", "sprint-item-late", "merge-conflict", "file-empty", "file-encoding",
                        "file-binary", "file-dangling-link", "file-is-folder"]
        #expect(Set(required).subtracting(Self.names).sorted() == [])
    }

    @Test(arguments: FixtureTests.names)
    func fixture(_ name: String) throws {
        let (text, report) = try Self.output(of: name)
        // Each fixture shows its own kind of diagnostic.
        #expect(report.diagnostics.contains { $0.code == name })
        if ProcessInfo.processInfo.environment["SCRUMSELL_UPDATE_FIXTURES"] == "1" {
            try text.write(to: Self.sources.appendingPathComponent(name).appendingPathComponent("expected.txt"), atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: Self.bundled.appendingPathComponent(name).appendingPathComponent("expected.txt"), encoding: .utf8)
        #expect(text == expected)
    }
}
