import Foundation
import Testing
@testable import ScrumsellKit

@Suite struct HistoryAnalysisTests {
    /// Deals with one change each in ISO week 2026-W43 (Monday 19 – Sunday 25 October).
    func weekFixture() throws -> GitFixture {
        let fixture = try GitFixture()
        let start: [(String, String)] = [
            ("alpha", "qualify"), ("beta", "propose"), ("gamma", "evaluate"), ("delta", "negotiate"),
            ("epsilon", "evaluate"), ("zeta", "qualify"), ("eta", "prospect"), ("iota", "prospect"),
        ]
        for (id, stage) in start { fixture.write("deals/\(id).md", GitFixture.deal(account: id.capitalized, stage: stage)) }
        try fixture.commit("Pipeline", on: "2026-10-01")
        // Changes before the week do not count.
        fixture.write("deals/alpha.md", GitFixture.deal(account: "Alpha", stage: "qualify", value: 100_000, log: ["2026-10-10 call"]))
        try fixture.commit("Alpha call", on: "2026-10-10")

        fixture.write("deals/alpha.md", GitFixture.deal(account: "Alpha", stage: "evaluate", value: 100_000, log: ["2026-10-10 call"]))
        fixture.write("deals/gamma.md", GitFixture.deal(account: "Gamma", stage: "evaluate", outcome: "lost"))
        fixture.write("deals/theta.md", GitFixture.deal(account: "Theta", stage: "prospect"))
        fixture.write("deals/iota.md", GitFixture.deal(account: "Iota", stage: "qualify"))
        try fixture.commit("Monday", on: "2026-10-20")
        fixture.write("deals/alpha.md", GitFixture.deal(account: "Alpha", stage: "evaluate", value: 150_000, log: ["2026-10-10 call"]))
        fixture.write("deals/delta.md", GitFixture.deal(account: "Delta", stage: "negotiate", outcome: "no-decision"))
        fixture.write("deals/iota.md", GitFixture.deal(account: "Iota", stage: "prospect"))
        try fixture.commit("Tuesday", on: "2026-10-21")
        fixture.write("deals/beta.md", GitFixture.deal(account: "Beta", stage: "propose", outcome: "won"))
        fixture.write("deals/epsilon.md", GitFixture.deal(account: "Epsilon", stage: "qualify", decision: "2026-12-31"))
        try fixture.commit("Wednesday", on: "2026-10-22")
        fixture.write("deals/zeta.md", GitFixture.deal(account: "Zeta", stage: "qualify", decision: "2026-12-01", value: 80_000))
        try fixture.commit("Thursday", on: "2026-10-23")
        // After the week: does not count.
        fixture.write("deals/eta.md", GitFixture.deal(account: "Eta", stage: "qualify"))
        try fixture.commit("Next Monday", on: "2026-10-26")
        return fixture
    }

    @Test func changedThisWeekIsGrouped() throws {
        let fixture = try weekFixture()
        let history = try fixture.history(asOf: "2026-10-25").get()
        let changes = WeekChanges(week: ISOWeek("2026-W43")!, workspace: fixture.load(), history: history)
        #expect(changes.monday == Day("2026-10-19"))
        #expect(changes.new.map(\.deal) == ["theta"])
        #expect(changes.new.first?.date == Day("2026-10-20"))
        #expect(changes.won.map(\.deal) == ["beta"])
        #expect(changes.won.first?.date == Day("2026-10-22"))
        #expect(changes.lost.map(\.deal) == ["gamma"])
        #expect(changes.noDecision.map(\.deal) == ["delta"])
        #expect(changes.advanced.map(\.deal) == ["alpha"])
        #expect(changes.advanced.first?.fromStage == "qualify")
        #expect(changes.advanced.first?.toStage == "evaluate")
        #expect(changes.movedBack.map(\.deal) == ["epsilon"])
        #expect(changes.slipped.map(\.deal) == ["epsilon"])
        #expect(changes.slipped.first?.days == 16)
        #expect(changes.slipped.first?.toDate == Day("2026-12-31"))
        #expect(changes.pulledIn.map(\.deal) == ["zeta"])
        #expect(changes.pulledIn.first?.days == -14)
        #expect(changes.valueUp.map(\.deal) == ["alpha"])
        #expect(changes.valueUp.first?.amount == 50_000)
        #expect(changes.valueUp.first?.date == Day("2026-10-21"))
        #expect(changes.valueDown.map(\.deal) == ["zeta"])
        // Iota moved and moved back within the week: touched, but no net change.
        #expect(changes.idle.map(\.deal) == ["eta"])
        #expect(changes.idle.first?.date == Day("2026-10-01"))
        #expect(changes.idle.first?.days == 24)
        #expect(!changes.isEmpty)
    }

