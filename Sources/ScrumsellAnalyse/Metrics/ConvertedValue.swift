import ScrumsellModel

extension Deal {
    /// The deal's value in the workspace currency through `rates:` (no value counts 0), or
    /// `nil` when its currency has no rate: such a deal is left out of every figure.
    public func convertedValue(in config: WorkspaceConfig) -> Double? {
        config.currencyRates.convert(self.value ?? 0, from: self.currency)
    }
}
