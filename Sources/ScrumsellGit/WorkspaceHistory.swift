import ScrumsellBase
import ScrumsellModel

/// The git history of a workspace's deals and campaigns: every version of each file that
/// exists in the working copy, renames followed, the working copy's own edits last.
public struct WorkspaceHistory: Sendable {
    /// The day uncommitted edits are dated.
    public var asOf: Day
    public var horizon: HistoryHorizon
    /// Deal files by workspace path (`deals/acme.md`).
    public var deals: [String: DocumentHistory<DealSnapshot>]
    /// Campaign files by workspace path.
    public var campaigns: [String: DocumentHistory<CampaignSnapshot>]

    public init(asOf: Day, horizon: HistoryHorizon, deals: [String: DocumentHistory<DealSnapshot>] = [:],
                campaigns: [String: DocumentHistory<CampaignSnapshot>] = [:]) {
        self.asOf = asOf
        self.horizon = horizon
        self.deals = deals
        self.campaigns = campaigns
    }

    /// True when the history holds no version of any deal or campaign.
    public var isEmpty: Bool { deals.isEmpty && campaigns.isEmpty }

    /// The history of a deal of the workspace.
    public func history(of deal: Deal) -> DocumentHistory<DealSnapshot>? { deals[deal.path] }

    /// The history of a campaign of the workspace.
    public func history(of campaign: Campaign) -> DocumentHistory<CampaignSnapshot>? { campaigns[campaign.path] }
}
