/// Open pipeline against the workspace's `pipeline_target`.
public struct PipelineCoverage: Sendable, Codable, Equatable {
    public var target: Double
    public var open: Double
    /// Open ÷ target.
    public var ratio: Double
    /// How much is missing to reach the target (0 when it is reached).
    public var shortfall: Double

    package init(target: Double, open: Double, ratio: Double, shortfall: Double) {
        self.target = target
        self.open = open
        self.ratio = ratio
        self.shortfall = shortfall
    }
}
