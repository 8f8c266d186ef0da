import ScrumsellBase
import ScrumsellAnalyse

/// The quarter's forecast as the dashboard shows it: won, commit and best case against the
/// quota, attainment and coverage, taken from the weekly report's `QuarterForecast`
/// (definitions in docs/metrics.md; `init(_:)`).
public struct DashboardForecast: Sendable, Equatable {
    public var quarter: String
    public var won: Double
    public var commit: Double
    public var bestCase: Double
    public var quota: Double?
    /// (Won + commit) ÷ quota; `nil` without a quota.
    public var attainment: Double?
    /// The quarter's open pipeline ÷ its pipeline target; `nil` without a target.
    public var coverage: Double?

    public init(quarter: String, won: Double, commit: Double, bestCase: Double, quota: Double?, attainment: Double?, coverage: Double?) {
        self.quarter = quarter
        self.won = won
        self.commit = commit
        self.bestCase = bestCase
        self.quota = quota
        self.attainment = attainment
        self.coverage = coverage
    }

    /// The dashboard's figures of a quarter's forecast.
    public init(_ quarter: QuarterForecast) {
        self.init(quarter: quarter.quarter, won: quarter.won.value, commit: quarter.commit.value, bestCase: quarter.bestCase.value,
                  quota: quarter.quota, attainment: quarter.attainment, coverage: quarter.coverage.ratio)
    }
}

/// A sprint's burndown as the dashboard draws it: the points remaining on each day so far,
/// against the ideal line from the committed points to zero. A slot like `DashboardForecast`.
public struct DashboardBurndown: Sendable, Equatable {
    public var sprint: String
    /// Each day of the sprint so far: from its first to the as-of day (or its last).
    public var days: [Day]
    /// Points remaining at the end of each of `days`.
    public var remaining: [Double]
    /// The ideal remaining on each of `days`.
    public var ideal: [Double]

    public init(sprint: String, days: [Day], remaining: [Double], ideal: [Double]) {
        self.sprint = sprint
        self.days = days
        self.remaining = remaining
        self.ideal = ideal
    }

    /// The dashboard's burndown of a board's (`SprintBoard.burndown`); `nil` when it has none.
    public init?(_ board: SprintBoard) {
        guard !board.burndown.isEmpty else { return nil }
        self.init(sprint: board.sprint.id, days: board.burndown.map(\.date), remaining: board.burndown.map(\.remaining),
                  ideal: board.burndown.map(\.ideal))
    }
}
