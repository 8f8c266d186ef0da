import ScrumsellModel

/// The open pipeline by sales stage: deals, value and weighted value per stage, in the
/// order of the sales process, and the total.
public struct PipelineByStage: Sendable, Codable, Equatable {
    public struct Row: Sendable, Codable, Equatable {
        public var stage: String
        public var name: String
        /// Percent; `nil` for a stage the configuration does not define.
        public var probability: Double?
        public var deals: Int
        public var value: Double
        public var weighted: Double
    }

    /// Every configured stage (also those with no deal), then any unknown stage deals name.
    public var stages: [Row]
    public var total: Row
    /// Open deals left out of every row because their currency has no rate; `nil` when none is.
    public var leftOut: [CurrencyLeftOut]?

    public static func build(_ deals: [Deal], config: WorkspaceConfig) -> PipelineByStage {
        // Each stage's sums, gathered in one pass over the deals (added in deal order, as before).
        // Values are converted into the workspace currency; a deal whose currency has no rate is left out.
        let rates = config.currencyRates
        var sums: [String: (deals: Int, value: Double, weighted: Double)] = [:]
        var leftOut = CurrencyLeftOut.Tally()
        func add(_ value: Double, of deal: Deal, to sum: inout (deals: Int, value: Double, weighted: Double)) {
            sum.deals += 1
            sum.value += value
            sum.weighted += value * deal.effectiveProbability(in: config) / 100
        }
        for deal in deals where deal.isOpen {
            guard let value = deal.convertedValue(rates) else {
                leftOut.add(deal, config: config)
                continue
            }
            add(value, of: deal, to: &sums[deal.stage, default: (0, 0, 0)])  // one look-up a deal
        }
        func row(_ id: String, name: String, probability: Double?) -> Row {
            let sum = sums[id] ?? (0, 0, 0)
            return Row(stage: id, name: name, probability: probability, deals: sum.deals, value: sum.value, weighted: sum.weighted)
        }
        var rows = config.stages.map { row($0.id, name: $0.name, probability: $0.probability) }
        let unknown = Set(sums.keys).subtracting(config.stages.map(\.id)).sorted()
        rows += unknown.map { row($0, name: $0, probability: nil) }
        let total = Row(stage: "total", name: "Total", probability: nil, deals: rows.reduce(0) { $0 + $1.deals },
                        value: rows.reduce(0) { $0 + $1.value }, weighted: rows.reduce(0) { $0 + $1.weighted })
        return PipelineByStage(stages: rows, total: total, leftOut: leftOut.leftOut)
    }
}
