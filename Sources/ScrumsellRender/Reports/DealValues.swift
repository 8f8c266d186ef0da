import ScrumsellAnalyse

/// The template values of a deal, computed when a template reads them: `id`, `account`,
/// `title`, `owner`, `stage`, `value`, `weighted`, `probability`, `decisionDate`,
/// `consequence`, `hasConsequence`, `campaign`, `path`, and `page` (its HTML page, `deals/ID.html`).
///
/// Reports list deals by the thousand and each template shows a few of these per row,
/// so none is formatted before it is shown.
struct DealValues: TemplateObject {
    static let names = ["id", "account", "title", "owner", "stage", "value", "weighted", "probability",
                        "decisionDate", "consequence", "hasConsequence", "campaign", "path", "page"]

    var deal: DealSummary

    func value(forKey key: String) -> TemplateValue? { DealValues.value(of: deal, forKey: key) }

    var names: [String] { DealValues.names }

    @inline(__always)  // into the table rows, which read the deal in place
    static func value(of deal: DealSummary, forKey key: String) -> TemplateValue? {
        switch key {
        case "id": return .text(deal.id)
        case "account": return .text(deal.account)
        case "title": return .text(deal.title ?? ContextValues.none)
        case "owner": return .text(ContextValues.person(deal.owner))
        case "stage": return .text(deal.stage)
        case "value":
            // A deal in another currency shows its own value and, beside it, the converted one.
            let own = ContextValues.money(deal.value, deal.currency)
            guard let converted = deal.convertedValue, let currency = deal.convertedCurrency else { return .text(own) }
            return .text("\(own) (\(ReportFormatter.money(converted, currency: currency)))")
        case "weighted": return .text(ReportFormatter.money(deal.weightedValue, currency: deal.currency))
        case "probability": return .text(ReportFormatter.percent(deal.probability / 100))
        case "decisionDate": return .text(ContextValues.date(deal.decisionDate))
        case "consequence": return .text(deal.consequence ?? ContextValues.none)
        case "hasConsequence": return .flag(deal.consequence != nil)
        case "campaign": return .text(deal.campaign ?? ContextValues.none)
        case "path": return .text(deal.path)
        case "page": return .text(HTMLPage.dealPage(deal.id))
        default: return nil
        }
    }
}

/// A closed deal's values: the deal's, and `closed`, `lostTo`, `lostReason`, `followUp`, `outcome`.
struct ClosedDealValues: TemplateObject {
    static let names = DealValues.names + ["closed", "lostTo", "lostReason", "followUp", "outcome"]

    var closed: ClosedDeal

    var names: [String] { ClosedDealValues.names }

    func value(forKey key: String) -> TemplateValue? { ClosedDealValues.value(of: closed, forKey: key) }

    @inline(__always)
    static func value(of closed: ClosedDeal, forKey key: String) -> TemplateValue? {
        switch key {
        case "closed": return .text(ContextValues.date(closed.closed))
        case "lostTo": return .text(closed.lostTo ?? "nobody named")
        case "lostReason": return .text(closed.lostReason ?? ContextValues.none)
        case "followUp": return .text(ContextValues.date(closed.followUp))
        case "outcome": return .text(closed.outcome.rawValue)
        default: return DealValues.value(of: closed.deal, forKey: key)
        }
    }
}
