import Foundation
import Testing
@testable import ScrumsellKit

@Suite struct HistoryRenderTests {
    /// A small history with every kind of change, at fixed dates (so commit ids are fixed too).
    static func storyFixture() throws -> GitFixture {
        let fixture = try GitFixture()
        fixture.write("sprints/2026-s43.md", GitFixture.sprint(start: "2026-10-19", end: "2026-11-01"))
        fixture.write("campaigns/fleet.md", GitFixture.campaign(email: "Subject: Fewer breakdowns"))
        for (id, account, stage) in [("a", "Alpha | Co", "qualify"), ("b", "Beta", "qualify"), ("c", "Gamma", "qualify")] {
            fixture.write("deals/\(id).md", GitFixture.deal(account: account, stage: stage, decision: "2026-11-30"))
        }
        try fixture.commit("Pipeline for October", on: "2026-10-01")
        fixture.write("deals/a.md", GitFixture.deal(account: "Alpha | Co", stage: "evaluate", decision: "2026-11-30"))
        try fixture.commit("Alpha evaluates", on: "2026-10-05")
        fixture.write("deals/b.md", GitFixture.deal(account: "Beta", stage: "evaluate", decision: "2026-12-14", value: 120_000))
        try fixture.commit("Beta: bigger scope, later board", on: "2026-10-09")
        fixture.write("deals/c.md", GitFixture.deal(account: "Gamma", stage: "evaluate", decision: "2026-11-30"))
        try fixture.commit("Gamma evaluates", on: "2026-10-13")
        fixture.write("deals/d.md", GitFixture.deal(account: "Delta", stage: "qualify"))
        try fixture.commit("New deal: Delta", on: "2026-10-14")
        fixture.write("campaigns/fleet.md", GitFixture.campaign(email: "Subject: Which *truck* breaks down next week?"))
        fixture.write("deals/a.md", GitFixture.deal(account: "Alpha | Co", stage: "propose", decision: "2026-11-20", value: 90_000))
        try fixture.commit("Alpha proposal; pitch rewritten", on: "2026-10-21")
        fixture.write("deals/b.md", GitFixture.deal(account: "Beta", stage: "evaluate", decision: "2026-12-14", value: 120_000, outcome: "won"))
        try fixture.commit("Beta signed", on: "2026-10-23")
        fixture.write("deals/c.md", GitFixture.deal(account: "Gamma", stage: "evaluate", decision: "2026-12-20"))
        return fixture
    }

    static let goldens = RepositoryPaths.tests
        .appendingPathComponent("Fixtures/history")

    /// Compares with a golden file; `SCRUMSELL_UPDATE_GOLDEN=1` writes it instead.
    func expectGolden(_ text: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = Self.goldens.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["SCRUMSELL_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.goldens, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(text == golden, "differs from Fixtures/history/\(name)", sourceLocation: sourceLocation)
    }

    @Test func summaryMarkdown() throws {
        let fixture = try Self.storyFixture()
        let workspace = fixture.load()
        let report = HistoryReport(workspace: workspace, history: try fixture.history(asOf: "2026-10-28").get())
        try expectGolden(try HistoryPresenter.markdown(report, workspace: workspace, library: TemplateLibrary()), "summary.md")
    }

    @Test func timelineMarkdown() throws {
        let fixture = try Self.storyFixture()
        let workspace = fixture.load()
        let report = HistoryReport(workspace: workspace, history: try fixture.history(asOf: "2026-10-28").get())
        let alpha = try #require(report.timeline(of: "a"))
        try expectGolden(try HistoryPresenter.markdown(alpha, report: report, workspace: workspace, library: TemplateLibrary()), "timeline-a.md")
        let gamma = try #require(report.timeline(of: "c"))
        try expectGolden(try HistoryPresenter.markdown(gamma, report: report, workspace: workspace, library: TemplateLibrary()), "timeline-c.md")
    }

    @Test func timelineJSON() throws {
        let fixture = try Self.storyFixture()
        let workspace = fixture.load()
        let report = HistoryReport(workspace: workspace, history: try fixture.history(asOf: "2026-10-28").get())
        try expectGolden(HistoryJSONRenderer.render(try #require(report.timeline(of: "b")), report: report), "timeline-b.json")
        let summary = HistoryJSONRenderer.render(report)
        #expect(summary.hasPrefix("{\n  \"as_of\" : \"2026-10-28\",\n  \"available\" : true,"))
        #expect(summary.contains("\"kind\" : \"history\""))
        #expect(summary.contains("\"version\" : 1"))
    }

    @Test func unavailableHistoryIsOneLine() throws {
        let fixture = try GitFixture(makeRepository: false)
        let workspace = fixture.load()
        let markdown = try HistoryPresenter.markdown(HistoryUnavailable.notARepository, workspace: workspace, library: TemplateLibrary())
        #expect(markdown == "# History: History test\n\nHistory is left out: the workspace is not in a git repository.\n")
        let json = HistoryJSONRenderer.render(HistoryUnavailable.notARepository, asOf: Day("2026-10-02")!)
        #expect(json.contains("\"available\" : false"))
        #expect(json.contains("\"reason\" : \"not-a-repository\""))
    }

    @Test func horizonSentences() {
        #expect(HistoryPresenter.horizon(HistoryHorizon()) == "No commit has touched the deals or campaigns yet: the working copy is all the history there is.")
        #expect(HistoryPresenter.horizon(HistoryHorizon(oldestCommit: Day("2026-10-01"), newestCommit: Day("2026-10-23"), commitCount: 7))
            == "Read from 7 commits, 2026-10-01 to 2026-10-23.")
        #expect(HistoryPresenter.horizon(HistoryHorizon(isShallow: true, oldestCommit: Day("2026-10-15"), newestCommit: Day("2026-10-23"), commitCount: 2))
            .hasPrefix("Shallow clone: the history reaches back only to 2026-10-15 (2 commits up to 2026-10-23)"))
        #expect(HistoryPresenter.horizon(HistoryHorizon(oldestCommit: Day("2026-10-01"), newestCommit: Day("2026-10-23"), commitCount: 7, laterCommits: 2))
            == "Read from 7 commits, 2026-10-01 to 2026-10-23. 2 later commits are left out, with the working copy.")
        #expect(HistoryPresenter.horizon(HistoryHorizon(laterCommits: 1))
            == "No commit up to the as-of day touched the deals or campaigns. 1 later commit is left out, with the working copy.")
    }
}
