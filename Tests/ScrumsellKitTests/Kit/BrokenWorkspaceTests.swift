import Testing
@testable import ScrumsellKit

@Suite("A workspace with one broken file of each kind")
struct BrokenWorkspaceTests {
    @Test func everyBrokenFileGetsALocatedDiagnosticAndTheRestIsRead() throws {
        let folder = try BrokenWorkspace.make()
        let workspace = folder.load()
        var report = Checker.check(workspace, asOf: Day("2026-11-20")!)
        report.diagnostics = ExcerptReader.attach(to: report.diagnostics, root: folder.root)

        for (path, code) in BrokenWorkspace.expectations {
            #expect(report.diagnostics.contains { $0.location.path == path && $0.code == code }, "\(path) has no \(code) diagnostic")
        }
        // Nothing is reported in the healthy files, and every diagnostic is located.
        let broken = Set(BrokenWorkspace.expectations.map(\.path))
        let stray = report.diagnostics.filter { !broken.contains($0.location.path) }
        #expect(stray.map(\.headline) == [])
        #expect(report.diagnostics.allSatisfy { $0.location.line >= 1 && $0.location.column >= 1 })
        #expect(report.hasErrors)

        // The healthy files are still modelled, and so are the broken files that can be.
        #expect(workspace.deal("acme")?.campaign == "fintech-cfo")
        #expect(workspace.campaign("fintech-cfo")?.emailPitch != nil)
        #expect(workspace.objective("grow-emea")?.measures.count == 1)
        #expect(workspace.sprint("2026-s47")?.backlog.count == 1)
        #expect(workspace.deal("dark") != nil)
        #expect(workspace.deal("duplicate-key")?.owner == "dana")
        #expect(workspace.deal("laughs") == nil)
        #expect(workspace.deal("empty") == nil)
        #expect(workspace.config.members.count == 6)
        // Files: the config and every Markdown file that was listed.
        #expect(report.fileCount == 1 + BrokenWorkspace.files.count + 2)
    }

    @Test func theReportIsTheSameEveryTime() throws {
        let folder = try BrokenWorkspace.make()
        let first = DiagnosticTextRenderer.render(folder.check())
        let second = DiagnosticTextRenderer.render(folder.check())
        #expect(first == second)
    }
}

