import ScrumsellBase
import ScrumsellModel

/// What `scrumsell new deal NAME` fills in; `nil` leaves a field to its default or empty.
public struct NewDealOptions: Sendable {
    public var name: String
    /// Default: the name as given.
    public var account: String?
    public var title: String?
    /// Default: the first sales executive of the workspace (else its first member).
    public var owner: String?
    /// Default: the first stage.
    public var stage: String?
    public var value: Double?
    public var campaign: String?
    public var objectives: [String] = []
    public var decisionDate: Day?
    public var consequence: String?

    public init(name: String) { self.name = name }
}

/// What `scrumsell new campaign NAME` fills in.
public struct NewCampaignOptions: Sendable {
    public var name: String
    /// Default: the name as given.
    public var title: String?
    public var owner: String?
    /// Default: `backlog`.
    public var status: Campaign.Status = .backlog
    /// Default: one after the lowest priority of the campaign backlog.
    public var priority: Int?
    public var industry: String?
    public var offering: String?
    public var audience: [String] = []
    public var targetCompanies: [String] = []
    public var differentiator: String?

    public init(name: String) { self.name = name }
}

/// What `scrumsell new sprint [NAME]` fills in.
public struct NewSprintOptions: Sendable {
    /// Default: the ISO week of the start, `2026-s49`.
    public var name: String?
    /// Default: the workspace's only team.
    public var team: String?
    /// Default: the day after the team's last sprint ends, else as-of.
    public var start: Day?
    public var goal: String?

    public init(name: String? = nil) { self.name = name }
}

/// What `scrumsell new objective NAME` fills in.
public struct NewObjectiveOptions: Sendable {
    public var name: String
    /// Default: the name as given.
    public var title: String?
    public var sponsor: String?
    public var alignsTo: [String] = []

    public init(name: String) { self.name = name }
}
