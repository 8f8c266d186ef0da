import ScrumsellBase
import ScrumsellGit

/// A stretch of time a deal spent open in one stage.
public struct StageStay: Sendable, Codable, Equatable {
    public var stage: String
    /// The day the deal entered the stage (for a stay reaching back past a shallow clone's
    /// horizon: the horizon, and the real day is on or before it).
    public var entered: Day
    /// The day the deal left the stage (moved on, moved back or closed); `nil` while it is still there.
    public var left: Day?
    /// Days in the stage: to `left`, or to the as-of day for the current stay.
    public var days: Int
    /// True when the deal was already in the stage where a shallow clone's history starts,
    /// so `entered` is an upper bound and `days` a lower bound.
    public var enteredBeforeHorizon: Bool
    /// The commit that moved the deal into the stage; `nil` for uncommitted edits or a stay reaching past the horizon.
    public var commit: CommitInfo?

    public init(stage: String, entered: Day, left: Day? = nil, days: Int, enteredBeforeHorizon: Bool = false, commit: CommitInfo? = nil) {
        self.stage = stage
        self.entered = entered
        self.left = left
        self.days = days
        self.enteredBeforeHorizon = enteredBeforeHorizon
        self.commit = commit
    }

    /// True while the deal is still in the stage.
    public var isCurrent: Bool { left == nil }

    enum CodingKeys: String, CodingKey {
        case stage, entered, left, days, commit
        case enteredBeforeHorizon = "entered_before_horizon"
    }
}
