import ScrumsellBase
import ScrumsellGit

/// A change of a deal's `value`.
public struct ValueChange: Sendable, Codable, Equatable {
    public var date: Day
    public var from: Double?
    public var to: Double?
    /// `nil` for an uncommitted edit.
    public var commit: CommitInfo?

    public init(date: Day, from: Double?, to: Double?, commit: CommitInfo? = nil) {
        self.date = date
        self.from = from
        self.to = to
        self.commit = commit
    }

    /// How much the value grew (negative when it shrank); a missing value counts as 0.
    public var amount: Double { (to ?? 0) - (from ?? 0) }
}
