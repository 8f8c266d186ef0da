import ScrumsellBase
import ScrumsellModel

/// `scrumsell deals`: one row per deal the outcome and the report filters let through, in the
/// order asked, with the totals of their values in the workspace currency.
public struct DealList: Sendable, Equatable {
    /// Which deals by outcome: `open` (the default), one outcome, `closed` (every outcome but open), or `all`.
    public enum OutcomeChoice: String, Sendable, CaseIterable {
        case open, won, lost
        case noDecision = "no-decision"
        case closed, all

        public func includes(_ outcome: Outcome) -> Bool {
            switch self {
            case .open: return outcome == .open
            case .won: return outcome == .won
            case .lost: return outcome == .lost
            case .noDecision: return outcome == .noDecision
            case .closed: return outcome.isClosed
            case .all: return true
            }
        }
    }

    /// The order of the rows; ties are broken by deal id.
    public enum SortKey: String, Sendable, CaseIterable {
        /// Decision date, soonest first; deals without one last.
        case decision
        /// Value in the workspace currency, largest first; deals without a rate last.
        case value
        /// Weighted value in the workspace currency, largest first; deals without a rate last.
        case weighted
        /// Stage in the order of the sales process; unknown stages last.
        case stage
        /// Days since the last contact, longest first; deals with no contact recorded first of all.
        case silent
        /// Owner id.
        case owner
        /// Account name.
        case account
    }

    public var asOf: Day
    public var filter: ReportFilter
    public var outcome: OutcomeChoice
    public var sort: SortKey
    /// The workspace currency, that `convertedValue` and the totals are in.
    public var currency: String
    public var rows: [DealRow]
    /// The sum of the rows' converted values and weighted values (rows without a rate left out).
    public var totalValue: Double
    public var totalWeighted: Double
    /// Rows left out of the totals because their currency has no rate; `nil` when none is.
    public var leftOut: [CurrencyLeftOut]?

    public static func build(_ workspace: Workspace, asOf day: Day, outcome: OutcomeChoice = .open, sort: SortKey = .decision,
                             filter: ReportFilter = ReportFilter()) -> DealList {
        let config = workspace.config
        let rates = config.currencyRates
        let deals = workspace.deals.filter { outcome.includes($0.outcome) && (filter.isEmpty || filter.includes($0, in: config)) }
        var rows = deals.parallelMap { DealRow($0, in: workspace, rates: rates, asOf: day) }
        rows.sort(by: order(sort, config: config))
        var totalValue = 0.0, totalWeighted = 0.0
        var leftOut = CurrencyLeftOut.Tally()
        for row in rows {
            if let value = row.convertedValue, let weighted = row.weightedValue {
                totalValue += value
                totalWeighted += weighted
            } else {
                leftOut.add(currency: row.currency, value: row.value ?? 0)
            }
        }
        return DealList(asOf: day, filter: filter, outcome: outcome, sort: sort, currency: config.currency, rows: rows,
                        totalValue: totalValue, totalWeighted: totalWeighted, leftOut: leftOut.leftOut)
    }

    /// The comparison of `key`, ties broken by id.
    static func order(_ key: SortKey, config: WorkspaceConfig) -> (DealRow, DealRow) -> Bool {
        func ascending<T: Comparable>(_ a: T?, _ b: T?, _ left: DealRow, _ right: DealRow) -> Bool {
            switch (a, b) {
            case let (a?, b?) where a != b: return a < b
            case (.some, nil): return true
            case (nil, .some): return false
            default: return left.id < right.id
            }
        }
        switch key {
        case .decision: return { ascending($0.decisionDate, $1.decisionDate, $0, $1) }
        case .value: return { ascending($0.convertedValue.map { -$0 }, $1.convertedValue.map { -$0 }, $0, $1) }
        case .weighted: return { ascending($0.weightedValue.map { -$0 }, $1.weightedValue.map { -$0 }, $0, $1) }
        case .stage: return { ascending(config.stageIndex($0.stage), config.stageIndex($1.stage), $0, $1) }
        case .silent: return { ascending(-($0.daysSilent ?? Int.max), -($1.daysSilent ?? Int.max), $0, $1) }
        case .owner: return { ascending($0.owner, $1.owner, $0, $1) }
        case .account: return { ascending($0.account, $1.account, $0, $1) }
        }
    }
}
