import ScrumsellModel

/// Deals of one currency left out of a total because `rates:` in `scrumsell.yml` gives no
/// rate for it: values of different currencies are never added.
public struct CurrencyLeftOut: Sendable, Codable, Equatable {
    /// The upper-cased currency code.
    public var currency: String
    public var deals: Int
    /// Their value in their own currency.
    public var value: Double

    public init(currency: String, deals: Int, value: Double) {
        self.currency = currency
        self.deals = deals
        self.value = value
    }

    /// Tallies deals left out of a total, one entry per currency.
    public struct Tally: Sendable {
        private var byCurrency: [String: (deals: Int, value: Double)] = [:]

        public init() {}

        public mutating func add(_ deal: Deal, config: WorkspaceConfig) {
            add(currency: deal.currencyCode(in: config), value: deal.value ?? 0)
        }

        /// Counts one deal of `currency` (upper-cased) worth `value` in it.
        public mutating func add(currency: String, value: Double) {
            byCurrency[currency, default: (0, 0)].deals += 1
            byCurrency[currency, default: (0, 0)].value += value
        }

        public mutating func merge(_ other: Tally) {
            for (code, sum) in other.byCurrency {
                byCurrency[code, default: (0, 0)].deals += sum.deals
                byCurrency[code, default: (0, 0)].value += sum.value
            }
        }

        public var isEmpty: Bool { byCurrency.isEmpty }

        /// The entries by currency code; `nil` when no deal was left out (so a report's JSON
        /// holds no `left_out` unless one was).
        public var leftOut: [CurrencyLeftOut]? {
            byCurrency.isEmpty ? nil : byCurrency.keys.sorted().map { CurrencyLeftOut(currency: $0, deals: byCurrency[$0]!.deals, value: byCurrency[$0]!.value) }
        }
    }
}
