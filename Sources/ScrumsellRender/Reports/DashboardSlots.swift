import ScrumsellBase

/// The quarter's forecast as the dashboard shows it: won, commit and best case against the
/// quota, attainment and coverage. A slot: `build` passes none until the forecast's own values
/// exist, and the dashboard's forecast section stays empty (`DashboardPresenter.forecastValues`).
public struct DashboardForecast: Sendable, Equatable {
    public var quarter: String
    public var won: Double
    public var commit: Double
    public var bestCase: Double
    public var quota: Double?
    /// Won ÷ quota; `nil` without a quota.
    public var attainment: Double?
    /// Open pipeline ÷ what is left of the quota; `nil` without a quota.
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
}

/// A sprint's burndown as the dashboard draws it: the points remaining on each day so far,
/// against the ideal line from the committed points to zero. A slot like `DashboardForecast`.
public struct DashboardBurndown: Sendable, Equatable {
    public var sprint: String
    /// Every day of the sprint, first to last.
    public var days: [Day]
    /// Points remaining at the end of each day up to the as-of day (shorter than `days`).
    public var remaining: [Double]
    /// The ideal remaining on each of `days`.
    public var ideal: [Double]

    public init(sprint: String, days: [Day], remaining: [Double], ideal: [Double]) {
        self.sprint = sprint
        self.days = days
        self.remaining = remaining
        self.ideal = ideal
    }
}
