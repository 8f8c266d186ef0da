import Foundation
import Testing
@testable import ScrumsellKit

/// `scrumsell show DEAL`'s page, built from the sample and from small deals; every figure
/// below is read off the deal files by hand.
@Suite struct DealPageTests {
    static let asOf = Day("2026-11-20")!

    static func page(_ id: String) throws -> DealPage {
        let workspace = SampleReports.workspace()
        let deal = try #require(workspace.deal(id))
        return DealPage(deal, config: workspace.config, asOf: asOf)
    }

    @Test func stakeholdersCarryTheDayTheLogLastNamedThem() throws {
        let page = try Self.page("kade-transport")
        // Log: 08-31 "Meeting with Ruud: Henk retires…", 10-15 "Proposal to Annelies…", 11-19 "Annelies signed."
        #expect(page.stakeholders.map { "\($0.id) \($0.influence ?? "-") \($0.lastMentioned?.description ?? "-")" }
                == ["annelies economic 2026-11-19", "henk user 2026-08-31", "ruud coach 2026-08-31"])
        #expect(page.stakeholders[0].title == "CFO")
        #expect(page.stakeholders[0].rapport == "Runs half-marathons; we met at the Tilburg Ten Miles")
    }

    @Test func theCurrentBuyingStepIsTheFirstNotDone() throws {
        let page = try Self.page("noordzee-cold")
        #expect(page.buyingProcess.filter(\.current).map(\.title) == ["Legal agrees the contract"])
        #expect(page.buyingProcess.count == 6)
        // A deal whose every step is done has no current step.
        #expect(try Self.page("kade-transport").buyingProcess.allSatisfy { !$0.current })
    }

    @Test func exitTasksOfTheCurrentStageAndTheBacklogByState() throws {
        let page = try Self.page("kade-transport")
        #expect(page.exitTasks.map { "\($0.task): \($0.state) \($0.done?.description ?? "")" }
                == ["Resolve the contract redlines: done 2026-11-13", "Confirm the signature date: done 2026-11-13"])
        // Backlog: one to do (the hand-over), four done.
        #expect(page.backlog.map { "\($0.state) \($0.items.count)" } == ["todo 1", "done 4"])
        #expect(page.daysToDecision == 0)
        #expect(page.daysSilent == 1)
        #expect(page.deal.weightedValue == 120_000)
    }

    @Test func theLastTenLogLinesAndADescriptionFromContinuationLines() throws {
        let log = (1...12).map { "- 2026-11-\(String(format: "%02d", $0)) Call \($0) with @maria" }.joined(separator: "\n")
        let text = """
        ---
        account: Acme Corp
        owner: dana
        stage: qualify
        stakeholders:
          - {id: maria, name: Maria Lopez, influence: economic}
          - {id: bob, name: Bob Stone}
        ---
        # Acme

        ## Backlog
        - [ ] Reconciliation demo @leo #demo due:2026-11-25
          continued on a second line

        ## Exit tasks
        - [/] Buying process mapped stage:qualify

        ## Log
        \(log)
        """
        let workspace = try TempWorkspace(["deals/acme.md": text])
        let loaded = WorkspaceLoader.load(root: workspace.root)
        let page = DealPage(try #require(loaded.deal("acme")), config: loaded.config, asOf: Self.asOf)
        #expect(page.log.count == 10)
        #expect(page.olderLogLines == 2)
        #expect(page.log.first?.text == "Call 3 with @maria")
        #expect(page.stakeholders.map { $0.lastMentioned?.description ?? "-" } == ["2026-11-12", "-"])
        #expect(page.backlog.first?.items.first?.title == "Reconciliation demo")
        #expect(page.backlog.first?.items.first?.description == "continued on a second line")
        // Exit tasks of qualify (TempWorkspace's config): the listed one in progress.
        #expect(page.exitTasks.map { "\($0.task) \($0.state)" } == ["Buying process mapped doing"])
    }

    @Test func aFirstNameCountsOnlyAsAWholeWord() {
        #expect(DealPage.containsWord("Ruud", in: "Meeting with Ruud: fine"))
        #expect(!DealPage.containsWord("Ann", in: "Proposal to Annelies"))
        #expect(DealPage.containsWord("Ann", in: "Ann signed"))
    }
}
