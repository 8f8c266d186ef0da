import Testing
@testable import ScrumsellKit

/// The deal-risk rules (`single-threaded`, `no-economic-buyer`), per-stage `stale_after_days`
/// and `currency-no-rate`: each fires where it should and nowhere else.
@Suite("Deal-risk and currency rules")
struct DealRiskRuleTests {
    /// The healthy deal (qualify) with only Maria, the CFO, as stakeholder.
    static let oneStakeholder = ("stakeholders: [{id: tom, name: Tom Ray, title: CTO, influence: technical},\n  {id: maria, name: Maria Lopez, title: CFO, influence: economic}]",
                                 "stakeholders:\n  - {id: maria, name: Maria Lopez, title: CFO, influence: economic}")
    /// Two stakeholders, neither of influence economic.
    static let noEconomic = ("influence: economic}]", "influence: user}]")
    /// At the third stage, with the exit tasks of qualify done.
    static let atEvaluate = [("stage: qualify", "stage: evaluate"),
                             ("- [x] Pain confirmed stage:prospect done:2026-10-01",
                              "- [x] Pain confirmed stage:prospect done:2026-10-01\n- [x] Buying process mapped\n- [x] Decision date agreed")]

    static let cases: [RuleCase] = [
        RuleCase(code: "single-threaded", files: ["deals/acme.md": deal([oneStakeholder])], expected: [
            "deals/acme.md:12:3: warning: the deal is past the first stage ('qualify') with only 1 buyer-side stakeholder [single-threaded]",
        ]),
        // A team member named as a stakeholder is not the buyer's side.
        RuleCase(code: "single-threaded", files: ["deals/acme.md": deal([("{id: tom, name: Tom Ray", "{id: leo, name: Leo Marsh")])], expected: [
            "deals/acme.md:11:15: warning: the deal is past the first stage ('qualify') with only 1 buyer-side stakeholder [single-threaded]",
        ]),
        // At the first stage, or closed, one contact is no risk yet.
        RuleCase(code: "single-threaded", files: ["deals/acme.md": deal([oneStakeholder, ("stage: qualify", "stage: prospect")])], expected: []),
        RuleCase(code: "single-threaded", files: ["deals/acme.md": deal([oneStakeholder, ("outcome: open", "outcome: won\nclosed: 2026-11-19")])], expected: []),

        // Default: from the third stage (evaluate) on.
        RuleCase(code: "no-economic-buyer", files: ["deals/acme.md": deal([noEconomic] + atEvaluate)], expected: [
            "deals/acme.md:11:15: warning: the deal is at 'evaluate' (from 'evaluate' on an economic buyer is needed) but no stakeholder has influence economic [no-economic-buyer]",
        ]),
        RuleCase(code: "no-economic-buyer", files: ["deals/acme.md": deal([noEconomic])], expected: []),
        RuleCase(code: "no-economic-buyer", files: ["deals/acme.md": deal(atEvaluate)], expected: []),
        // economic_buyer_from: qualify moves the rule a stage earlier.
        RuleCase(code: "no-economic-buyer", files: ["deals/acme.md": deal([noEconomic])],
                 config: TestWorkspace.config.replacingOccurrences(of: "pipeline_target: 500000\n", with: "pipeline_target: 500000\neconomic_buyer_from: qualify\n"),
                 expected: [
                     "deals/acme.md:11:15: warning: the deal is at 'qualify' (from 'qualify' on an economic buyer is needed) but no stakeholder has influence economic [no-economic-buyer]",
                 ]),
        RuleCase(code: "invalid-value", files: ["deals/acme.md": TestWorkspace.healthyDeal],
                 config: TestWorkspace.config.replacingOccurrences(of: "pipeline_target: 500000\n", with: "pipeline_target: 500000\neconomic_buyer_from: qualfy\n"),
                 expected: [
                     "scrumsell.yml:7:22: error: economic_buyer_from names no stage: 'qualfy' [invalid-value]",
                 ]),

        // A stage's stale_after_days overrides the workspace's, both ways.
        RuleCase(code: "deal-gone-dark", files: ["deals/acme.md": TestWorkspace.healthyDeal],
                 config: TestWorkspace.config.replacingOccurrences(of: "probability: 25\n", with: "probability: 25\n    stale_after_days: 1\n"), expected: [
                     "deals/acme.md:10:15: warning: no contact for 2 days (more than 1): the deal has gone dark [deal-gone-dark]",
                 ]),
        RuleCase(code: "deal-gone-dark", files: ["deals/acme.md": deal([("last_contact: 2026-11-18", "last_contact: 2026-10-25"), ("- 2026-11-18 Call", "- 2026-10-25 Call")])],
                 config: TestWorkspace.config.replacingOccurrences(of: "probability: 25\n", with: "probability: 25\n    stale_after_days: 30\n"), expected: []),
        RuleCase(code: "deal-gone-dark", files: ["deals/acme.md": deal([("stage: qualify", "stage: prospect"), ("last_contact: 2026-11-18", "last_contact: 2026-10-25"), ("- 2026-11-18 Call", "- 2026-10-25 Call")])],
                 config: TestWorkspace.config.replacingOccurrences(of: "probability: 25\n", with: "probability: 25\n    stale_after_days: 30\n"), expected: [
                     "deals/acme.md:10:15: warning: no contact for 26 days (more than 14): the deal has gone dark [deal-gone-dark]",
                 ]),

        // A currency without a rate is an error at the deal's currency: line; with a rate, or the workspace's own, none.
        RuleCase(code: "currency-no-rate", files: ["deals/acme.md": deal([("value: 100000", "value: 100000\ncurrency: USD")])], expected: [
            "deals/acme.md:7:11: error: the deal is in USD and scrumsell.yml gives no rate for it: it is left out of every total [currency-no-rate]",
        ]),
        RuleCase(code: "currency-no-rate", files: ["deals/acme.md": deal([("value: 100000", "value: 100000\ncurrency: usd")])],
                 config: TestWorkspace.config + "rates: {USD: 0.92}\n", expected: []),
        RuleCase(code: "currency-no-rate", files: ["deals/acme.md": deal([("value: 100000", "value: 100000\ncurrency: eur")])], expected: []),
    ]

    @Test(arguments: cases) func rule(_ scenario: RuleCase) throws {
        #expect(try scenario.run() == scenario.expected)
    }

    @Test func everyNewCodeHasAScenarioThatFiresAndOneThatDoesNot() {
        for code in ["single-threaded", "no-economic-buyer", "currency-no-rate", "deal-gone-dark"] {
            #expect(Self.cases.contains { $0.code == code && !$0.expected.isEmpty }, "\(code) never fires")
            #expect(Self.cases.contains { $0.code == code && $0.expected.isEmpty }, "\(code) always fires")
        }
    }

    /// On the sample every open deal past prospect names three or four stakeholders, an economic buyer among them.
    @Test func theSampleIsMultiThreadedWithEconomicBuyers() throws {
        let report = Checker.check(WorkspaceLoader.load(root: SampleReports.root), asOf: Day("2026-11-20")!)
        #expect(!report.diagnostics.contains { ["single-threaded", "no-economic-buyer", "currency-no-rate"].contains($0.code) })
    }
}
