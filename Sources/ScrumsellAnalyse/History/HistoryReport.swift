import ScrumsellBase
import ScrumsellModel
import ScrumsellGit

/// Everything `scrumsell history` shows: each deal's timeline, the campaigns' pitch
/// changes, the median time in each stage and the deals aging in theirs.
public struct HistoryReport: Sendable, Codable {
    public var asOf: Day
    public var horizon: HistoryHorizon
    /// By deal id.
    public var deals: [DealTimeline]
    /// By campaign id; campaigns with no pitch change are left out.
    public var campaigns: [CampaignPitchHistory]
    public var stageAging: StageAging

    enum CodingKeys: String, CodingKey {
        case horizon, deals, campaigns
        case asOf = "as_of"
        case stageAging = "stage_aging"
    }

    public init(workspace: Workspace, history: WorkspaceHistory) {
        asOf = history.asOf
        horizon = history.horizon
        deals = Self.timelines(workspace: workspace, history: history)
        campaigns = Self.pitches(workspace: workspace, history: history).filter { !$0.changes.isEmpty }
        stageAging = StageAging(timelines: deals, deals: workspace.deals, config: workspace.config)
    }

    /// The timeline of every deal of the workspace, by id.
    public static func timelines(workspace: Workspace, history: WorkspaceHistory) -> [DealTimeline] {
        workspace.deals.map { DealTimeline(deal: $0, history: history.history(of: $0), config: workspace.config, asOf: history.asOf) }
    }

    /// The pitch changes of every campaign of the workspace, by id.
    public static func pitches(workspace: Workspace, history: WorkspaceHistory) -> [CampaignPitchHistory] {
        workspace.campaigns.map { CampaignPitchHistory(campaign: $0, history: history.history(of: $0), workspace: workspace) }
    }

    /// The timeline of one deal.
    public func timeline(of deal: String) -> DealTimeline? { deals.first { $0.deal == deal } }
}
