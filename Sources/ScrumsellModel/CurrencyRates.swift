/// `rates:` in `scrumsell.yml`: the value of one unit of each other currency in the workspace
/// currency (`rates: {USD: 0.92, GBP: 1.16}`).
///
/// Every total converts through it; an amount in a currency without a rate has no converted
/// value and is left out of totals (never added unconverted).
public struct CurrencyRates: Sendable, Codable, Equatable {
    /// The workspace currency, as `scrumsell.yml` names it.
    public var base: String
    /// Upper-cased currency code → value of one unit in `base`.
    public var rates: [String: Double]

    public init(base: String, rates: [String: Double] = [:]) {
        self.base = base
        self.rates = Dictionary(rates.map { ($0.key.uppercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether amounts in `currency` can be counted (no currency means the workspace's).
    public func canConvert(_ currency: String?) -> Bool { factor(currency) != nil }

    /// `amount` in the workspace currency, or `nil` when `currency` has no rate.
    public func convert(_ amount: Double, from currency: String?) -> Double? {
        factor(currency).map { amount * $0 }
    }

    private func factor(_ currency: String?) -> Double? {
        guard let currency, !currency.isEmpty else { return 1 }
        let code = currency.uppercased()
        if code == base.uppercased() { return 1 }
        return rates[code]
    }
}
