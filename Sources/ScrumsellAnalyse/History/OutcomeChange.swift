import ScrumsellBase
import ScrumsellModel
import ScrumsellGit

/// A change of a deal's `outcome`: won, lost, no decision, or reopened.
public struct OutcomeChange: Sendable, Codable, Equatable {
    public var date: Day
    public var from: Outcome
    public var to: Outcome
    /// `nil` for an uncommitted edit.
    public var commit: CommitInfo?

    public init(date: Day, from: Outcome, to: Outcome, commit: CommitInfo? = nil) {
        self.date = date
        self.from = from
        self.to = to
        self.commit = commit
    }
}
