import ScrumsellBase
import ScrumsellModel

/// The filters every report takes (`--owner`, `--team`, `--campaign`, `--stage`): which
/// deals and items a report counts. An empty filter lets everything through.
public struct ReportFilter: Sendable, Codable, Equatable {
    /// A member (or stakeholder) id: deals they own, items they own.
    public var owner: String?
    /// A team id: deals owned by its members, items owned by its members, its sprints.
    public var team: String?
    /// A campaign id: deals it sourced, items of the campaign or of those deals, its results.
    public var campaign: String?
    /// A stage id: deals at that stage and their items.
    public var stage: String?

    public init(owner: String? = nil, team: String? = nil, campaign: String? = nil, stage: String? = nil) {
        self.owner = owner
        self.team = team
        self.campaign = campaign
        self.stage = stage
    }

    public var isEmpty: Bool { owner == nil && team == nil && campaign == nil && stage == nil }

    /// True when the deal passes every filter that is set.
    public func includes(_ deal: Deal, in config: WorkspaceConfig) -> Bool {
        if let owner, deal.owner != owner { return false }
        if let team, !(config.team(team)?.members.contains { $0.id == deal.owner } ?? false) { return false }
        if let campaign, deal.campaign != campaign { return false }
        if let stage, deal.stage != stage { return false }
        return true
    }

    /// True when the item passes every filter that is set. `subject` is the deal or campaign the item is about.
    public func includes(_ item: Item, about subject: ItemSubject, in config: WorkspaceConfig) -> Bool {
        if let owner, !item.owners.contains(owner) { return false }
        if let team, let members = config.team(team)?.members.map(\.id) {
            let ownedByTeam = item.owners.contains { members.contains($0) }
            let dealOfTeam = subject.deal.map { members.contains($0.owner) } ?? false
            if !ownedByTeam && !dealOfTeam { return false }
        } else if team != nil {
            return false
        }
        if let campaign, subject.campaignID != campaign { return false }
        if let stage, subject.deal?.stage != stage { return false }
        return true
    }

    /// True when a campaign's results pass the campaign filter.
    public func includes(campaign id: String) -> Bool { campaign == nil || campaign == id }

    /// True when a daily-scrum note passes the owner and team filters (notes carry only `@who`).
    public func includes(_ note: ScrumNote, in config: WorkspaceConfig) -> Bool {
        if let owner, !note.who.contains(owner) { return false }
        if let team, let members = config.team(team)?.members.map(\.id), !note.who.contains(where: members.contains) { return false }
        return true
    }

    /// The filter values that name nothing in the workspace, with the closest known value.
    public func unknownValues(in workspace: Workspace) -> [UnknownValue] {
        let config = workspace.config
        var unknown: [UnknownValue] = []
        // The known values are gathered only for the options given: without filters, nothing is.
        func check(_ option: String, _ value: String?, _ gather: @autoclosure () -> [String]) {
            guard let value else { return }
            let known = gather()
            guard !known.contains(value) else { return }
            unknown.append(UnknownValue(option: option, value: value, suggestion: Suggestion.closest(to: value, in: known)))
        }
        check("owner", owner, config.members.map(\.id) + workspace.deals.flatMap { $0.stakeholders.map(\.id) })
        check("team", team, config.teams.map(\.id))
        check("campaign", campaign, workspace.campaigns.map(\.id) + workspace.deals.compactMap(\.campaign))
        check("stage", stage, config.stages.map(\.id))
        return unknown
    }

    /// A filter value that names no member, team, campaign or stage.
    public struct UnknownValue: Sendable, Equatable {
        /// The option without dashes: `owner`, `team`, `campaign` or `stage`.
        public var option: String
        public var value: String
        public var suggestion: String?
    }
}
