import ScrumsellBase

/// One commit of the workspace's history: who, when, why.
public struct CommitInfo: Sendable, Hashable, Codable {
    /// The full commit id.
    public var sha: String
    /// The committer date, in the committer's own time zone (the day the change reached the branch).
    public var date: Day
    public var author: String
    /// The first line of the commit message.
    public var subject: String

    public init(sha: String, date: Day, author: String, subject: String) {
        self.sha = sha
        self.date = date
        self.author = author
        self.subject = subject
    }

    /// The abbreviated id git users recognise (seven hex digits).
    public var shortSHA: String { String(sha.prefix(7)) }

    enum CodingKeys: String, CodingKey {
        case sha, date, author, subject
        case shortSHA = "short_sha"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        sha = try container.decode(String.self, forKey: .sha)
        date = try container.decode(Day.self, forKey: .date)
        author = try container.decode(String.self, forKey: .author)
        subject = try container.decode(String.self, forKey: .subject)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sha, forKey: .sha)
        try container.encode(shortSHA, forKey: .shortSHA)
        try container.encode(date, forKey: .date)
        try container.encode(author, forKey: .author)
        try container.encode(subject, forKey: .subject)
    }
}
