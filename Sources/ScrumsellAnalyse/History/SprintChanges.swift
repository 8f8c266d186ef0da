import ScrumsellBase
import ScrumsellModel
import ScrumsellGit

/// What git says happened during a sprint: the deals whose stage changed (or that closed)
/// between its start and end, and the pitch changes made in that time.
public struct SprintChanges: Sendable, Codable, Equatable {
    /// A deal's stage or outcome changing during the sprint.
    public struct DealMove: Sendable, Codable, Equatable {
        public var deal: String
        public var account: String
        public var date: Day
        public var fromStage: String
        public var toStage: String
        public var direction: StageChange.Direction?
        /// Set when the deal closed (or reopened) rather than changed stage.
        public var outcome: Outcome?
        public var commit: CommitInfo?

        enum CodingKeys: String, CodingKey {
            case deal, account, date, direction, outcome, commit
            case fromStage = "from_stage"
            case toStage = "to_stage"
        }
    }

    public var sprint: String
    public var start: Day
    public var end: Day
    /// How far back the history reaches, when the changes were read from a repository.
    public var horizon: HistoryHorizon?
    /// In date order, then by deal.
    public var dealMoves: [DealMove]
    /// In date order, then by campaign.
    public var pitchChanges: [PitchChange]

    enum CodingKeys: String, CodingKey {
        case sprint, start, end, horizon
        case dealMoves = "deal_moves"
        case pitchChanges = "pitch_changes"
    }

    /// The changes during `sprint`; `nil` when the sprint has no start or end date.
    public init?(sprint: Sprint, timelines: [DealTimeline], pitches: [CampaignPitchHistory]) {
        guard let start = sprint.start, let end = sprint.end else { return nil }
        self.sprint = sprint.id
        self.start = start
        self.end = end
        let during = { (day: Day) in start <= day && day <= end }
        var moves: [DealMove] = []
        for timeline in timelines {
            for change in timeline.stageChanges where during(change.date) {
                moves.append(DealMove(deal: timeline.deal, account: timeline.account, date: change.date, fromStage: change.from,
                                      toStage: change.to, direction: change.direction, outcome: nil, commit: change.commit))
            }
            for change in timeline.outcomeChanges where during(change.date) {
                let stage = Self.stage(of: timeline, on: change.date)
                moves.append(DealMove(deal: timeline.deal, account: timeline.account, date: change.date, fromStage: stage,
                                      toStage: stage, direction: nil, outcome: change.to, commit: change.commit))
            }
        }
        dealMoves = moves.sorted { ($0.date, $0.deal) < ($1.date, $1.deal) }
        pitchChanges = pitches.flatMap(\.changes).filter { during($0.date) }
            .sorted { ($0.date, $0.campaign, $0.section.rawValue) < ($1.date, $1.campaign, $1.section.rawValue) }
    }

    /// The changes during `sprint` in `deals` and `campaigns` (default: all of the workspace's), read from `history`.
    public init?(sprint: Sprint, workspace: Workspace, deals: [Deal]? = nil, campaigns: [Campaign]? = nil, history: WorkspaceHistory) {
        let timelines = (deals ?? workspace.deals).map {
            DealTimeline(deal: $0, history: history.history(of: $0), config: workspace.config, asOf: history.asOf)
        }
        let pitches = (campaigns ?? workspace.campaigns).map { CampaignPitchHistory(campaign: $0, history: history.history(of: $0), workspace: workspace) }
        self.init(sprint: sprint, timelines: timelines, pitches: pitches)
        horizon = history.horizon
    }

    /// The stage a deal was in on `day`: its last stage change up to then, else its first stay.
    static func stage(of timeline: DealTimeline, on day: Day) -> String {
        timeline.stageChanges.last { $0.date <= day }?.to ?? timeline.stageChanges.first?.from ?? timeline.stages.first?.stage ?? ""
    }
}
