import ScrumsellBase

/// A measurable target of an objective, computed from the deals that link the objective.
public struct Measure: Sendable, Hashable, Codable {
    public enum Metric: String, Sendable, Codable, CaseIterable {
        case wonValue = "won_value"
        case wonDeals = "won_deals"
        case pipelineValue = "pipeline_value"
        case openDeals = "open_deals"
    }

    public var metric: Metric
    public var target: Double
    public var by: Day?
    public var location: SourceLocation

    public static let knownKeys = ["metric", "target", "by"]

    public init(metric: Metric, target: Double, by: Day?, location: SourceLocation) {
        self.metric = metric
        self.target = target
        self.by = by
        self.location = location
    }
}
