/// The weekly report for one ISO week as of a day: the pipeline by stage and its coverage,
/// what closed this week, the deals that need managing (slipped dates, gone dark, short of
/// next steps), the steps due, lost deals to follow up, objectives, campaign results and the
/// decisions coming up.
///
/// Sections computed from other sources (issue 6's git history) are optional properties
/// left `nil` when not computed, so the report grows without changing what is here.
public struct WeeklyReport: Sendable, Codable, Equatable {
    /// Deals closed in the week, by outcome.
    public struct Closed: Sendable, Codable, Equatable {
        public var won: [ClosedDeal]
        public var lost: [ClosedDeal]
        public var noDecision: [ClosedDeal]
    }

    /// An open deal and a date that matters: a passed decision date, an upcoming one.
    public struct DealDate: Sendable, Codable, Equatable {
        public var deal: DealSummary
        public var date: Day
        /// Days from the date to the report's day (passed) or from the day to the date (upcoming).
        public var days: Int
    }

    /// An open deal nobody has spoken to for too long.
    public struct GoneDark: Sendable, Codable, Equatable {
        public var deal: DealSummary
        public var lastContact: Day
        public var days: Int
    }

    /// A qualified open deal short of next steps or without one on the buyer's side.
    public struct NextStepGap: Sendable, Codable, Equatable {
        public var deal: DealSummary
        public var openSteps: Int
        public var required: Int
        public var hasBuyerStep: Bool
    }

    /// A lost or undecided deal with its follow-up date.
    public struct FollowUp: Sendable, Codable, Equatable {
        public var deal: ClosedDeal
        public var date: Day
        /// The follow-up falls in or before the report's week.
        public var due: Bool
        /// Days from the report's day to the follow-up (negative once passed).
        public var days: Int
    }

    /// An active campaign and its results in the latest sprint that reported any.
    public struct CampaignResults: Sendable, Codable, Equatable {
        public var funnel: CampaignFunnel
        public var sprint: String
        public var sprintEnd: Day?
    }

    public var asOf: Day
    /// `2026-W47`.
    public var week: String
    public var weekStart: Day
    public var weekEnd: Day
    public var filter: ReportFilter
    public var currency: String
    public var pipeline: PipelineByStage
    /// `nil` when the workspace sets no `pipeline_target`.
    public var coverage: PipelineCoverage?
    public var closed: Closed
    public var slippedDecisions: [DealDate]
    public var goneDark: [GoneDark]
    public var staleAfterDays: Int
    public var nextStepGaps: [NextStepGap]
    /// Steps overdue or due this week, by the team member who must do or chase them.
    public var stepsDue: [OwnerSteps]
    public var followUps: [FollowUp]
    /// Every objective, measured on the deals the filter lets through (with a filter, those no such deal links are left out).
    public var objectives: [ObjectiveProgress]
    public var campaigns: [CampaignResults]
    /// Open deals whose decision date falls in the next `upcomingDays` days (the report's day included).
    public var upcomingDecisions: [DealDate]
    public var upcomingDays: Int
    /// What git says about the week (changed deals, stage aging); `nil` when history was not read or could not be.
    public var history: WeeklyHistory?
    /// Why the history sections are left out (no git, not a repository); `nil` when they are not.
    public var historyNote: String?

    public static let defaultUpcomingDays = 30

