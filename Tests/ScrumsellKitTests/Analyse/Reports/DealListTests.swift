import Testing
@testable import ScrumsellKit

/// `DealList` and `ItemList` on a small workspace whose figures are worked out by hand.
@Suite struct DealListTests {
    static let config = ReportTestWorkspace.config.replacingOccurrences(of: "pipeline_target: 1000\n", with: "pipeline_target: 1000\nrates: {USD: 0.5}\n")

    static let files = [
        // Qualify (50%), 1,000 USD = 500 EUR, weighted 250. Decision passed 5 days ago; contact 20
        // days ago (dark after 14); one open next step, Maria's (short of steps); one overdue buyer step;
        // one stakeholder (single-threaded). Touches: Log lines 2026-11-01 and 2026-10-22 are within
        // the last 30 days (2026-10-22 to 2026-11-20); 2026-10-20 is not.
        "deals/a.md": ReportTestWorkspace.deal("""
            account: Alpha
            owner: dana
            stage: qualify
            value: 1000
            currency: USD
            decision_date: 2026-11-15
            consequence: Renewal
            last_contact: 2026-10-31
            fit: 4
            stakeholders:
              - {id: maria, name: Maria Lopez, influence: economic}
            """, body: """
            ## Buying process
            1. [x] Problem agreed
            2. [ ] Board approves @maria due:2026-11-18

            ## Next steps
            1. [ ] Maria sends the data @maria due:2026-11-25

            ## Log
            - 2026-11-01 Call with Maria
            - 2026-10-22 Email
            - 2026-10-20 Email

            """),
        // Propose (80%, set to 60 on the deal), 300 EUR, weighted 180; two stakeholders, none economic:
        // propose is the third stage, so no-economic-buyer; next steps: ours only (no-buyer-step).
        "deals/b.md": ReportTestWorkspace.deal("""
            account: Beta
            owner: leo
            stage: propose
            value: 300
            probability: 60
            decision_date: 2026-12-20
            consequence: Budget
            last_contact: 2026-11-19
            stakeholders:
              - {id: raj, name: Raj Patel, influence: technical}
              - {id: ann, name: Ann Lee, influence: user}
            """, body: """
            ## Next steps
            1. [ ] Send the quote @leo due:2026-11-30
            2. [/] Book the review @dana due:2026-12-02

            """),
        // Won 200 EUR.
        "deals/c.md": ReportTestWorkspace.deal("account: Gamma\nowner: dana\nstage: propose\nvalue: 200\noutcome: won\nclosed: 2026-11-17"),
        // Prospect, 50 CHF without a rate: left out of the totals; no contact recorded.
        "deals/d.md": ReportTestWorkspace.deal("account: Delta\nowner: sam\nstage: prospect\nvalue: 50\ncurrency: CHF"),
    ]

    static func list(_ outcome: DealList.OutcomeChoice = .open, sort: DealList.SortKey = .decision, filter: ReportFilter = ReportFilter()) throws -> DealList {
        let workspace = try ReportTestWorkspace(config: config, files)
        defer { workspace.remove() }
        return DealList.build(workspace.load(), asOf: .of("2026-11-20"), outcome: outcome, sort: sort, filter: filter)
    }

    @Test func rowsCarryTheFactsAManagerWorksBy() throws {
        let list = try Self.list()
        #expect(list.rows.map(\.id) == ["a", "b", "d"])  // by decision date, none last
        let alpha = list.rows[0]
        #expect(alpha.value == 1000 && alpha.currency == "USD" && alpha.convertedValue == 500 && alpha.probability == 50 && alpha.weightedValue == 250)
        #expect(alpha.daysToDecision == -5 && alpha.lastContact == .of("2026-11-01") && alpha.daysSilent == 19)
        #expect(alpha.openNextSteps == 1 && alpha.buyerNextStep && alpha.buyingStep == "Board approves" && alpha.fit == 4 && alpha.touches == 2)
        #expect(alpha.flags == [.dark, .decisionPassed, .shortOfSteps, .overdue, .singleThreaded])
        let beta = list.rows[1]
        #expect(beta.convertedValue == 300 && beta.weightedValue == 180 && beta.daysToDecision == 30 && beta.daysSilent == 1)
        #expect(beta.openNextSteps == 2 && !beta.buyerNextStep && beta.buyingStep == nil && beta.touches == 0)
        #expect(beta.flags == [.noBuyerStep, .noEconomicBuyer])
        let delta = list.rows[2]
        #expect(delta.convertedValue == nil && delta.weightedValue == nil && delta.daysSilent == nil && delta.flags == [])
        // 500 + 300; weighted 250 + 180; the CHF deal left out.
        #expect(list.totalValue == 800 && list.totalWeighted == 430)
        #expect(list.leftOut == [CurrencyLeftOut(currency: "CHF", deals: 1, value: 50)])
    }

