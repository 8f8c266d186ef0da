import ScrumsellBase

/// A step of the sales process: a deal leaves it only when its exit tasks are done.
public struct Stage: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    /// Win probability in percent, 0–100.
    public var probability: Double
    /// Tasks that must be done before a deal moves past this stage.
    public var exit: [String]
    /// `stale_after_days` on the stage: overrides the workspace's for deals in it.
    public var staleAfterDays: Int?
    /// `forecast:`: the forecast category of the stage's open deals (a deal's own `forecast:` overrides it).
    public var forecast: ForecastCategory = .stageDefault
    public var location: SourceLocation

    public static let knownKeys = ["id", "name", "probability", "exit", "stale_after_days", "forecast"]

    public init(id: String, name: String, probability: Double, exit: [String], staleAfterDays: Int? = nil,
                forecast: ForecastCategory = .stageDefault, location: SourceLocation) {
        self.id = id
        self.name = name
        self.probability = probability
        self.exit = exit
        self.staleAfterDays = staleAfterDays
        self.forecast = forecast
        self.location = location
    }
}