    /// The report for `week` (default: the week of `day`) as of `day`, with its history
    /// sections when `history` is given (read as of `day`), or the note why there are none.
    public static func build(_ workspace: Workspace, asOf day: Day, week: ISOWeek? = nil, filter: ReportFilter = ReportFilter(),
                             history: Result<WorkspaceHistory, HistoryUnavailable>? = nil) -> WeeklyReport {
        let config = workspace.config
        let week = week ?? ISOWeek(containing: day)
        // Without a filter the workspace's own array is shared, not copied deal by deal.
        let deals = filter.isEmpty ? workspace.deals : workspace.deals.filter { filter.includes($0, in: config) }
        let open = deals.filter(\.isOpen)
        let pipeline = PipelineByStage.build(deals, config: config)
        let coverage = config.pipelineTarget.flatMap { target -> PipelineCoverage? in
            guard target > 0 else { return nil }
            let value = pipeline.total.value
            return PipelineCoverage(target: target, open: value, ratio: value / target, shortfall: max(0, target - value))
        }

        let closedThisWeek = deals.filter { $0.outcome.isClosed && ($0.closed.map(week.contains) ?? false) }
            .map { ClosedDeal($0, config: config) }.sorted(by: ClosedDeal.byClosing)
        let attention = open.parallelMap { ($0, AttentionReason.assess($0, in: workspace, asOf: day)) }
        func summary(_ deal: Deal) -> DealSummary { DealSummary(deal, config: config) }

        let slipped = attention.compactMap { deal, reasons in
            reasons.first { $0.kind == .decisionPassed }.map { DealDate(deal: summary(deal), date: $0.date!, days: $0.days!) }
        }.sorted { ($0.date, $0.deal.id) < ($1.date, $1.deal.id) }
        let dark = attention.compactMap { deal, reasons in
            reasons.first { $0.kind == .goneDark }.map { GoneDark(deal: summary(deal), lastContact: $0.date!, days: $0.days!) }
        }.sorted { ($0.lastContact, $0.deal.id) < ($1.lastContact, $1.deal.id) }
        let gaps = attention.compactMap { deal, reasons -> NextStepGap? in
            guard reasons.contains(where: { $0.kind == .fewNextSteps || $0.kind == .noBuyerStep }) else { return nil }
            let (open, buyerStep) = deal.openNextStepCount(buyer: { workspace.side(of: $0, in: deal) == .buyer })
            return NextStepGap(deal: summary(deal), openSteps: open, required: config.nextStepsRequired, hasBuyerStep: buyerStep)
        }

        let followUps = deals.filter { ($0.outcome == .lost || $0.outcome == .noDecision) && $0.followUp != nil }
            .map { deal in FollowUp(deal: ClosedDeal(deal, config: config), date: deal.followUp!, due: deal.followUp! <= week.sunday,
                                    days: day.days(to: deal.followUp!)) }
            .sorted { ($0.date, $0.deal.deal.id) < ($1.date, $1.deal.deal.id) }

        // The deals linking each objective, in order, found in one pass (not one pass per objective).
        var linked: [String: [Deal]] = [:]
        for deal in deals {
            let ids = deal.objectives
            // Each id once per deal; a deal links one or two objectives, so the earlier ones are simply looked through.
            for (index, id) in ids.enumerated() where !ids[..<index].contains(id) { linked[id, default: []].append(deal) }
        }

        let upcomingEnd = day.adding(days: defaultUpcomingDays)
        let upcoming = open.compactMap { deal -> DealDate? in
            guard let date = deal.decisionDate, date >= day, date <= upcomingEnd else { return nil }
            return DealDate(deal: summary(deal), date: date, days: day.days(to: date))
        }.sorted { ($0.date, $0.deal.id) < ($1.date, $1.deal.id) }

        var report = WeeklyReport(
            asOf: day, week: week.description, weekStart: week.monday, weekEnd: week.sunday, filter: filter, currency: config.currency,
            pipeline: pipeline, coverage: coverage,
            closed: Closed(won: closedThisWeek.filter { $0.outcome == .won }, lost: closedThisWeek.filter { $0.outcome == .lost },
                           noDecision: closedThisWeek.filter { $0.outcome == .noDecision }),
            slippedDecisions: slipped, goneDark: dark, staleAfterDays: config.staleAfterDays, nextStepGaps: gaps,
            stepsDue: stepsDue(open, in: workspace, asOf: day, week: week, filter: filter),
            followUps: followUps,
            // Filtered, an objective none of the remaining deals links says nothing: it is left out.
            objectives: workspace.objectives.map { ObjectiveProgress.build($0, deals: linked[$0.id] ?? [], asOf: day) }.filter { filter.isEmpty || $0.deals > 0 },
            campaigns: latestResults(workspace, asOf: day, filter: filter),
            upcomingDecisions: upcoming, upcomingDays: defaultUpcomingDays)
        switch history {
        case .success(let history)? where history.isEmpty: report.historyNote = HistoryUnavailable.noHistory(upTo: day).note
        case .success(let history)?: report.history = WeeklyHistory(week: week, workspace: workspace, deals: deals, history: history)
        case .failure(let unavailable)?: report.historyNote = unavailable.note
        case nil: break
        }
        return report
    }