    @Test func outcomesAndSorts() throws {
        #expect(try Self.list(.won).rows.map(\.id) == ["c"])
        #expect(try Self.list(.closed).rows.map(\.id) == ["c"])
        #expect(try Self.list(.lost).rows.isEmpty)
        #expect(try Self.list(.all, sort: .value).rows.map(\.id) == ["a", "b", "c", "d"])  // 500, 300, 200, no rate
        #expect(try Self.list(sort: .weighted).rows.map(\.id) == ["a", "b", "d"])  // 250, 180, no rate
        #expect(try Self.list(.all, sort: .stage).rows.map(\.id) == ["d", "a", "b", "c"])
        #expect(try Self.list(sort: .silent).rows.map(\.id) == ["d", "a", "b"])  // never contacted, 19 days, 1 day
        #expect(try Self.list(sort: .owner).rows.map(\.id) == ["a", "b", "d"])  // dana, leo, sam
        #expect(try Self.list(sort: .account).rows.map(\.account) == ["Alpha", "Beta", "Delta"])
        #expect(try Self.list(filter: ReportFilter(team: "south")).rows.map(\.id) == ["d"])
    }

    @Test func itemsWithSideSprintAndSelection() throws {
        let workspace = try ReportTestWorkspace(config: Self.config, Self.files.merging([
            "sprints/s1.md": "---\nteam: north\nstart: 2026-11-16\nend: 2026-11-29\n---\n# S1\n\n## Sprint backlog\n- [ ] Call Alpha +a @dana due:2026-11-19 pts:2 #call\n- [x] Unowned +a\n",
        ]) { first, _ in first })
        defer { workspace.remove() }
        let loaded = workspace.load()
        let day = Day.of("2026-11-20")
        let all = ItemList.build(loaded, asOf: day)
        #expect(all.rows.count == 7)
        let board = try #require(all.rows.first { $0.title == "Board approves" })
        #expect(board.location == "deals/a.md:18" && board.deal == "a" && board.account == "Alpha" && board.side == .buyer && board.overdue)
        #expect(board.section == "Buying process" && board.state == .todo && board.owners == ["maria"])
        let call = try #require(all.rows.first { $0.title == "Call Alpha" })
        #expect(call.file == "sprint" && call.deal == "a" && call.sprint == "s1" && call.points == 2 && call.kinds == ["call"] && call.side == .ours)
        #expect(all.rows.first { $0.title == "Unowned" }?.side == .ours)
        #expect(ItemList.build(loaded, asOf: day, selection: .init(state: .open)).rows.count == 5)
        #expect(ItemList.build(loaded, asOf: day, selection: .init(state: .doing)).rows.map(\.title) == ["Book the review"])
        #expect(ItemList.build(loaded, asOf: day, selection: .init(dueBefore: .of("2026-11-20"))).rows.map(\.title) == ["Board approves", "Call Alpha"])
        #expect(ItemList.build(loaded, asOf: day, selection: .init(sprint: "s1")).rows.count == 2)
        #expect(ItemList.build(loaded, asOf: day, selection: .init(deal: "b")).rows.map(\.title) == ["Send the quote", "Book the review"])
        #expect(ItemList.build(loaded, asOf: day, selection: .init(kind: "call")).rows.map(\.title) == ["Call Alpha"])
        #expect(ItemList.build(loaded, asOf: day, filter: ReportFilter(owner: "leo")).rows.map(\.title) == ["Send the quote"])
        #expect(all.rows.allSatisfy { $0.description == nil })
    }

    /// An item's first line is its title; the lines after it are its description (friction 7).
    @Test func anItemsContinuationLinesAreItsDescription() throws {
        let workspace = try ReportTestWorkspace(config: Self.config, Self.files.merging([
            "sprints/s1.md": "---\nteam: north\nstart: 2026-11-16\nend: 2026-11-29\n---\n# S1\n\n## Sprint backlog\n- [ ] Call Alpha +a @dana\n  about the pilot's scope\n",
        ]) { first, _ in first })
        defer { workspace.remove() }
        let call = try #require(ItemList.build(workspace.load(), asOf: .of("2026-11-20")).rows.first { $0.path == "sprints/s1.md" })
        #expect(call.title == "Call Alpha" && call.description == "about the pilot's scope")
    }
}

/// The weekly report lists the deals short of buying influences, and only when there are any.
@Suite struct InfluenceRiskReportTests {
    @Test func theReportNamesTheRiskyDeals() throws {
        let workspace = try ReportTestWorkspace(config: DealListTests.config, DealListTests.files)
        defer { workspace.remove() }
        let loaded = workspace.load()
        let report = WeeklyReport.build(loaded, asOf: .of("2026-11-20"))
        let risks = try #require(report.influenceRisks)
        #expect(risks.map(\.deal.id) == ["a", "b"])
        #expect(risks[0].singleThreaded && !risks[0].noEconomicBuyer && risks[0].buyerStakeholders == 1)
        #expect(!risks[1].singleThreaded && risks[1].noEconomicBuyer && risks[1].buyerStakeholders == 2)
        let text = try ReportTestWorkspace.renderer(loaded).render(.weekly(report))
        #expect(text.contains("## Short of buying influences"))
        #expect(text.contains("| Alpha | Dana Kim | qualify | $1,000 (€500) | 1 | single-threaded |"))
        #expect(text.contains("| Beta | Leo Marsh | propose | €300 | 2 | no economic buyer |"))
        // The stand-up's deals needing attention say it too.
        let standup = StandupAgenda.build(loaded, asOf: .of("2026-11-20"))
        #expect(standup.attention.first { $0.deal.id == "b" }?.reasons.map(\.kind).contains(.noEconomicBuyer) == true)
    }

    @Test func withoutRisksTheSectionIsNotThere() throws {
        let report = WeeklyReport.build(SampleReports.workspace(), asOf: SampleReports.asOf)
        #expect(report.influenceRisks == nil)
    }
}
