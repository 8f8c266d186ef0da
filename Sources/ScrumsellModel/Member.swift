import ScrumsellBase

/// A person on a team: our side of every deal.
public struct Member: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    /// `sales-executive`, `lead-generator`, `contact-collector`, or any other word.
    public var role: String
    /// `quota:`: the won value this person is asked for per quarter (workspace currency).
    public var quota: Double?
    /// `pipeline_target:`: the open pipeline this person should hold per quarter.
    public var pipelineTarget: Double?
    public var location: SourceLocation

    public init(id: String, name: String, role: String, quota: Double? = nil, pipelineTarget: Double? = nil, location: SourceLocation) {
        self.id = id
        self.name = name
        self.role = role
        self.quota = quota
        self.pipelineTarget = pipelineTarget
        self.location = location
    }

    /// The roles Scrum Selling names.
    public static let scrumSellingRoles = ["sales-executive", "lead-generator", "contact-collector"]
}
