import ScrumsellBase
import ScrumsellModel
import ScrumsellGit

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

        package init(deal: DealSummary, openSteps: Int, required: Int, hasBuyerStep: Bool) {
            self.deal = deal
            self.openSteps = openSteps
            self.required = required
            self.hasBuyerStep = hasBuyerStep
        }
    }

    /// An open deal short of buying influences: single-threaded, or without an economic buyer.
    public struct InfluenceRisk: Sendable, Codable, Equatable {
        public var deal: DealSummary
        /// Its stakeholders on the buyer's side.
        public var buyerStakeholders: Int
        public var singleThreaded: Bool
        public var noEconomicBuyer: Bool
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
    /// The quarter of `asOf` and the next: won, forecast categories, attainment, per-quarter coverage.
    public var forecast: Forecast
    /// What the forecast leaves out or cannot compare, one line each (deals without a rate, no target for the person).
    public var forecastNotes: [String]
    public var closed: Closed
    public var slippedDecisions: [DealDate]
    public var goneDark: [GoneDark]
    public var staleAfterDays: Int
    public var nextStepGaps: [NextStepGap]
    /// Open deals `single-threaded` or with `no-economic-buyer`, in deal order; `nil` when none is.
    public var influenceRisks: [InfluenceRisk]?
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
    /// With `report --week` for a past week: the commit whose files were read (the last one on or before the week's Sunday).
    public var readFromCommit: CommitInfo?

    public static let defaultUpcomingDays = 30

    /// The report for `week` (default: the week of `day`) as of `day`, with its history
    /// sections when `history` is given (read as of `day`), or the note why there are none.
    public static func build(_ workspace: Workspace, asOf day: Day, week: ISOWeek? = nil, filter: ReportFilter = ReportFilter(),
                             history: Result<WorkspaceHistory, HistoryUnavailable>? = nil) -> WeeklyReport {
        let config = workspace.config
        let week = week ?? ISOWeek(containing: day)
        // Without a filter the workspace's own array is shared, not copied deal by deal.
        let deals = filter.isEmpty ? workspace.deals : workspace.deals.filter { filter.includes($0, in: config) }
        // What the deals add to each list, found on all cores, in runs of deals in order.
        let runs = DealFindings.find(in: deals, workspace: workspace, asOf: day, week: week, filter: filter)
        // Then the steps due are grouped by person while the other lists are joined and sorted.
        let (stepsDue, withoutSteps) = concurrently({ byOwner(runs.flatMap(\.stepsDue), config: config) }, { () -> WeeklyReport in
            let pipeline = PipelineByStage.build(deals, config: config)
            let forecast = Forecast.build(deals, config: config, asOf: day, owner: filter.owner)
            let closed = runs.flatMap(\.closed).sorted(by: ClosedDeal.byClosing)

            // The deals linking each objective, in order, found in one pass (not one pass per objective).
            var linked: [String: [Deal]] = [:]
            for deal in deals {
                let ids = deal.objectives
                // Each id once per deal; a deal links one or two objectives, so the earlier ones are simply looked through.
                for (index, id) in ids.enumerated() where !ids[..<index].contains(id) { linked[id, default: []].append(deal) }
            }

            let risks = runs.flatMap(\.risks)
            return WeeklyReport(
                asOf: day, week: week.description, weekStart: week.monday, weekEnd: week.sunday, filter: filter, currency: config.currency,
                pipeline: pipeline, forecast: forecast, forecastNotes: forecast.notes,
                closed: Closed(won: closed.filter { $0.outcome == .won }, lost: closed.filter { $0.outcome == .lost },
                               noDecision: closed.filter { $0.outcome == .noDecision }),
                slippedDecisions: runs.flatMap(\.slipped).sorted { ($0.date, $0.deal.id) < ($1.date, $1.deal.id) },
                goneDark: runs.flatMap(\.goneDark).sorted { ($0.lastContact, $0.deal.id) < ($1.lastContact, $1.deal.id) },
                staleAfterDays: config.staleAfterDays, nextStepGaps: runs.flatMap(\.gaps),
                influenceRisks: risks.isEmpty ? nil : risks,
                stepsDue: [],
                followUps: runs.flatMap(\.followUps).sorted { ($0.date, $0.deal.deal.id) < ($1.date, $1.deal.deal.id) },
                // Filtered, an objective none of the remaining deals links says nothing: it is left out.
                objectives: workspace.objectives.map { ObjectiveProgress.build($0, linked: linked[$0.id] ?? [], config: config, asOf: day) }
                    .filter { filter.isEmpty || $0.deals > 0 },
                campaigns: latestResults(workspace, asOf: day, filter: filter),
                upcomingDecisions: runs.flatMap(\.upcoming).sorted { ($0.date, $0.deal.id) < ($1.date, $1.deal.id) },
                upcomingDays: defaultUpcomingDays)
        })
        var report = withoutSteps
        report.stepsDue = stepsDue
        switch history {
        case .success(let history)? where history.isEmpty: report.historyNote = HistoryUnavailable.noHistory(upTo: day).note
        case .success(let history)?: report.history = WeeklyHistory(week: week, workspace: workspace, deals: deals, history: history)
        case .failure(let unavailable)?: report.historyNote = unavailable.note
        case nil: break
        }
        return report
    }

    /// The steps due (open buying-process steps and next steps of open deals, overdue or due by
    /// the week's end) grouped under each person they fall to: the team members in team order,
    /// then anyone else by id; each person's steps by due date, then where they are written.
    static func byOwner(_ steps: [(step: StepDue, responsible: [String])], config: WorkspaceConfig) -> [OwnerSteps] {
        // Grouped and sorted as indices into `steps`: each step is copied once, into its lists.
        var byOwner: [String: [Int]] = [:]
        for (index, found) in steps.enumerated() {
            for owner in found.responsible { byOwner[owner, default: []].append(index) }
        }
        let order = Dictionary(config.members.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        return byOwner.keys.sorted { (order[$0] ?? Int.max, $0) < (order[$1] ?? Int.max, $1) }.map { owner in
            let indices = byOwner[owner]!.sorted { a, b in
                steps[a].step.due < steps[b].step.due || (steps[a].step.due == steps[b].step.due && steps[a].step.source < steps[b].step.source)
            }
            return OwnerSteps(owner: PersonRef.resolve(owner, deal: nil, config: config), steps: indices.map { steps[$0].step })
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
