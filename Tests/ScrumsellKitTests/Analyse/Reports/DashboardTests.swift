import Foundation
import Testing
@testable import ScrumsellKit

/// The dashboard's figures, worked out by hand from the sample's files as of 2026-11-20.
@Suite struct DashboardTests {
    static func sample() -> Dashboard {
        let workspace = SampleReports.workspace()
        return Dashboard.build(workspace, asOf: SampleReports.asOf, weekly: WeeklyReport.build(workspace, asOf: SampleReports.asOf))
    }

    @Test func theSamplesHeadlineFigures() {
        let dashboard = Self.sample()
        // 60k + 155k + 235k + 440k + 150k open; weighted 6,000 + 38,750 + 117,500 + 308,000 + 127,500.
        #expect(dashboard.pipeline.total.value == 1_040_000 && dashboard.pipeline.total.weighted == 597_750 && dashboard.pipeline.total.deals == 8)
        #expect(dashboard.coverage?.target == 1_200_000)
        #expect(dashboard.attention.map(\.deal.id).sorted() == ["noordzee-cold", "polder-bakeries", "rijnmond-haulage", "vandam-dairy"])
        // 2026-s47: 13 points in its own backlog (3 done) and 34 in deals and campaigns (2 done).
        #expect(dashboard.currentSprints.map(\.sprint.id) == ["2026-s47"])
        #expect(dashboard.currentSprints.first?.committed.points == 47 && dashboard.currentSprints.first?.done.points == 5)
        #expect(dashboard.velocity.map(\.sprint.id) == ["2026-s43", "2026-s45", "2026-s47"])
        // The week's campaigns: logistics-fleet 65/9/3/0 and food-plant-uptime 50/7/2/0.
        #expect([dashboard.funnel.contacted, dashboard.funnel.replies, dashboard.funnel.meetings, dashboard.funnel.opportunities] as [Int] == [115, 16, 5, 0])
    }

    @Test func theDecisionsOfTheNextEightWeeks() {
        let dashboard = Self.sample()
        #expect(dashboard.decisions.map(\.week) == ["2026-W47", "2026-W48", "2026-W49", "2026-W50", "2026-W51", "2026-W52", "2026-W53", "2027-W01"])
        #expect(dashboard.stages == ["Prospect", "Qualify", "Evaluate", "Propose", "Negotiate"])
        // Noordzee Cold decides on 2026-11-27 (negotiate, €150,000); Maasvlakte on 2026-12-16 (propose, €260,000) and
        // Dockside on 2026-12-18 (evaluate, €140,000). Van Dam's 2026-11-13 is past; Kade (won) and Eastport (no decision) are closed.
        #expect(dashboard.decisions.map(\.deals) == [0, 1, 0, 0, 2, 0, 0, 0])
        #expect(dashboard.decisions[1].valueByStage == [0, 0, 0, 0, 150_000])
        #expect(dashboard.decisions[4].valueByStage == [0, 0, 140_000, 260_000, 0])
    }

    @Test func aDealWithoutARateIsCountedButItsValueLeftOut() throws {
        let config = TestWorkspace.config + "rates:\n  USD: 0.9\n"
        func deal(_ id: String, stage: String, value: Int, currency: String, decision: String) -> String {
            TestWorkspace.healthyDeal.replacingOccurrences(of: "stage: qualify", with: "stage: \(stage)")
                .replacingOccurrences(of: "value: 100000", with: "value: \(value)\ncurrency: \(currency)")
                .replacingOccurrences(of: "decision_date: 2026-12-15", with: "decision_date: \(decision)")
                .replacingOccurrences(of: "account: Acme Corp", with: "account: \(id)")
        }
        let fixture = try TestWorkspace(config: config, files: [
            "deals/a.md": deal("a", stage: "qualify", value: 1000, currency: "USD", decision: "2026-11-23"),
            "deals/b.md": deal("b", stage: "evaluate", value: 5000, currency: "GBP", decision: "2026-11-24"),
            "deals/c.md": deal("c", stage: "prospect", value: 2000, currency: "EUR", decision: "2027-01-18"),
        ])
        let workspace = fixture.load()
        let day = Day.of("2026-11-20")
        let dashboard = Dashboard.build(workspace, asOf: day, weekly: WeeklyReport.build(workspace, asOf: day))
        // W48 (from Monday 2026-11-23): a at 1,000 USD × 0.9 = 900 EUR; b has no GBP rate. c's week (2027-W04) is past the eighth.
        #expect(dashboard.decisions[1].deals == 2)
        #expect(dashboard.decisions[1].valueByStage == [0, 900, 0])
        #expect(dashboard.decisions.map(\.deals).reduce(0, +) == 2)
    }
}