    /// Open buying-process steps and next steps of open deals that are overdue or due by the week's end,
    /// grouped under the team member who owns them, or, for the buyer's and unowned steps, the deal's owner.
    static func stepsDue(_ deals: [Deal], in workspace: Workspace, asOf day: Day, week: ISOWeek, filter: ReportFilter) -> [OwnerSteps] {
        let config = workspace.config
        // Each deal's steps due, with whom they fall to, found on all cores; then grouped in deal order.
        let found = deals.parallelMap { deal -> [(owner: String, step: StepDue)] in
            var steps: [(owner: String, step: StepDue)] = []
            var summary: DealSummary?  // made for the deals with a step due only
            Item.visit(deal.buyingProcess, deal.nextSteps) { item in
                guard item.isOpen, let due = item.due, due <= week.sunday else { return }
                let overdue = due < day
                guard overdue || due >= week.monday else { return }
                let ours = item.owners.filter { workspace.side(of: $0, in: deal) == .ours }
                let responsible = ours.isEmpty ? [deal.owner] : ours
                if summary == nil { summary = DealSummary(deal, config: config) }
                let step = StepDue(deal: summary!, text: item.title, section: item.section,
                                   owners: item.owners.map { PersonRef.resolve($0, deal: deal, config: config) },
                                   due: due, overdue: overdue, daysOverdue: overdue ? due.days(to: day) : nil, source: item.location)
                for owner in responsible where filter.owner == nil || filter.owner == owner {
                    steps.append((owner, step))
                }
            }
            return steps
        }
        var byOwner: [String: [StepDue]] = [:]
        for steps in found {
            for (owner, step) in steps { byOwner[owner, default: []].append(step) }
        }
        let order = Dictionary(config.members.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        return byOwner.keys.sorted { (order[$0] ?? Int.max, $0) < (order[$1] ?? Int.max, $1) }.map { owner in
            OwnerSteps(owner: PersonRef.resolve(owner, deal: nil, config: config),
                       steps: byOwner[owner]!.sorted { ($0.due, $0.source) < ($1.due, $1.source) })
        }
    }

    /// Each active campaign's results in the latest sprint that started by `day` and reported them.
    static func latestResults(_ workspace: Workspace, asOf day: Day, filter: ReportFilter) -> [CampaignResults] {
        let sprints = workspace.sprints.filter { sprint in
            (sprint.start.map { $0 <= day } ?? false) && (filter.team == nil || sprint.team == filter.team)
        }.sorted { ($0.end?.ordinal ?? 0, $0.id) > ($1.end?.ordinal ?? 0, $1.id) }
        let active = workspace.campaigns.filter { $0.status == .active && filter.includes(campaign: $0.id) }
            .sorted { ($0.priority ?? Int.max, $0.id) < ($1.priority ?? Int.max, $1.id) }
        // Each campaign's first result in that order, found in one pass over the sprints.
        var latest: [String: (CampaignResult, Sprint)] = [:]
        for sprint in sprints {
            for result in sprint.results where latest[result.campaign] == nil { latest[result.campaign] = (result, sprint) }
        }
        return active.compactMap { campaign in
            guard let (result, sprint) = latest[campaign.id] else { return nil }
            return CampaignResults(funnel: CampaignFunnel(result, campaign: campaign), sprint: sprint.id, sprintEnd: sprint.end)
        }
    }
}
