import ScrumsellAnalyse

/// The fields of a row of `scrumsell deals`, in the order of the CSV's columns; the same
/// snake_case names are the keys of each JSON row.
public enum DealListColumns {
    public static let table = TableColumns<DealRow>([
        ("id", { .text($0.id) }),
        ("account", { .text($0.account) }),
        ("title", { .text($0.title) }),
        ("owner", { .text($0.owner) }),
        ("owner_name", { .text($0.ownerName) }),
        ("stage", { .text($0.stage) }),
        ("value", { .number($0.value) }),
        ("currency", { .text($0.currency) }),
        ("converted_value", { .number($0.convertedValue) }),
        ("probability", { .number($0.probability) }),
        ("weighted_value", { .number($0.weightedValue) }),
        ("decision_date", { .day($0.decisionDate) }),
        ("days_to_decision", { .integer($0.daysToDecision) }),
        ("last_contact", { .day($0.lastContact) }),
        ("days_silent", { .integer($0.daysSilent) }),
        ("open_next_steps", { .integer($0.openNextSteps) }),
        ("buyer_next_step", { .flag($0.buyerNextStep) }),
        ("buying_step", { .text($0.buyingStep) }),
        ("fit", { .integer($0.fit) }),
        ("touches", { .integer($0.touches) }),
        ("outcome", { .text($0.outcome.rawValue) }),
        ("closed", { .day($0.closed) }),
        ("flags", { .list($0.flags.map(\.rawValue)) }),
        ("path", { .text($0.path) }),
    ])
}

/// The JSON of `scrumsell deals`: the envelope, the choices made, the rows and the totals.
package struct DealListJSON: Encodable {
    var list: DealList

    package init(list: DealList) { self.list = list }

    enum CodingKeys: String, CodingKey {
        case asOf, filter, outcome, sort, currency, deals, count, totalValue, totalWeighted, leftOut
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(list.asOf, forKey: .asOf)
        try container.encode(list.filter, forKey: .filter)
        try container.encode(list.outcome.rawValue, forKey: .outcome)
        try container.encode(list.sort.rawValue, forKey: .sort)
        try container.encode(list.currency, forKey: .currency)
        try container.encode(list.rows.map(DealListColumns.table.object), forKey: .deals)
        try container.encode(list.rows.count, forKey: .count)
        try container.encode(list.totalValue, forKey: .totalValue)
        try container.encode(list.totalWeighted, forKey: .totalWeighted)
        try container.encodeIfPresent(list.leftOut, forKey: .leftOut)
    }
}
