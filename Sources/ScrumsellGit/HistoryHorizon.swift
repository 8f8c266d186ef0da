import ScrumsellBase

/// How far back a workspace's history reaches.
public struct HistoryHorizon: Sendable, Codable, Equatable {
    /// True in a shallow clone: history older than `oldestCommit` is not in the repository.
    public var isShallow: Bool
    /// The date of the oldest commit read (in a shallow clone, where its history is cut).
    public var oldestCommit: Day?
    /// The date of the newest commit read.
    public var newestCommit: Day?
    /// The commits read that changed a deal or a campaign.
    public var commitCount: Int
    /// Commits dated after the as-of day, left out (and the working copy with them).
    public var laterCommits: Int

    public init(isShallow: Bool = false, oldestCommit: Day? = nil, newestCommit: Day? = nil, commitCount: Int = 0, laterCommits: Int = 0) {
        self.isShallow = isShallow
        self.oldestCommit = oldestCommit
        self.newestCommit = newestCommit
        self.commitCount = commitCount
        self.laterCommits = laterCommits
    }

    enum CodingKeys: String, CodingKey {
        case isShallow = "shallow"
        case oldestCommit = "oldest_commit"
        case newestCommit = "newest_commit"
        case commitCount = "commits"
        case laterCommits = "later_commits"
    }
}