    @Test func anUncommittedEditCountsInTheWeekOfTheAsOfDay() throws {
        let fixture = try weekFixture()
        fixture.write("deals/eta.md", GitFixture.deal(account: "Eta", stage: "prospect", log: ["2026-10-25 call"]))
        try fixture.run("reset", "-q", "--hard", "HEAD~1")
        fixture.write("deals/eta.md", GitFixture.deal(account: "Eta", stage: "prospect", log: ["2026-10-25 call"]))
        let history = try fixture.history(asOf: "2026-10-25").get()
        let changes = WeekChanges(week: ISOWeek("2026-W43")!, workspace: fixture.load(), history: history)
        #expect(changes.idle.isEmpty)
    }

    @Test func stageAgingComparesWithTheMedianStay() throws {
        let fixture = try GitFixture()
        // Completed stays in qualify of 4, 6 and 8 days: median 6, aging after 9.
        for (id, left) in [("a", "2026-10-05"), ("b", "2026-10-07"), ("c", "2026-10-09")] {
            fixture.write("deals/\(id).md", GitFixture.deal(account: id, stage: "qualify"))
            try fixture.commit("\(id) qualifies", on: "2026-10-01")
            fixture.write("deals/\(id).md", GitFixture.deal(account: id, stage: "evaluate"))
            try fixture.commit("\(id) evaluates", on: left)
        }
        fixture.write("deals/slow.md", GitFixture.deal(account: "Slow", stage: "qualify"))
        fixture.write("deals/fresh.md", GitFixture.deal(account: "Fresh", stage: "prospect"))
        try fixture.commit("Two more", on: "2026-10-10")
        fixture.write("deals/fresh.md", GitFixture.deal(account: "Fresh", stage: "qualify"))
        try fixture.commit("Fresh qualifies", on: "2026-10-16")

        let workspace = fixture.load()
        let history = try fixture.history(asOf: "2026-10-20").get()
        let report = HistoryReport(workspace: workspace, history: history)
        let qualify = try #require(report.stageAging.medians.first { $0.stage == "qualify" })
        #expect(qualify.stays == 3)
        #expect(qualify.medianDays == 6)
        #expect(qualify.agingAfterDays == 9)
        // Prospect has one completed stay: too few for a median to judge by.
        #expect(report.stageAging.medians.first { $0.stage == "prospect" }?.agingAfterDays == nil)
        #expect(report.stageAging.medians.map(\.stage) == ["prospect", "qualify"])
        #expect(report.stageAging.aged.map(\.deal) == ["slow"])
        #expect(report.stageAging.aged.first?.days == 10)
        #expect(report.stageAging.aged.first?.since == Day("2026-10-10"))
        #expect(StageAging.median([3, 1, 2, 10]) == 2.5)
    }

