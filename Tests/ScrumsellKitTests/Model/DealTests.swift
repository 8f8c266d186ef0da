import Testing
@testable import ScrumsellKit

@Suite("Deals: decoding and derived facts")
struct DealTests {
    static let fullDeal = """
        ---
        account: Acme Corp
        title: Payments hub for the finance team
        owner: dana
        stage: qualify
        value: 120000
        currency: USD
        probability: 40
        decision_date: 2026-12-15
        consequence: Legacy contract renews for 3 years
        outcome: open
        closed: 2026-12-20
        lost_to: Globex
        lost_reason: Price
        follow_up: 2027-01-15
        campaign: fintech-cfo
        objectives: [grow-emea, fintech]
        last_contact: 2026-11-10
        fit: 4
        tags: [fintech, upsell]
        stakeholders:
          - {id: maria, name: Maria Lopez, title: CFO, influence: economic, rapport: "Marathon runner"}
          - id: raj
            name: Raj Patel
            title: IT Director
            influence: technical
        ---
        # Acme Corp — payments hub

        ## Buyer objectives
        - Cut month-end reconciliation from 6 days to 2
        - Fewer manual journals

        ## Buying process
        1. [x] CFO agrees the problem is worth solving done:2026-10-02
        2. [-] Board approval (not needed)
        3. [ ] Technical evaluation by IT @raj due:2026-11-30
        4. [ ] Security review due:2026-12-05

        ## Delivery
        Payments Hub → reconciliation automation
        IntegraCo (partner) → ERP connector

        ## Backlog
        - [x] Proposal v1 @dana #proposal done:2026-11-10
        - [/] Security questionnaire @dana #evaluation due:2026-11-28 sprint:2026-s47 pts:2
          - [ ] Ask InfoSec for the SOC 2 report @leo
        ### Capabilities
        - [ ] Reconciliation demo for IT @leo @dana #demo due:2026-11-25 sprint:2026-s47 pts:3.5

        ## Next steps
        1. [ ] Raj confirms the evaluation criteria @raj due:2026-11-24
        2. [/] Book the security review with InfoSec @dana due:2026-11-26
        3. [x] Send the agenda @dana
        4. [ ] Someone @nobody

        ## Exit tasks
        - [x] pain confirmed stage:prospect
        - [-] Decision date agreed stage:qualify

        ## Contingencies
        - If IT stalls, offer a hosted pilot

        ## Log
        - 2026-11-18 Call with Maria: budget approved in principle.
        - 2026-11-02: Demo to Raj
        - Undated note
        """

    func decodeFull() throws -> (Deal, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let deal = try #require(Deal.decode(readDocument(Self.fullDeal), diagnostics: &diagnostics))
        return (deal, diagnostics)
    }

