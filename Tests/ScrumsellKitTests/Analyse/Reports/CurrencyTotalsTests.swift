import Foundation
import Testing
@testable import ScrumsellKit

/// Every total converts through `rates:`; a deal whose currency has no rate is left out of
/// it, with a line saying so; values of different currencies are never added.
@Suite struct CurrencyTotalsTests {
    static let config = ReportTestWorkspace.config.replacingOccurrences(of: "pipeline_target: 1000\n", with: "pipeline_target: 1000\nrates: {USD: 0.92, gbp: 1.16}\n")

    static let files = [
        // 100 EUR at qualify (50%).
        "deals/a.md": ReportTestWorkspace.deal("account: Alpha\nowner: dana\nstage: qualify\nvalue: 100\nobjectives: [obj]"),
        // 200 USD = 184 EUR at qualify; weighted 92.
        "deals/b.md": ReportTestWorkspace.deal("account: Beta\nowner: dana\nstage: qualify\nvalue: 200\ncurrency: USD\nobjectives: [obj]"),
        // 50 GBP (written in lower case) = 58 EUR at propose (80%); weighted 46.4.
        "deals/c.md": ReportTestWorkspace.deal("account: Gamma\nowner: leo\nstage: propose\nvalue: 50\ncurrency: gbp"),
        // 1000 CHF: no rate, left out of everything.
        "deals/d.md": ReportTestWorkspace.deal("account: Delta\nowner: leo\nstage: propose\nvalue: 1000\ncurrency: CHF\nobjectives: [obj]"),
        // Won: 300 USD = 276 EUR.
        "deals/e.md": ReportTestWorkspace.deal("account: Epsilon\nowner: dana\nstage: propose\nvalue: 300\ncurrency: USD\noutcome: won\nclosed: 2026-11-17\nobjectives: [obj]"),
        "objectives/obj.md": """
            ---
            title: Grow
            measures:
              - {metric: won_value, target: 1000}
              - {metric: pipeline_value, target: 1000}
              - {metric: open_deals, target: 4}
            ---
            # Grow

            """,
    ]

    static func report() throws -> (WeeklyReport, Workspace, ReportTestWorkspace) {
        let workspace = try ReportTestWorkspace(config: config, files)
        let loaded = workspace.load()
        return (WeeklyReport.build(loaded, asOf: .of("2026-11-20")), loaded, workspace)
    }

    @Test func thePipelineConvertsAndLeavesOutWhatHasNoRate() throws {
        let (report, _, workspace) = try Self.report()
        defer { workspace.remove() }
        let qualify = try #require(report.pipeline.stages.first { $0.stage == "qualify" })
        #expect(qualify.deals == 2 && qualify.value == 284 && qualify.weighted == 142)
        let propose = try #require(report.pipeline.stages.first { $0.stage == "propose" })
        #expect(propose.deals == 1 && abs(propose.value - 58) < 1e-9 && abs(propose.weighted - 46.4) < 1e-9)
        #expect(report.pipeline.total.deals == 3 && abs(report.pipeline.total.value - 342) < 1e-9)
        #expect(report.pipeline.leftOut == [CurrencyLeftOut(currency: "CHF", deals: 1, value: 1000)])
        // Without decision dates the open deals decide in no quarter: the coverage counts them
        // apart, converted, with the CHF deal left out.
        let coverage = report.forecast.current.coverage
        #expect(coverage.open == 0 && coverage.target == 1000)
        #expect(coverage.undated.deals == 3 && abs(coverage.undated.value - 342) < 1e-9)
    }

    @Test func objectivesConvertTheirMoneyMeasures() throws {
        let (report, _, workspace) = try Self.report()
        defer { workspace.remove() }
        let objective = try #require(report.objectives.first)
        // Won 276 EUR; open 100 + 184 (the CHF deal left out); open deals count all three.
        #expect(objective.measures.map(\.actual) == [276, 284, 3])
        #expect(objective.leftOut == [CurrencyLeftOut(currency: "CHF", deals: 1, value: 1000)])
    }

    @Test func rowsKeepTheirOwnCurrencyBesideTheConvertedValue() throws {
        let (_, loaded, workspace) = try Self.report()
        defer { workspace.remove() }
        let beta = DealSummary(try #require(loaded.deal("b")), config: loaded.config)
        #expect(beta.value == 200 && beta.currency == "USD" && beta.convertedValue == 184 && beta.convertedCurrency == "EUR")
        let alpha = DealSummary(try #require(loaded.deal("a")), config: loaded.config)
        #expect(alpha.convertedValue == nil && alpha.convertedCurrency == nil)
        let delta = DealSummary(try #require(loaded.deal("d")), config: loaded.config)
        #expect(delta.convertedValue == nil)
    }

    @Test func theReportSaysWhatItLeftOut() throws {
        let (report, loaded, workspace) = try Self.report()
        defer { workspace.remove() }
        let text = try ReportTestWorkspace.renderer(loaded).render(.weekly(report))
        #expect(text.contains("| **Total** |  | **3** | **€342** | **€188.40** |\n\n1 deal in CHF left out: no rate in scrumsell.yml\n"))
        #expect(text.components(separatedBy: "1 deal in CHF left out: no rate in scrumsell.yml").count == 3)  // the pipeline and the objective
        let json = try #require(try JSONSerialization.jsonObject(with: Data(ReportJSONRenderer.render(.weekly(report), workspace: "W").utf8)) as? [String: Any])
        let leftOut = ((json["pipeline"] as? [String: Any])?["left_out"] as? [[String: Any]])?.first
        #expect(leftOut?["currency"] as? String == "CHF" && leftOut?["deals"] as? Int == 1)
    }

    @Test func withoutForeignCurrenciesNothingIsAdded() throws {
        let workspace = try ReportTestWorkspace(["deals/a.md": ReportTestWorkspace.deal("account: Alpha\nowner: dana\nstage: qualify\nvalue: 100")])
        defer { workspace.remove() }
        let loaded = workspace.load()
        let report = WeeklyReport.build(loaded, asOf: .of("2026-11-20"))
        #expect(report.pipeline.leftOut == nil)
        let json = ReportJSONRenderer.render(.weekly(report), workspace: "W")
        #expect(!json.contains("left_out") && !json.contains("converted"))
        #expect(!(try ReportTestWorkspace.renderer(loaded).render(.weekly(report))).contains("left out"))
    }
}