    @Test func sprintChangesHoldStageMovesAndPitchChanges() throws {
        let fixture = try GitFixture()
        fixture.write("sprints/2026-s43.md", GitFixture.sprint(start: "2026-10-19", end: "2026-11-01"))
        fixture.write("sprints/2026-s41.md", GitFixture.sprint(start: "2026-10-05", end: "2026-10-18"))
        fixture.write("campaigns/fleet.md", GitFixture.campaign(email: "Subject: Fewer breakdowns"))
        fixture.write("deals/acme.md", GitFixture.deal(stage: "qualify"))
        try fixture.commit("Start", on: "2026-10-05")
        fixture.write("deals/acme.md", GitFixture.deal(stage: "evaluate"))
        try fixture.commit("Before the sprint", on: "2026-10-10")
        fixture.write("campaigns/fleet.md", GitFixture.campaign(email: "Subject: Which truck breaks down next week?"))
        try fixture.commit("New email pitch", on: "2026-10-21")
        fixture.write("deals/acme.md", GitFixture.deal(stage: "propose"))
        try fixture.commit("Proposal", on: "2026-10-22")
        fixture.write("deals/acme.md", GitFixture.deal(stage: "propose", outcome: "won"))
        fixture.write("campaigns/fleet.md", GitFixture.campaign(email: "Subject: Which truck breaks down next week?", voicemail: "Hi, Dana here."))
        try fixture.commit("Won", on: "2026-10-28")

        let workspace = fixture.load()
        let history = try fixture.history(asOf: "2026-11-02").get()
        let report = HistoryReport(workspace: workspace, history: history)
        let pitches = try #require(report.campaigns.first)
        #expect(pitches.changes.map(\.kind) == [.written, .written, .rewritten, .rewritten])
        #expect(pitches.changes.map(\.sprint) == ["2026-s41", "2026-s41", "2026-s43", "2026-s43"])
        #expect(pitches.changes[2].section == .email)
        #expect(pitches.changes[2].after == "Subject: Which truck breaks down next week?")
        #expect(pitches.changes[3].section == .voicemail)

        let s43 = try #require(workspace.sprint("2026-s43"))
        let sprint = try #require(SprintChanges(sprint: s43, timelines: report.deals, pitches: report.campaigns))
        #expect(sprint.dealMoves.map(\.date.description) == ["2026-10-22", "2026-10-28"])
        #expect(sprint.dealMoves.first?.fromStage == "evaluate")
        #expect(sprint.dealMoves.first?.toStage == "propose")
        #expect(sprint.dealMoves.first?.direction == .advanced)
        #expect(sprint.dealMoves.last?.outcome == .won)
        #expect(sprint.dealMoves.last?.toStage == "propose")
        #expect(sprint.pitchChanges.map(\.date.description) == ["2026-10-21", "2026-10-28"])
    }

    @Test func aPitchBeforeTheHorizonIsNotAChange() throws {
        let origin = try GitFixture()
        origin.write("campaigns/fleet.md", GitFixture.campaign(email: "First"))
        try origin.commit("One", on: "2026-10-01")
        origin.write("campaigns/fleet.md", GitFixture.campaign(email: "Second"))
        try origin.commit("Two", on: "2026-10-02")
        origin.write("campaigns/fleet.md", GitFixture.campaign(email: "Third"))
        try origin.commit("Three", on: "2026-10-03")
        let clone = try GitFixture(makeRepository: false)
        try FileManager.default.removeItem(at: clone.top)
        try origin.run("clone", "-q", "--depth", "2", "file://" + origin.top.path, clone.top.path)
        let report = HistoryReport(workspace: clone.load(), history: try clone.history(asOf: "2026-10-04").get())
        #expect(report.campaigns.first?.changes.map(\.after) == ["Third"])
        #expect(report.campaigns.first?.changes.map(\.kind) == [.rewritten])
    }

    @Test func theReportEncodesAsPlainValues() throws {
        let fixture = try weekFixture()
        let report = HistoryReport(workspace: fixture.load(), history: try fixture.history(asOf: "2026-10-25").get())
        let json = JSONOutput.encode(report)
        let decoded = try JSONDecoder().decode(HistoryReport.self, from: Data(json.utf8))
        #expect(decoded.deals.map(\.deal) == report.deals.map(\.deal))
        #expect(json.contains("\"decision_date_changes\""))
        #expect(json.contains("\"short_sha\""))
    }
}
