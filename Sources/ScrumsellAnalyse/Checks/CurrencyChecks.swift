import ScrumsellBase
import ScrumsellModel

/// `currency-no-rate`: a deal in a currency `rates:` gives no rate for is left out of every
/// total, so the check says so where the currency is written.
enum CurrencyChecks {
    static func run(_ workspace: Workspace, _ day: Day) -> [Diagnostic] {
        let config = workspace.config
        let rates = config.currencyRates
        return workspace.deals.compactMap { deal -> Diagnostic? in
            guard let currency = deal.currency?.nilIfEmpty, !rates.canConvert(currency) else { return nil }
            let code = currency.uppercased()
            return .error("currency-no-rate", "the deal is in \(code) and scrumsell.yml gives no rate for it: it is left out of every total",
                          at: deal.location(of: "currency"),
                          hint: "add the value of one \(code) in \(config.currency) under 'rates:' in scrumsell.yml, e.g. rates: {\(code): 0.92}")
        }
    }
}
