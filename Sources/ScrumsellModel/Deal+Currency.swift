import ScrumsellRead

extension Deal {
    /// The deal's currency code as written, upper-cased; the workspace's when the deal names none.
    public func currencyCode(in config: WorkspaceConfig) -> String {
        (self.currency?.nilIfEmpty ?? config.currency).uppercased()
    }

    /// The deal's value (0 when it names none) in the workspace currency, or `nil` when
    /// `rates:` has no rate for the deal's currency: such a deal is left out of every total.
    public func convertedValue(_ rates: CurrencyRates) -> Double? {
        rates.convert(self.value ?? 0, from: self.currency?.nilIfEmpty)
    }

    /// The weighted value (value × probability) in the workspace currency; `nil` without a rate.
    public func convertedWeightedValue(_ rates: CurrencyRates, in config: WorkspaceConfig) -> Double? {
        convertedValue(rates).map { $0 * effectiveProbability(in: config) / 100 }
    }
}
