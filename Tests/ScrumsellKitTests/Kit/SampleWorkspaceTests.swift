import Foundation
import Testing
@testable import ScrumsellKit

/// The sample workspace tells the story in its STORY.md; the models must read it that way.
@Suite("Sample workspace")
struct SampleWorkspaceTests {
    static let workspace = WorkspaceLoader.load(root: CLITests.packageRoot.appendingPathComponent("sample-workspace"))
    static let today = Day("2026-11-20")!

    @Test func everyFileIsReadWithoutProblems() {
        let workspace = Self.workspace
        #expect(workspace.diagnostics.map(\.headline) == [])
        #expect(workspace.deals.count == 12)
        #expect(workspace.campaigns.count == 4)
        #expect(workspace.sprints.map(\.id) == ["2026-s43", "2026-s45", "2026-s47"])
        #expect(workspace.objectives.count == 2)
        #expect(workspace.config.teams.map { $0.members.count } == [5])
    }

    @Test func checkFindsExactlyTheIntendedWarnings() {
        let report = Checker.check(Self.workspace, asOf: Self.today)
        #expect(report.diagnostics.map { "\($0.location) \($0.code)" } == [
            "deals/polder-bakeries.md:41:1 deal-next-steps",
            "deals/rijnmond-haulage.md:12:15 deal-gone-dark",
            "deals/vandam-dairy.md:7:16 deal-decision-date-passed",
            // The s43 item Eastport Grid left behind when it closed on 2026-11-12 (issue 14, friction 3).
            "sprints/2026-s43.md:24:3 deal-closed-open-item",
        ])
        #expect(!report.hasErrors)
    }

    @Test func pipelineNumbersMatchTheStory() {
        let workspace = Self.workspace
        let open = workspace.deals.filter(\.isOpen)
        #expect(open.count == 8)
        #expect(open.compactMap(\.value).reduce(0, +) == 1_040_000)
        #expect(open.map { $0.weightedValue(in: workspace.config) }.reduce(0, +) == 597_750)
        #expect(workspace.deals.filter { $0.outcome == .won }.map(\.id).sorted() == ["kade-transport", "zuidas-couriers"])
        #expect(workspace.deal("delta-water")?.followUp == Day("2027-01-15"))
    }

    @Test func currentSprintAndDerivedFacts() throws {
        let workspace = Self.workspace
        let current = try #require(workspace.currentSprint(asOf: Self.today))
        #expect(current.id == "2026-s47")
        #expect(current.dayNumber(asOf: Self.today) == 5)
        #expect(workspace.lastFinishedSprint(asOf: Self.today)?.id == "2026-s45")
        let vanDam = try #require(workspace.deal("vandam-dairy"))
        #expect(vanDam.currentBuyingStep?.title == "Management team decides")
        #expect(vanDam.openNextSteps.map { workspace.side(of: $0.owners[0], in: vanDam) } == [.buyer, .ours])
        #expect(workspace.deal("rijnmond-haulage")?.daysSinceContact(asOf: Self.today) == 23)
        #expect(!workspace.items(in: current).isEmpty)
    }
}
