import Foundation
import Testing
@testable import ScrumsellKit

/// `scrumsell plan`: the buyer's view of a deal holds what the buyer agreed, and nothing internal
/// reaches it — not through the value, not through the Markdown page, not through the HTML page.
@Suite struct MutualActionPlanTests {
    /// A deal where every internal field and section holds a word of its own (`SECRET-…`).
    static let deal = """
        ---
        account: Acme Corp
        title: Payments hub
        owner: dana
        stage: evaluate
        value: 987654
        probability: 37
        decision_date: 2026-12-15
        consequence: Legacy contract renews for 3 years
        outcome: open
        campaign: fintech-cfo
        last_contact: 2026-11-18
        fit: 4
        tags: [SECRET-TAG]
        stakeholders:
          - {id: maria, name: Maria Lopez, title: CFO, influence: economic, rapport: "SECRET-RAPPORT marathon runner"}
          - {id: raj, name: Raj Patel, title: IT Director, influence: technical}
        ---
        # Acme Corp — payments hub

        ## Buyer objectives
        - Close the books in three days
        - SECRET-OBJECTIVE they need a win before the reorg #internal

        ## Buying process
        1. [x] CFO agrees the problem is worth solving done:2026-10-02
        2. [ ] Technical evaluation by IT @raj due:2026-11-30
        3. [ ] SECRET-TAGGED-STEP discount approval @dana #internal due:2026-12-01

        ### Our approvals (internal)
        - [ ] SECRET-HEADING-STEP deal desk signs off @dana due:2026-12-05
          - [ ] SECRET-SUB-STEP legal reviews @leo

        ## Delivery
        - SECRET-DELIVERY PayHub → the three-day close

        ## Backlog
        - [/] SECRET-BACKLOG security questionnaire @dana #evaluation due:2026-11-28 pts:2

        ## Next steps
        1. [ ] Raj confirms the evaluation criteria @raj due:2026-11-24
        2. [ ] Book the security review with InfoSec @leo due:2026-11-26
        3. [ ] SECRET-NEXT-STEP ask Maria about the budget #internal @dana

        ## Exit tasks
        - [ ] SECRET-EXIT agree the success criteria stage:evaluate

        ## Contingencies
        - SECRET-CONTINGENCY if IT stalls, go to the CFO

        ## Log
        - 2026-11-18 SECRET-LOG call with Maria: budget approved in principle.

        """

    static func plan() throws -> (MutualActionPlan, TestWorkspace) {
        let fixture = try TestWorkspace(files: ["deals/acme.md": deal])
        let workspace = fixture.load()
        let deal = try #require(workspace.deal("acme"))
        return (MutualActionPlan.build(deal, config: workspace.config, asOf: .of("2026-11-20")), fixture)
    }

    @Test func thePlanHoldsTheBuyersSide() throws {
        let (plan, _) = try Self.plan()
        #expect(plan.account == "Acme Corp" && plan.title == "Payments hub")
        #expect(plan.buyerObjectives == ["Close the books in three days"])
        #expect(plan.buyingProcess.map(\.text) == ["CFO agrees the problem is worth solving", "Technical evaluation by IT"])
        #expect(plan.buyingProcess[1].owners.map { "\($0.name), \($0.title ?? "-"), \($0.side)" } == ["Raj Patel, IT Director, buyer"])
        #expect(plan.buyingProcess[1].due == .of("2026-11-30") && plan.buyingProcess[0].done == .of("2026-10-02"))
        #expect(plan.nextSteps.map(\.text) == ["Raj confirms the evaluation criteria", "Book the security review with InfoSec"])
        #expect(plan.decisionDate == .of("2026-12-15") && plan.consequence == "Legacy contract renews for 3 years")
        #expect(plan.buyerSide.map(\.name) == ["Maria Lopez", "Raj Patel"])
        // Our side: the owner as account lead, then Leo, who owns a next step; no one from an internal step.
        #expect(plan.ourSide.map { "\($0.name), \($0.title ?? "-"), \($0.side)" } == ["Dana Kim, account lead, ours", "Leo Marsh, -, ours"])
    }

    @Test func noInternalFieldReachesThePlan() throws {
        let (plan, fixture) = try Self.plan()
        // The value has no field for anything internal: these are all it holds.
        let fields = Set(Mirror(reflecting: plan).children.compactMap(\.label))
        #expect(fields == ["asOf", "deal", "account", "title", "buyerObjectives", "buyingProcess", "nextSteps", "decisionDate",
                           "consequence", "buyerSide", "ourSide"])
        let library = TemplateLibrary(workspaceRoot: fixture.root)
        let markdown = try PlanPresenter.render(plan, html: false, library: library, workspace: "Test Sales")
        let html = try PlanPresenter.render(plan, html: true, library: library, workspace: "Test Sales")
        let json = String(decoding: try JSONEncoder().encode(plan), as: UTF8.self)
        for (name, text) in [("markdown", markdown), ("html", html), ("value", json)] {
            #expect(!text.contains("SECRET"), "the plan's \(name) shows an internal line:\n\(text)")
            // The value (987654 however written), the probability, the stage, the influences, the campaign.
            for hidden in ["987", "€", "37%", "evaluate", "Evaluate", "economic", "technical", "fintech-cfo", "weighted", "probability"] {
                #expect(!text.contains(hidden), "the plan's \(name) shows \(hidden)")
            }
        }
        for shown in ["Close the books in three days", "Technical evaluation by IT", "Raj Patel", "IT Director", "2026-11-30",
                      "Legacy contract renews for 3 years", "2026-12-15", "Book the security review with InfoSec", "Leo Marsh"] {
            #expect(markdown.contains(shown) && html.contains(shown), "the plan lacks \(shown)")
        }
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
    }

    @Test func theInternalMarksAreReadAsWritten() {
        #expect(InternalMarking.marksInternal("Our approvals (internal)"))
        #expect(InternalMarking.marksInternal("Notes (Internal) "))
        #expect(!InternalMarking.marksInternal("Internal approvals"))
        #expect(!InternalMarking.marksInternal("(internal) first"))
        #expect(InternalMarking.isTagged("a win before the reorg #internal"))
        #expect(InternalMarking.isTagged("#Internal first"))
        #expect(!InternalMarking.isTagged("see #internals"))
        #expect(!InternalMarking.isTagged("internal matters"))
    }

    @Test func anItemUnderAnInternalHeadingStaysOnTheBoardAndInTheDeal() throws {
        let (_, fixture) = try Self.plan()
        let deal = try #require(fixture.load().deal("acme"))
        let steps = deal.buyingProcess.flatMap(\.flattened)
        #expect(steps.map(\.title).contains("SECRET-HEADING-STEP deal desk signs off"))
        #expect(steps.filter(\.isInternal).map(\.title) == ["SECRET-TAGGED-STEP discount approval", "SECRET-HEADING-STEP deal desk signs off",
                                                            "SECRET-SUB-STEP legal reviews"])
    }
}
