import ScrumsellBase
import ScrumsellModel
import ScrumsellGit

/// The retrospective summary of a sprint: the goal and whether the committed work was done,
/// committed vs done, carry-over, the deals that closed or moved during the sprint, the
/// daily scrums' wins, rejections, ideas and reactions, the campaign funnel with a proposed
/// re-ranking, and the team's own retrospective notes.
///
/// In a workspace of several teams, the deals are the sprint's team's: those its members own.
///
/// Sections computed from other sources (issue 6's git history: stage changes, pitch
/// changes) are optional properties left `nil` when not computed.
public struct RetrospectiveSummary: Sendable, Codable, Equatable {
    /// A deal that made progress during the sprint: buying-process steps and exit tasks done within its dates
    /// (deals that closed during the sprint are under `closedDeals` instead).
    public struct DealMovement: Sendable, Codable, Equatable {
        public var deal: DealSummary
        public var steps: [CompletedStep]
    }

    public struct CompletedStep: Sendable, Codable, Equatable {
        public var text: String
        /// `Buying process` or `Exit tasks`.
        public var section: String
        /// The stage an exit task belongs to.
        public var stage: String?
        public var done: Day
    }

    /// The daily scrums' lines, by kind, in date order.
    public struct ScrumHighlights: Sendable, Codable, Equatable {
        public var wins: [ScrumLine]
        public var rejections: [ScrumLine]
        public var ideas: [ScrumLine]
        public var reactions: [ScrumLine]
        /// Lines that start with none of the four words.
        public var notes: [ScrumLine]
    }

    /// A section of the team's own retrospective.
    public struct TeamNotes: Sendable, Codable, Equatable {
        public var title: String
        public var notes: [String]
    }

    public var asOf: Day
    public var sprint: SprintInfo
    public var filter: ReportFilter
    public var committed: WorkTotals
    /// Committed items done by the sprint's end.
    public var done: WorkTotals
    public var dropped: WorkTotals
    /// Every committed (not dropped) item was done by the sprint's end.
    public var allCommittedDone: Bool
    /// Points done by the sprint's end ÷ committed points (items when no item has points); `nil` when nothing was committed.
    public var completion: Double?
    /// Committed items not done by the sprint's end: still open, or done after it.
    public var carryOver: [BoardCard]
    /// Deals won, lost or ended without decision between the sprint's start and end.
    public var closedDeals: [ClosedDeal]
    public var movedDeals: [DealMovement]
    public var scrum: ScrumHighlights
    public var funnel: [CampaignFunnel]
    /// The sum over the campaigns in `funnel`; `nil` when the sprint reported no results.
    public var funnelTotal: CampaignFunnel?
    public var ranking: CampaignRanking
    public var retrospective: [TeamNotes]
    /// What git says happened during the sprint (stage changes, pitch changes); `nil` when history was not read or could not be.
    public var history: SprintChanges?
    /// Why the history sections are left out (no git, not a repository); `nil` when they are not.
    public var historyNote: String?

