import ScrumsellBase
import ScrumsellModel

/// A program objective, where it stands in its review, and each measure computed from the
/// deals that name the objective (seed 004: objectives used to manage and measure).
public struct ObjectiveProgress: Sendable, Codable, Equatable {
    public struct MeasureProgress: Sendable, Codable, Equatable {
        public var metric: Measure.Metric
        public var target: Double
        public var by: Day?
        public var actual: Double
        /// Actual ÷ target (1 when the target is 0).
        public var progress: Double
        public var met: Bool
        /// The `by` date has passed and the target is not met.
        public var late: Bool
        /// Days until `by` (negative once passed).
        public var daysLeft: Int?
    }

    public var id: String
    public var title: String
    public var sponsor: String?
    public var review: Objective.Review
    public var measures: [MeasureProgress]
    /// The linked deals the figures count (after the report's filters).
    public var deals: Int
    /// Linked deals left out of the money measures because their currency has no rate; `nil` when none is.
    public var leftOut: [CurrencyLeftOut]?
    public var path: String

    /// Progress of `objective` from the deals among `deals` that link it.
    public static func build(_ objective: Objective, deals: [Deal], config: WorkspaceConfig, asOf day: Day) -> ObjectiveProgress {
        build(objective, linked: deals.filter { $0.objectives.contains(objective.id) }, config: config, asOf: day)
    }

    /// Progress of `objective` from `linked`, the deals already known to link it.
    static func build(_ objective: Objective, linked: [Deal], config: WorkspaceConfig, asOf day: Day) -> ObjectiveProgress {
        let won = linked.filter { $0.outcome == .won }
        let open = linked.filter(\.isOpen)
        // Money measures add values in the workspace currency; a deal without a rate is left out of them.
        let rates = config.currencyRates
        var leftOut = CurrencyLeftOut.Tally()
        let moneyMeasured = objective.measures.contains { $0.metric == .wonValue || $0.metric == .pipelineValue }
        func total(_ deals: [Deal]) -> Double {
            deals.reduce(0) { sum, deal in
                guard let value = deal.convertedValue(rates) else { return sum }
                return sum + value
            }
        }
        if moneyMeasured {
            for deal in won + open where deal.convertedValue(rates) == nil { leftOut.add(deal, config: config) }
        }
        let measures = objective.measures.map { measure -> MeasureProgress in
            let actual: Double
            switch measure.metric {
            case .wonValue: actual = total(won)
            case .wonDeals: actual = Double(won.count)
            case .pipelineValue: actual = total(open)
            case .openDeals: actual = Double(open.count)
            }
            let met = actual >= measure.target
            return MeasureProgress(metric: measure.metric, target: measure.target, by: measure.by, actual: actual,
                                   progress: measure.target > 0 ? actual / measure.target : 1, met: met,
                                   late: !met && (measure.by.map { $0 < day } ?? false), daysLeft: measure.by.map { day.days(to: $0) })
        }
        return ObjectiveProgress(id: objective.id, title: objective.title, sponsor: objective.sponsor, review: objective.review,
                                 measures: measures, deals: linked.count, leftOut: leftOut.leftOut, path: objective.path)
    }
}
