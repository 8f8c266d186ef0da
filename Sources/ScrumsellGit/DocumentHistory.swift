/// Every version of one workspace file, renames followed, oldest first.
public struct DocumentHistory<Snapshot: Sendable & Codable & Equatable>: Sendable, Codable {
    /// The file's path in the workspace now.
    public var path: String
    /// Oldest first; the working copy, when it differs from the last commit, is the last one.
    public var versions: [DocumentVersion<Snapshot>]
    /// True when the oldest version is where a shallow clone's history is cut, so the file
    /// existed before it and its first dates are "on or before".
    public var startsAtHorizon: Bool

    public init(path: String, versions: [DocumentVersion<Snapshot>], startsAtHorizon: Bool = false) {
        self.path = path
        self.versions = versions
        self.startsAtHorizon = startsAtHorizon
    }

    /// The last commit that touched the file.
    public var lastCommit: CommitInfo? { versions.last { $0.commit != nil }?.commit }

    /// True when the working copy holds edits no commit has recorded yet.
    public var hasUncommittedEdits: Bool { versions.last?.isWorkingCopy ?? false }

    enum CodingKeys: String, CodingKey {
        case path, versions
        case startsAtHorizon = "starts_at_horizon"
    }
}
