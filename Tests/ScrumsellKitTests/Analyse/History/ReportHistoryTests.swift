import Foundation
import Testing
@testable import ScrumsellKit

/// The weekly report's and the retrospective's sections read from git.
@Suite struct ReportHistoryTests {
    @Test func theWeeklyReportGainsChangedThisWeekAndStageAging() throws {
        let fixture = try HistoryAnalysisTests().weekFixture()
        let workspace = fixture.load()
        let day = Day("2026-10-25")!
        let history = fixture.history(asOf: "2026-10-25")
        let report = WeeklyReport.build(workspace, asOf: day, history: history)
        let sections = try #require(report.history)
        #expect(report.historyNote == nil)
        #expect(sections.changes == WeekChanges(week: ISOWeek("2026-W43")!, workspace: workspace, history: try history.get()))
        #expect(sections.changes.won.map(\.deal) == ["beta"])
        #expect(sections.horizon.commitCount == 6)
        #expect(sections.stageAging.medians.map(\.stage) == ["prospect", "qualify", "evaluate", "propose", "negotiate"])

        // Filtered by stage, only the deals the filter lets through are listed.
        let filtered = WeeklyReport.build(workspace, asOf: day, filter: ReportFilter(stage: "evaluate"), history: history)
        #expect(filtered.history?.changes.advanced.map(\.deal) == ["alpha"])
        #expect(filtered.history?.changes.idle.isEmpty == true)
        #expect(filtered.history?.changes.new.isEmpty == true)

        let json = ReportJSONRenderer.render(.weekly(report), workspace: "W")
        #expect(json.contains("\"changes\" : {"))
        #expect(json.contains("\"stage_aging\" : {"))
        #expect(json.contains("\"value_up\" : ["))
    }

    @Test func withoutHistoryTheSectionsAreLeftOutWithANote() throws {
        let fixture = try GitFixture(makeRepository: false)
        fixture.write("deals/acme.md", GitFixture.deal(stage: "qualify"))
        let workspace = fixture.load()
        let day = Day("2026-10-25")!
        let report = WeeklyReport.build(workspace, asOf: day, history: fixture.history(asOf: "2026-10-25"))
        #expect(report.history == nil)
        #expect(report.historyNote == "History is left out: the workspace is not in a git repository.")
        let markdown = try ReportTestWorkspace.renderer(workspace).render(.weekly(report))
        #expect(markdown.contains("\n\nHistory is left out: the workspace is not in a git repository.\n\n## Pipeline\n"))
        #expect(!markdown.contains("## Changed this week"))
        #expect(!markdown.contains("## Aging in their stage"))

        // Not asked for: no sections and no note, exactly the report without history.
        let plain = WeeklyReport.build(workspace, asOf: day)
        #expect(plain.history == nil && plain.historyNote == nil)
        #expect(ReportJSONRenderer.render(.weekly(plain), workspace: "W") == ReportJSONRenderer.render(.weekly(WeeklyReport.build(workspace, asOf: day, history: nil)), workspace: "W"))
        #expect(!ReportJSONRenderer.render(.weekly(plain), workspace: "W").contains("history"))
    }

    @Test func aHistoryWithNothingUpToTheDayIsANote() throws {
        let fixture = try GitFixture()
        fixture.write("deals/acme.md", GitFixture.deal(stage: "qualify"))
        try fixture.commit("Later", on: "2026-11-01")
        let report = WeeklyReport.build(fixture.load(), asOf: Day("2026-10-25")!, history: fixture.history(asOf: "2026-10-25"))
        #expect(report.history == nil)
        #expect(report.historyNote == "History is left out: no commit up to 2026-10-25 touches the deals or campaigns.")
    }

    @Test func theRetrospectiveGainsStageAndPitchChanges() throws {
        let fixture = try HistoryRenderTests.storyFixture()
        let workspace = fixture.load()
        let sprint = try #require(workspace.sprint("2026-s43"))
        let retro = RetrospectiveSummary.build(workspace, sprint: sprint, asOf: Day("2026-11-02")!, history: fixture.history(asOf: "2026-11-02"))
        let changes = try #require(retro.history)
        #expect(changes.dealMoves.map(\.deal) == ["a", "b"])
        #expect(changes.dealMoves.map(\.toStage) == ["propose", "evaluate"])
        #expect(changes.dealMoves.last?.outcome == .won)
        #expect(changes.pitchChanges.map(\.section) == [.email])
        #expect(changes.horizon?.commitCount == 7)

        let filtered = RetrospectiveSummary.build(workspace, sprint: sprint, asOf: Day("2026-11-02")!, filter: ReportFilter(campaign: "other"),
                                                  history: fixture.history(asOf: "2026-11-02"))
        #expect(filtered.history?.dealMoves.isEmpty == true)
        #expect(filtered.history?.pitchChanges.isEmpty == true)
    }

    @Test func reportAndRetroGoldens() throws {
        let fixture = try HistoryRenderTests.storyFixture()
        let workspace = fixture.load()
        let renderer = ReportRenderer(library: TemplateLibrary(), workspaceName: workspace.config.name)
        let weekly = WeeklyReport.build(workspace, asOf: Day("2026-10-25")!, history: fixture.history(asOf: "2026-10-25"))
        try HistoryRenderTests().expectGolden(try renderer.render(.weekly(weekly)), "report-2026-W43.md")
        let sprint = try #require(workspace.sprint("2026-s43"))
        let retro = RetrospectiveSummary.build(workspace, sprint: sprint, asOf: Day("2026-11-02")!, history: fixture.history(asOf: "2026-11-02"))
        try HistoryRenderTests().expectGolden(try renderer.render(.retrospective(retro)), "retro-2026-s43.md")
    }

    @Test func theCommandLineReadsHistoryUnlessToldNot() throws {
        let fixture = try HistoryAnalysisTests().weekFixture()
        let report = try CLITests.run(["report", "-w", fixture.workspace.path, "--as-of", "2026-10-25"])
        #expect(report.status == 0)
        #expect(report.stdout.contains("## Changed this week"))
        #expect(report.stdout.contains("| won | Beta | in propose, €100,000 | 2026-10-22 |"))
        let without = try CLITests.run(["report", "-w", fixture.workspace.path, "--as-of", "2026-10-25", "--no-history"])
        #expect(!without.stdout.contains("## Changed this week"))
        #expect(!without.stdout.contains("History is left out"))

        let history = try CLITests.run(["history", "alpha", "-w", fixture.workspace.path, "--as-of", "2026-10-25"])
        #expect(history.status == 0)
        #expect(history.stdout.hasPrefix("# History of alpha: Alpha\n"))
        let unknown = try CLITests.run(["history", "alpah", "-w", fixture.workspace.path])
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "scrumsell: no deal 'alpah' in the workspace (did you mean 'alpha'?)\n")
        let json = try CLITests.run(["history", "-w", fixture.workspace.path, "--as-of", "2026-10-25", "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(document["version"] as? Int == 1)
        #expect(document["kind"] as? String == "history")
        #expect((document["deals"] as? [Any])?.count == 9)

        let outside = try GitFixture(makeRepository: false)
        let note = try CLITests.run(["history", "-w", outside.workspace.path, "--as-of", "2026-10-25"])
        #expect(note.status == 0)
        #expect(note.stdout == "# History: History test\n\nHistory is left out: the workspace is not in a git repository.\n")
    }
}
