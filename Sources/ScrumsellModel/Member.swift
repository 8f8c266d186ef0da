import ScrumsellBase

/// A person on a team: our side of every deal.
public struct Member: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    /// `sales-executive`, `lead-generator`, `contact-collector`, or any other word.
    public var role: String
    public var location: SourceLocation

    public init(id: String, name: String, role: String, location: SourceLocation) {
        self.id = id
        self.name = name
        self.role = role
        self.location = location
    }

    /// The roles Scrum Selling names.
    public static let scrumSellingRoles = ["sales-executive", "lead-generator", "contact-collector"]
}
