import ScrumsellBase
import ScrumsellModel
import ScrumsellGit

/// A deal moving from one stage to another.
public struct StageChange: Sendable, Codable, Equatable {
    /// Which way along the workspace's stages a deal moved.
    public enum Direction: String, Sendable, Codable {
        case advanced
        case movedBack = "moved-back"
        /// One of the stages is not (or no longer) a stage of the workspace.
        case unknown
    }

    public var date: Day
    public var from: String
    public var to: String
    public var direction: Direction
    /// `nil` for an uncommitted edit.
    public var commit: CommitInfo?

    public init(date: Day, from: String, to: String, direction: Direction, commit: CommitInfo? = nil) {
        self.date = date
        self.from = from
        self.to = to
        self.direction = direction
        self.commit = commit
    }

    /// The direction of a move in the stage order of `config`.
    public static func direction(from: String, to: String, in config: WorkspaceConfig) -> Direction {
        guard let before = config.stageIndex(from), let after = config.stageIndex(to) else { return .unknown }
        return after > before ? .advanced : .movedBack
    }
}
