import ScrumsellBase

/// A person on the buyer's side, with their buying influence and what builds rapport with them.
public struct Stakeholder: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var title: String?
    /// `economic`, `user`, `technical` or `coach`.
    public var influence: String?
    public var rapport: String?
    public var location: SourceLocation

    public static let influences = ["economic", "user", "technical", "coach"]
    public static let knownKeys = ["id", "name", "title", "influence", "rapport"]

    public init(id: String, name: String, title: String? = nil, influence: String? = nil, rapport: String? = nil, location: SourceLocation) {
        self.id = id
        self.name = name
        self.title = title
        self.influence = influence
        self.rapport = rapport
        self.location = location
    }
}
