import ScrumsellBase
import ScrumsellModel

/// One fiscal quarter's forecast: what is won in it, the open deals deciding in it by forecast
/// category, attainment against the quota and coverage of the pipeline target
/// (definitions in docs/metrics.md).
public struct QuarterForecast: Sendable, Codable, Equatable {
    /// A number of deals and their value; `weighted` (value × probability) for open deals only.
    public struct Tally: Sendable, Codable, Equatable {
        public var deals: Int
        public var value: Double
        public var weighted: Double?

        public init(deals: Int = 0, value: Double = 0, weighted: Double? = nil) {
            self.deals = deals
            self.value = value
            self.weighted = weighted
        }

        mutating func add(_ value: Double, weighted: Double? = nil) {
            deals += 1
            self.value += value
            if let weighted { self.weighted = (self.weighted ?? 0) + weighted }
        }
    }

    /// The quarter's open deals (omitted excluded) against the pipeline target.
    public struct Coverage: Sendable, Codable, Equatable {
        public var open: Double
        /// `nil` when there is no target (none set, or none for the person filtered by).
        public var target: Double?
        /// Open ÷ target; `nil` without a target.
        public var ratio: Double?
        /// Open deals (omitted excluded) without a decision date: in no quarter, listed on their own.
        public var undated: Tally

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(open, forKey: .open)
            try container.encode(target, forKey: .target)
            try container.encode(ratio, forKey: .ratio)
            try container.encode(undated, forKey: .undated)
        }

        enum CodingKeys: String, CodingKey { case open, target, ratio, undated }
    }

    /// `2026-Q4` or `FY2027-Q1`.
    public var quarter: String
    public var start: Day
    public var end: Day
    public var won: Tally
    public var commit: Tally
    public var bestCase: Tally
    public var pipeline: Tally
    public var omitted: Tally
    /// `nil` when no quota applies.
    public var quota: Double?
    /// (won + commit) ÷ quota; `nil` without a quota.
    public var attainment: Double?
    public var coverage: Coverage

    enum CodingKeys: String, CodingKey {
        case quarter, start, end, won, commit, bestCase = "best_case", pipeline, omitted, quota, attainment, coverage
    }

    /// Every key of the issue, `quota` and `attainment` `null` when no quota applies.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(quarter, forKey: .quarter)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(won, forKey: .won)
        try container.encode(commit, forKey: .commit)
        try container.encode(bestCase, forKey: .bestCase)
        try container.encode(pipeline, forKey: .pipeline)
        try container.encode(omitted, forKey: .omitted)
        try container.encode(quota, forKey: .quota)
        try container.encode(attainment, forKey: .attainment)
        try container.encode(coverage, forKey: .coverage)
    }

    /// Won plus commit: what attainment counts.
    public var committedValue: Double { won.value + commit.value }

    /// What is missing to reach the quota (0 once reached); `nil` without a quota.
    public var gap: Double? { quota.map { max(0, $0 - committedValue) } }

    /// The forecast of `quarter` over `deals`, which all convert (see `Forecast.build`).
    static func build(_ quarter: FiscalQuarter, deals: [(deal: Deal, value: Double)], config: WorkspaceConfig,
                      quota: Double?, target: Double?, undated: Tally) -> QuarterForecast {
        var won = Tally(), byCategory: [ForecastCategory: Tally] = [:]
        for (deal, value) in deals {
            switch deal.outcome {
            case .won:
                if let closed = deal.closed, quarter.contains(closed) { won.add(value) }
            case .open:
                guard let date = deal.decisionDate, quarter.contains(date) else { continue }
                byCategory[deal.forecastCategory(in: config), default: Tally(weighted: 0)]
                    .add(value, weighted: value * deal.effectiveProbability(in: config) / 100)
            case .lost, .noDecision:
                continue
            }
        }
        func tally(_ category: ForecastCategory) -> Tally { byCategory[category] ?? Tally(weighted: 0) }
        let open = tally(.commit).value + tally(.bestCase).value + tally(.pipeline).value
        let usableQuota = quota.flatMap { $0 > 0 ? $0 : nil }, usableTarget = target.flatMap { $0 > 0 ? $0 : nil }
        return QuarterForecast(
            quarter: quarter.description, start: quarter.start, end: quarter.end, won: won,
            commit: tally(.commit), bestCase: tally(.bestCase), pipeline: tally(.pipeline), omitted: tally(.omitted),
            quota: usableQuota, attainment: usableQuota.map { (won.value + tally(.commit).value) / $0 },
            coverage: Coverage(open: open, target: usableTarget, ratio: usableTarget.map { open / $0 }, undated: undated))
    }
}
