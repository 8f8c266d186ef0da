import ScrumsellBase

/// A Scrum Selling team: ideally one sales executive, two lead generators and one or two contact collectors.
public struct Team: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var members: [Member]
    public var location: SourceLocation

    public init(id: String, name: String, members: [Member], location: SourceLocation) {
        self.id = id
        self.name = name
        self.members = members
        self.location = location
    }

    /// Scrum Selling keeps a team at five people or fewer.
    public static let maximumSize = 5
}
