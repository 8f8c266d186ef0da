import Foundation

/// A whole workspace, modelled: the configuration and every deal, campaign, sprint and
/// objective that could be read, sorted by id, with the diagnostics of reading them.
public struct Workspace: Sendable {
    /// The workspace folder.
    public var root: URL
    public var config: WorkspaceConfig
    public var deals: [Deal]
    public var campaigns: [Campaign]
    public var sprints: [Sprint]
    public var objectives: [Objective]
    /// Problems found while reading and modelling (not the `check` rules).
    public var diagnostics: [Diagnostic]
    /// Files read, the configuration included.
    public var fileCount: Int

    public init(root: URL, config: WorkspaceConfig, deals: [Deal] = [], campaigns: [Campaign] = [], sprints: [Sprint] = [],
                objectives: [Objective] = [], diagnostics: [Diagnostic] = [], fileCount: Int = 1) {
        self.root = root
        self.config = config
        self.deals = deals
        self.campaigns = campaigns
        self.sprints = sprints
        self.objectives = objectives
        self.diagnostics = diagnostics
        self.fileCount = fileCount
    }

    public func deal(_ id: String) -> Deal? { deals.first { $0.id == id } }
    public func campaign(_ id: String) -> Campaign? { campaigns.first { $0.id == id } }
    public func sprint(_ id: String) -> Sprint? { sprints.first { $0.id == id } }
    public func objective(_ id: String) -> Objective? { objectives.first { $0.id == id } }

    /// Every item of every document, nested ones included, in path and line order.
    public var allItems: [Item] {
        deals.flatMap(\.allItems) + campaigns.flatMap(\.allItems) + sprints.flatMap(\.allItems)
    }

    /// The items committed to a sprint: those carrying `sprint:ID` anywhere, and those in its `Sprint backlog`.
    public func items(in sprint: Sprint) -> [Item] {
        var items = sprint.allItems
        for item in deals.flatMap(\.allItems) + campaigns.flatMap(\.allItems) + sprints.filter({ $0.id != sprint.id }).flatMap(\.allItems)
        where item.sprint == sprint.id {
            items.append(item)
        }
        return items.sorted { ($0.location.path, $0.location.line) < ($1.location.path, $1.location.line) }
    }

    /// The sprint running on `day` (the latest-starting one when several are, optionally of one team).
    public func currentSprint(asOf day: Day, team: String? = nil) -> Sprint? {
        sprints.filter { $0.isCurrent(asOf: day) && (team == nil || $0.team == team) }
            .max { ($0.start!, $0.id) < ($1.start!, $1.id) }
    }

    /// The sprint that ended last before `day`.
    public func lastFinishedSprint(asOf day: Day, team: String? = nil) -> Sprint? {
        sprints.filter { $0.isFinished(asOf: day) && (team == nil || $0.team == team) }
            .max { ($0.end!, $0.id) < ($1.end!, $1.id) }
    }

    /// Which side an owner is on in a deal: a team member (ours), a stakeholder of the deal (the buyer's), or unknown.
    public func side(of owner: String, in deal: Deal?) -> OwnerSide {
        if config.member(owner) != nil { return .ours }
        if let deal, deal.stakeholder(owner) != nil { return .buyer }
        return .unknown
    }
}

/// Whose job an item is.
public enum OwnerSide: String, Sendable, Codable {
    case ours, buyer, unknown
}