    /// The summary of `sprint` as of `day`, with its history sections when `history` is given
    /// (read as of `day`), or the note why there are none.
    public static func build(_ workspace: Workspace, sprint: Sprint, asOf day: Day, filter: ReportFilter = ReportFilter(),
                             history: Result<WorkspaceHistory, HistoryUnavailable>? = nil) -> RetrospectiveSummary {
        let config = workspace.config
        let board = SprintBoard.build(workspace, sprint: sprint, asOf: day, filter: filter, keepingLeftBehind: true)
        let cards = board.lanes.flatMap(\.cards)
        let active = cards.filter { $0.state != .dropped }
        let end = sprint.end
        func doneLate(_ card: BoardCard) -> Bool { card.done.map { done in end.map { done > $0 } ?? false } ?? false }
        let doneInSprint = active.filter { $0.state == .done && !doneLate($0) }
        let carryOver = active.filter { $0.isOpen || ($0.state == .done && doneLate($0)) }
        let committed = WorkTotals(active), done = WorkTotals(doneInSprint)
        let completion: Double? = active.isEmpty ? nil
            : active.contains { $0.points != nil } ? (committed.points > 0 ? done.points / committed.points : nil)
            : Double(done.items) / Double(committed.items)

        func within(_ date: Day?) -> Bool {
            guard let date, let start = sprint.start, let end = sprint.end else { return false }
            return start <= date && date <= end
        }
        // Only deals that closed or made progress in the sprint's days can be listed: `build` makes a
        // retrospective per finished sprint, and scanning every deal for each would grow as deals × sprints.
        // With several teams, each sprint is one team's, and so are the deals its retrospective looks back on.
        let team = config.teams.count > 1 ? ReportFilter(team: sprint.team) : ReportFilter()
        func isTeams(_ deal: Deal) -> Bool { team.includes(deal, in: config) }
        let deals = sprint.start.flatMap { start in
            sprint.end.map { workspace.dealsWithProgress(from: start, through: $0) { filter.includes($0, in: config) && isTeams($0) } }
        } ?? []
        let closed = deals.filter { $0.outcome.isClosed && within($0.closed) }.map { ClosedDeal($0, config: config) }.sorted(by: ClosedDeal.byClosing)
        let closedIDs = Set(closed.map(\.deal.id))
        let moved = Array(deals.filter { !closedIDs.contains($0.id) }.compactMap { deal -> DealMovement? in
            var steps: [CompletedStep] = []
            func visit(_ item: Item) {
                if item.state == .done, within(item.done) {
                    steps.append(CompletedStep(text: item.title, section: item.section, stage: item.stage, done: item.done!))
                }
                item.children.forEach(visit)
            }
            deal.buyingProcess.forEach(visit)
            deal.exitTasks.forEach(visit)
            return steps.isEmpty ? nil : DealMovement(deal: DealSummary(deal, config: config), steps: steps)
        })

        let lines = sprint.dailyScrum.sorted { $0.date < $1.date }.flatMap { day in
            day.notes.filter { filter.includes($0, in: config) }.map { ScrumLine(date: day.date, note: $0, config: config) }
        }
        func of(_ kind: ScrumNote.Kind) -> [ScrumLine] { lines.filter { $0.kind == kind } }

        let campaigns = Dictionary(workspace.campaigns.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let allFunnels = sprint.results.map { CampaignFunnel($0, campaign: campaigns[$0.campaign]) }
        let funnel = allFunnels.filter { filter.includes(campaign: $0.campaign) }
            .sorted { ($0.priority ?? Int.max, $0.campaign) < ($1.priority ?? Int.max, $1.campaign) }
        var ranking = CampaignRanking.propose(campaigns: workspace.campaigns, funnels: allFunnels)
        ranking.entries = ranking.entries.filter { filter.includes(campaign: $0.campaign) }

        var summary = RetrospectiveSummary(
            asOf: day, sprint: board.sprint, filter: filter,
            committed: committed, done: done, dropped: board.dropped,
            allCommittedDone: carryOver.isEmpty && !active.isEmpty, completion: completion,
            carryOver: carryOver, closedDeals: closed, movedDeals: moved,
            scrum: ScrumHighlights(wins: of(.win), rejections: of(.rejection), ideas: of(.idea), reactions: of(.reaction), notes: of(.note)),
            funnel: funnel, funnelTotal: funnel.isEmpty ? nil : CampaignFunnel.total(funnel), ranking: ranking,
            retrospective: sprint.retrospective.map { TeamNotes(title: $0.title, notes: $0.notes) })
        switch history {
        case .success(let history)? where history.isEmpty: summary.historyNote = HistoryUnavailable.noHistory(upTo: day).note
        case .success(let history)?:
            summary.history = SprintChanges(sprint: sprint, workspace: workspace, deals: workspace.deals.filter { filter.includes($0, in: config) && isTeams($0) },
                                            campaigns: workspace.campaigns.filter { filter.includes(campaign: $0.id) }, history: history)
        case .failure(let unavailable)?: summary.historyNote = unavailable.note
        case nil: break
        }
        return summary
    }
}
