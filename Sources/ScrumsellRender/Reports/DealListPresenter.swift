import ScrumsellAnalyse

/// Turns a `DealList` into the values of `deals.md.mustache`.
public enum DealListPresenter {
    public static let template = "deals.md.mustache"

    public static func values(_ list: DealList, workspace: String) -> [String: TemplateValue] {
        var values = ContextValues.heading(workspace: workspace, asOf: list.asOf, filter: list.filter)
        values["outcome"] = .text(list.outcome.rawValue)
        values["sort"] = .text(list.sort.rawValue)
        values["showClosed"] = .flag(list.outcome != .open)
        values["count"] = .text(ReportFormatter.plural(list.rows.count, "deal"))
        values["hasRows"] = .flag(!list.rows.isEmpty)
        values["rows"] = .list(list.rows.map { row(of: $0, currency: list.currency, showClosed: list.outcome != .open) })
        values["totalValue"] = .text(ReportFormatter.money(list.totalValue, currency: list.currency))
        values["totalWeighted"] = .text(ReportFormatter.money(list.totalWeighted, currency: list.currency))
        values["leftOut"] = ContextValues.leftOut(list.leftOut)
        values["hasLeftOut"] = .flag(list.leftOut != nil)
        return values
    }

    static func row(of row: DealRow, currency: String, showClosed: Bool) -> TemplateValue {
        let own = ContextValues.money(row.value, row.currency)
        let value: String
        if row.currency == currency.uppercased() {
            value = own
        } else {
            value = "\(own) (\(row.convertedValue.map { ReportFormatter.money($0, currency: currency) } ?? "no rate"))"
        }
        var decision = ContextValues.date(row.decisionDate)
        if let days = row.daysToDecision, row.outcome == .open {
            decision += days == 0 ? " (today)" : days > 0 ? " (in \(ReportFormatter.plural(days, "day")))" : " (\(ReportFormatter.plural(-days, "day")) ago)"
        }
        return .object([
            "id": .text(row.id), "account": .text(row.account), "title": .text(row.title ?? ContextValues.none),
            "owner": .text(row.ownerName), "stage": .text(row.stage), "value": .text(value),
            "probability": .text(ReportFormatter.percent(row.probability / 100)),
            "weighted": .text(ContextValues.money(row.weightedValue, currency)),
            "decision": .text(decision),
            "silent": .text(row.daysSilent.map { ReportFormatter.plural($0, "day") } ?? ContextValues.none),
            "steps": .text("\(row.openNextSteps)\(row.openNextSteps > 0 ? (row.buyerNextStep ? ", one the buyer's" : ", none the buyer's") : "")"),
            "buyingStep": .text(row.buyingStep ?? ContextValues.none),
            "fit": .text(row.fit.map(String.init) ?? ContextValues.none),
            "touches": .text(String(row.touches)),
            "outcome": .text(row.outcome.rawValue), "closed": .text(ContextValues.date(row.closed)),
            "flags": .text(row.flags.isEmpty ? ContextValues.none : row.flags.map(\.rawValue).joined(separator: ", ")),
            "path": .text(row.path), "showClosed": .flag(showClosed),
        ])
    }
}
