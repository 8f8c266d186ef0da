import ScrumsellBase
import ScrumsellModel

/// A sprint as a report heads it: team, dates, goal, and which day of it "today" is.
public struct SprintInfo: Sendable, Codable, Equatable {
    public var id: String
    public var team: String
    public var teamName: String
    public var start: Day?
    public var end: Day?
    public var goal: String?
    /// Day N of the sprint as of the report's day (clamped to the sprint), and its length M.
    public var day: Int?
    public var length: Int?
    public var isCurrent: Bool
    public var isFinished: Bool
    public var path: String

    public init(_ sprint: Sprint, config: WorkspaceConfig, asOf day: Day) {
        id = sprint.id
        team = sprint.team
        teamName = config.team(sprint.team)?.name ?? sprint.team
        start = sprint.start
        end = sprint.end
        goal = sprint.goal
        self.day = sprint.dayNumber(asOf: day)
        length = sprint.length
        isCurrent = sprint.isCurrent(asOf: day)
        isFinished = sprint.isFinished(asOf: day)
        path = sprint.path
    }
}
