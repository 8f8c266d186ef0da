import ScrumsellBase

/// One version of a workspace file: the commit that wrote it (or the uncommitted working
/// copy) and what it said.
public struct DocumentVersion<Snapshot: Sendable & Codable & Equatable>: Sendable, Codable {
    /// The commit that wrote this version; `nil` for uncommitted edits in the working copy.
    public var commit: CommitInfo?
    /// The commit's date, or the as-of day for the working copy.
    public var date: Day
    /// The file's path in the workspace at this version (it changes when the file is renamed).
    public var path: String
    /// What the version said; `nil` when its front-matter could not be read.
    public var snapshot: Snapshot?

    public init(commit: CommitInfo?, date: Day, path: String, snapshot: Snapshot?) {
        self.commit = commit
        self.date = date
        self.path = path
        self.snapshot = snapshot
    }

    /// True for the working copy's uncommitted state.
    public var isWorkingCopy: Bool { commit == nil }
}
