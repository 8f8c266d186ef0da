import ScrumsellModel

/// A person named in a report: a team member (our side) or a deal's stakeholder (the buyer's).
public struct PersonRef: Sendable, Codable, Hashable {
    public var id: String
    /// The member's or stakeholder's name; the id when the person is unknown.
    public var name: String
    public var side: OwnerSide
    /// The member's role (`sales-executive`, …); `nil` for the buyer side.
    public var role: String?

    public init(id: String, name: String, side: OwnerSide, role: String? = nil) {
        self.id = id
        self.name = name
        self.side = side
        self.role = role
    }

    /// Resolves an `@id` against the team members, then the deal's stakeholders.
    public static func resolve(_ id: String, deal: Deal?, config: WorkspaceConfig) -> PersonRef {
        if let member = config.member(id) { return PersonRef(id: id, name: member.name, side: .ours, role: member.role) }
        if let stakeholder = deal?.stakeholder(id) { return PersonRef(id: id, name: stakeholder.name, side: .buyer) }
        return PersonRef(id: id, name: id, side: .unknown)
    }
}
