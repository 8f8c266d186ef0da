import ScrumsellBase
import ScrumsellModel

extension WeeklyReport {
    /// The lists of the weekly report that are found deal by deal, before sorting: each in
    /// deal order.
    ///
    /// Deals are looked at in runs on all cores, each run filling its own lists; joined in run
    /// order, each list comes out as one pass over the deals would make it.
    struct DealFindings: Sendable {
        var closed: [ClosedDeal] = []
        var slipped: [DealDate] = []
        var goneDark: [GoneDark] = []
        var gaps: [NextStepGap] = []
        var risks: [InfluenceRisk] = []
        var upcoming: [DealDate] = []
        var followUps: [FollowUp] = []
        /// Open steps overdue or due by the week's end, each with the people it falls to.
        var stepsDue: [(step: StepDue, responsible: [String])] = []

        /// The findings of `deals`, looked at in runs on all cores: one value per run, in deal order.
        static func find(in deals: [Deal], workspace: Workspace, asOf day: Day, week: ISOWeek, filter: ReportFilter) -> [DealFindings] {
            let runs = Swift.min(deals.count, 64)
            return Array(0..<runs).parallelMap { run in
                var found = DealFindings()
                for index in (run * deals.count / runs)..<((run + 1) * deals.count / runs) {
                    found.add(deals[index], in: workspace, asOf: day, week: week, filter: filter)
                }
                return found
            }
        }

        /// Adds what `deal` belongs in. Every input is borrowed: the deals are looked at on
        /// several cores, and a copy of the workspace per deal would retain objects every core shares.
        mutating func add(_ deal: Deal, in workspace: borrowing Workspace, asOf day: Day, week: ISOWeek, filter: borrowing ReportFilter) {
            // Made once, for a deal that shows in any list.
            var summary: DealSummary?
            func summarised() -> DealSummary {
                if summary == nil { summary = DealSummary(deal, config: workspace.config) }
                return summary!
            }

            if deal.isOpen {
                let reasons = AttentionReason.assess(deal, in: workspace, asOf: day)
                if let passed = reasons.first(where: { $0.kind == .decisionPassed }) {
                    slipped.append(DealDate(deal: summarised(), date: passed.date!, days: passed.days!))
                }
                if let dark = reasons.first(where: { $0.kind == .goneDark }) {
                    goneDark.append(GoneDark(deal: summarised(), lastContact: dark.date!, days: dark.days!))
                }
                if reasons.contains(where: { $0.kind == .fewNextSteps || $0.kind == .noBuyerStep }) {
                    let (open, buyerStep) = deal.openNextStepCount(buyer: { workspace.side(of: $0, in: deal) == .buyer })
                    gaps.append(NextStepGap(deal: summarised(), openSteps: open, required: workspace.config.nextStepsRequired, hasBuyerStep: buyerStep))
                }
                let singleThreaded = reasons.contains { $0.kind == .singleThreaded }, noEconomicBuyer = reasons.contains { $0.kind == .noEconomicBuyer }
                if singleThreaded || noEconomicBuyer {
                    risks.append(InfluenceRisk(deal: summarised(), buyerStakeholders: deal.buyerStakeholders(in: workspace.config).count,
                                               singleThreaded: singleThreaded, noEconomicBuyer: noEconomicBuyer))
                }
                if let date = deal.decisionDate, date >= day, date <= day.adding(days: defaultUpcomingDays) {
                    upcoming.append(DealDate(deal: summarised(), date: date, days: day.days(to: date)))
                }
                Self.collectStepsDue(deal.buyingProcess, of: deal, in: workspace, asOf: day, week: week, filter: filter,
                                     summary: &summary, into: &stepsDue)
                Self.collectStepsDue(deal.nextSteps, of: deal, in: workspace, asOf: day, week: week, filter: filter,
                                     summary: &summary, into: &stepsDue)
            } else {
                let closedInWeek = deal.closed.map(week.contains) ?? false
                if closedInWeek { closed.append(ClosedDeal(deal, config: workspace.config)) }
                if deal.outcome == .lost || deal.outcome == .noDecision, let followUp = deal.followUp {
                    followUps.append(FollowUp(deal: closedInWeek ? closed.last! : ClosedDeal(deal, config: workspace.config), date: followUp,
                                              due: followUp <= week.sunday, days: day.days(to: followUp)))
                }
            }
        }

        /// The open steps of `items` (nested ones included) overdue or due by the week's end, each
        /// with whom it falls to: its owners on our side, else the deal's owner; with an owner
        /// filter, only that person.
        private static func collectStepsDue(_ items: [Item], of deal: Deal, in workspace: borrowing Workspace, asOf day: Day, week: ISOWeek,
                                            filter: borrowing ReportFilter, summary: inout DealSummary?,
                                            into steps: inout [(step: StepDue, responsible: [String])]) {
            items.withUnsafeBufferPointer { items in
                for item in items {
                    if item.isOpen, let due = item.due, due <= week.sunday, due < day || due >= week.monday {
                        let overdue = due < day
                        var responsible = item.owners.filter { workspace.side(of: $0, in: deal) == .ours }
                        if responsible.isEmpty { responsible = [deal.owner] }
                        if let owner = filter.owner { responsible.removeAll { $0 != owner } }
                        if !responsible.isEmpty {
                            if summary == nil { summary = DealSummary(deal, config: workspace.config) }
                            let step = StepDue(deal: summary!, text: item.title, section: item.section,
                                               owners: item.owners.map { PersonRef.resolve($0, deal: deal, config: workspace.config) },
                                               due: due, overdue: overdue, daysOverdue: overdue ? due.days(to: day) : nil, source: item.location)
                            steps.append((step, responsible))
                        }
                    }
                    if !item.children.isEmpty {
                        collectStepsDue(item.children, of: deal, in: workspace, asOf: day, week: week, filter: filter, summary: &summary, into: &steps)
                    }
                }
            }
        }
    }
}