    @Test func everyFrontMatterField() throws {
        let (deal, diagnostics) = try decodeFull()
        #expect(diagnostics.isEmpty)
        #expect(deal.id == "acme")
        #expect(deal.path == "deals/acme.md")
        #expect(deal.account == "Acme Corp")
        #expect(deal.title == "Payments hub for the finance team")
        #expect(deal.owner == "dana")
        #expect(deal.stage == "qualify")
        #expect(deal.value == 120000)
        #expect(deal.currency == "USD")
        #expect(deal.probability == 40)
        #expect(deal.decisionDate == Day("2026-12-15"))
        #expect(deal.consequence == "Legacy contract renews for 3 years")
        #expect(deal.outcome == .open)
        #expect(deal.closed == Day("2026-12-20"))
        #expect(deal.lostTo == "Globex")
        #expect(deal.lostReason == "Price")
        #expect(deal.followUp == Day("2027-01-15"))
        #expect(deal.campaign == "fintech-cfo")
        #expect(deal.objectives == ["grow-emea", "fintech"])
        #expect(deal.lastContact == Day("2026-11-10"))
        #expect(deal.fit == 4)
        #expect(deal.tags == ["fintech", "upsell"])
        #expect(deal.stakeholders.map(\.id) == ["maria", "raj"])
        #expect(deal.stakeholders[0] == Stakeholder(id: "maria", name: "Maria Lopez", title: "CFO", influence: "economic", rapport: "Marathon runner",
                                                    location: SourceLocation(path: "deals/acme.md", line: 22, column: 5)))
        #expect(deal.stakeholder("raj")?.influence == "technical")
        #expect(deal.stakeholder("raj")?.rapport == nil)
        #expect(deal.location(of: "decision_date") == SourceLocation(path: "deals/acme.md", line: 9, column: 16))
        #expect(deal.location(of: "absent") == SourceLocation(path: "deals/acme.md", line: 1, column: 1))
    }

    @Test func everySection() throws {
        let (deal, _) = try decodeFull()
        #expect(deal.buyerObjectives == ["Cut month-end reconciliation from 6 days to 2", "Fewer manual journals"])
        #expect(deal.buyingProcess.map(\.state) == [.done, .dropped, .todo, .todo])
        #expect(deal.buyingProcess[2].title == "Technical evaluation by IT")
        #expect(deal.delivery == ["Payments Hub → reconciliation automation", "IntegraCo (partner) → ERP connector"])
        // Items under a ### subsection of Backlog belong to the Backlog.
        #expect(deal.backlog.map(\.title) == ["Proposal v1", "Security questionnaire", "Reconciliation demo for IT"])
        #expect(deal.backlog[1].children.map(\.title) == ["Ask InfoSec for the SOC 2 report"])
        #expect(deal.nextSteps.count == 4)
        #expect(deal.exitTasks.map(\.stage) == ["prospect", "qualify"])
        #expect(deal.contingencies == ["If IT stalls, offer a hosted pilot"])
        #expect(deal.log.map(\.date) == [Day("2026-11-18"), Day("2026-11-02"), nil])
        #expect(deal.log.map(\.text) == ["Call with Maria: budget approved in principle.", "Demo to Raj", "Undated note"])
        #expect(deal.log.map(\.line) == [65, 66, 67])
        #expect(deal.sectionLocations["Next steps"] == SourceLocation(path: "deals/acme.md", line: 51, column: 1))
        #expect(deal.location(ofSection: "Log").line == 64)
        #expect(deal.allItems.count == 14)
    }

    @Test func itemTokensAreDecoded() throws {
        let (deal, _) = try decodeFull()
        let questionnaire = deal.backlog[1]
        #expect(questionnaire.state == .doing)
        #expect(questionnaire.text == "Security questionnaire @dana #evaluation due:2026-11-28 sprint:2026-s47 pts:2")
        #expect(questionnaire.owners == ["dana"])
        #expect(questionnaire.kinds == ["evaluation"])
        #expect(questionnaire.due == Day("2026-11-28"))
        #expect(questionnaire.sprint == "2026-s47")
        #expect(questionnaire.points == 2)
        #expect(questionnaire.section == "Backlog")
        #expect(questionnaire.location == SourceLocation(path: "deals/acme.md", line: 46, column: 3))
        #expect(questionnaire.markerLine == 46)
        #expect(questionnaire.lastLine == 46)
        #expect(questionnaire.document == DocumentRef(kind: .deal, id: "acme", path: "deals/acme.md"))
        let demo = deal.backlog[2]
        #expect(demo.owners == ["leo", "dana"])
        #expect(demo.points == 3.5)
        #expect(deal.backlog[0].done == Day("2026-11-10"))
        #expect(deal.backlog[0].isOpen == false)
        #expect(demo.isOverdue(asOf: Day("2026-11-26")!))
        #expect(!demo.isOverdue(asOf: Day("2026-11-25")!))
    }

    @Test func currentBuyingStepIsTheFirstOpenOne() throws {
        let (deal, _) = try decodeFull()
        #expect(deal.currentBuyingStep?.title == "Technical evaluation by IT")
    }

    @Test func openNextStepsAndWhoseSideEachOwnerIsOn() throws {
        let (deal, _) = try decodeFull()
        let workspace = Workspace(root: .init(fileURLWithPath: "/"), config: WorkspaceConfig.decode(
            YAMLReader.parse(yaml: TestWorkspace.config, firstLine: 1, in: SourceText(path: "scrumsell.yml", text: TestWorkspace.config)).root,
            defaultName: "t").0, deals: [deal])
        #expect(deal.openNextSteps.map(\.owners) == [["raj"], ["dana"], ["nobody"]])
        #expect(workspace.side(of: "raj", in: deal) == .buyer)
        #expect(workspace.side(of: "dana", in: deal) == .ours)
        #expect(workspace.side(of: "nobody", in: deal) == .unknown)
        #expect(workspace.side(of: "raj", in: nil) == .unknown)
    }

    @Test func daysSinceContactCountsTheNewestLogDate() throws {
        let (deal, _) = try decodeFull()
        // last_contact is 2026-11-10, the Log says 2026-11-18.
        #expect(deal.lastTouched == Day("2026-11-18"))
        #expect(deal.daysSinceContact(asOf: Day("2026-11-20")!) == 2)
        var noLog = deal
        noLog.log = []
        #expect(noLog.daysSinceContact(asOf: Day("2026-11-20")!) == 10)
        noLog.lastContact = nil
        #expect(noLog.daysSinceContact(asOf: Day("2026-11-20")!) == nil)
        var onlyLog = deal
        onlyLog.lastContact = nil
        #expect(onlyLog.lastTouched == Day("2026-11-18"))
    }

    @Test func weightedValueAndProbability() throws {
        let (deal, _) = try decodeFull()
        let config = WorkspaceConfig(name: "t", stages: [Stage(id: "qualify", name: "Qualify", probability: 25, exit: [], location: deal.location(of: "stage"))])
        #expect(deal.effectiveProbability(in: config) == 40)
        #expect(deal.weightedValue(in: config) == 48000)
        var stageDefault = deal
        stageDefault.probability = nil
        #expect(stageDefault.weightedValue(in: config) == 30000)
        stageDefault.stage = "unknown"
        #expect(stageDefault.weightedValue(in: config) == 0)
        var won = deal
        won.outcome = .won
        #expect(won.weightedValue(in: config) == 120000)
        for outcome in [Outcome.lost, .noDecision] {
            var closed = deal
            closed.outcome = outcome
            #expect(closed.weightedValue(in: config) == 0)
            #expect(closed.outcome.isClosed)
        }
        var noValue = deal
        noValue.value = nil
        #expect(noValue.weightedValue(in: config) == 0)
    }

    @Test func exitTasksMatchWithoutCaseAndDroppedMeansWaived() throws {
        let (deal, _) = try decodeFull()
        let prospect = Stage(id: "prospect", name: "P", probability: 10, exit: ["Pain confirmed", "Budget known"], location: deal.location(of: "stage"))
        let qualify = Stage(id: "qualify", name: "Q", probability: 25, exit: ["Decision date agreed"], location: deal.location(of: "stage"))
        #expect(deal.unfinishedExitTasks(of: prospect) == ["Budget known"])
        #expect(deal.unfinishedExitTasks(of: qualify) == [])
        let config = WorkspaceConfig(name: "t", stages: [prospect, qualify])
        #expect(deal.unfinishedEarlierStages(in: config).map(\.stage.id) == ["prospect"])
        #expect(deal.isQualified(in: config))
    }

    @Test func outcomesAndDefaults() throws {
        var diagnostics: [Diagnostic] = []
        let minimal = try #require(Deal.decode(readDocument("---\naccount: A\nowner: dana\nstage: prospect\n---\n"), diagnostics: &diagnostics))
        #expect(diagnostics.isEmpty)
        #expect(minimal.outcome == .open)
        #expect(minimal.isOpen)
        #expect(minimal.title == nil)
        #expect(minimal.objectives == [])
        #expect(minimal.buyingProcess.isEmpty)
        #expect(minimal.currentBuyingStep == nil)
        for outcome in ["won", "lost", "no-decision"] {
            let deal = try #require(Deal.decode(readDocument("---\naccount: A\nowner: dana\nstage: prospect\noutcome: \(outcome)\n---\n"), diagnostics: &diagnostics))
            #expect(deal.outcome.rawValue == outcome)
            #expect(!deal.isOpen)
        }
    }

    @Test func fieldProblemsAreLocatedDiagnostics() throws {
        var diagnostics: [Diagnostic] = []
        let deal = try #require(Deal.decode(readDocument("""
            ---
            title: [a, b]
            value: lots
            probability: 140
            decision_date: 2026-02-30
            outcome: wonn
            fit: 9
            objectives: grow
            stakeholders:
              - {name: No Id}
              - just a name
            owner:
            stage: "   "
            ---
            ## Backlog
            - [ ] Bad tokens due:2026-13-01 done:tomorrow pts:lots
            """), diagnostics: &diagnostics))
        #expect(deal.account == "")
        #expect(deal.outcome == .open)
        #expect(diagnostics.sorted().map { "\($0.location.line):\($0.location.column) \($0.code) \($0.message)" } == [
            "2:1 missing-key the deal has no 'account'",
            "2:1 missing-key the deal has no 'owner'",
            "2:1 missing-key the deal has no 'stage'",
            "2:8 wrong-type 'title' must be text, found a list",
            "3:8 wrong-type 'value' must be a number, found 'lots'",
            "4:14 out-of-range 'probability' must be between 0 and 100, found 140",
            "5:16 invalid-date 'decision_date' is not a valid date: '2026-02-30'",
            "6:10 invalid-value 'outcome' must be one of open, won, lost, no-decision, found 'wonn' (did you mean 'won'?)",
            "7:6 out-of-range 'fit' must be between 1 and 5, found 9",
            "8:13 wrong-type 'objectives' must be a list, found 'grow'",
            "10:5 missing-key the stakeholder has no 'id'",
            "11:5 wrong-type 'stakeholders' must be a list of mappings, found 'just a name'",
            "16:18 invalid-date 'due:2026-13-01' is not a valid date",
            "16:33 invalid-date 'done:tomorrow' is not a valid date",
            "16:47 invalid-points 'pts:lots' is not a number of points",
        ])
    }
}
