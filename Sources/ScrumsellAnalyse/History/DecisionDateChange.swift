import ScrumsellBase
import ScrumsellGit

/// A change of a deal's `decision_date`: the seeds' warning sign when it slips.
public struct DecisionDateChange: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        /// Moved later.
        case slip
        /// Moved earlier.
        case pullIn = "pull-in"
        /// Given for the first time.
        case set
        /// Taken away.
        case cleared
    }

    /// The day of the change (its commit's date).
    public var date: Day
    public var from: Day?
    public var to: Day?
    public var kind: Kind
    /// `nil` for an uncommitted edit.
    public var commit: CommitInfo?

    public init(date: Day, from: Day?, to: Day?, commit: CommitInfo? = nil) {
        self.date = date
        self.from = from
        self.to = to
        self.commit = commit
        switch (from, to) {
        case let (before?, after?): kind = after > before ? .slip : .pullIn
        case (nil, _?): kind = .set
        default: kind = .cleared
        }
    }

    /// Days the date moved: positive for a slip, negative for a pull-in, `nil` when set or cleared.
    public var days: Int? {
        guard let from, let to else { return nil }
        return from.days(to: to)
    }

    enum CodingKeys: String, CodingKey {
        case date, from, to, kind, commit, days
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(date: try container.decode(Day.self, forKey: .date), from: try container.decodeIfPresent(Day.self, forKey: .from),
                  to: try container.decodeIfPresent(Day.self, forKey: .to), commit: try container.decodeIfPresent(CommitInfo.self, forKey: .commit))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date, forKey: .date)
        try container.encodeIfPresent(from, forKey: .from)
        try container.encodeIfPresent(to, forKey: .to)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(days, forKey: .days)
        try container.encodeIfPresent(commit, forKey: .commit)
    }
}
