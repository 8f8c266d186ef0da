import ScrumsellRead
import ScrumsellAnalyse

/// The fields of a row of `scrumsell items`, in the order of the CSV's columns; the same
/// snake_case names are the keys of each JSON row.
public enum ItemListColumns {
    public static let table = TableColumns<ItemRow>([
        ("location", { .text($0.location) }),
        ("path", { .text($0.path) }),
        ("line", { .integer($0.line) }),
        ("file", { .text($0.file) }),
        ("deal", { .text($0.deal) }),
        ("account", { .text($0.account) }),
        ("campaign", { .text($0.campaign) }),
        ("title", { .text($0.title) }),
        ("description", { .text($0.description) }),
        ("text", { .text($0.text) }),
        ("state", { .text($0.state.name) }),
        ("owners", { .list($0.owners) }),
        ("side", { .text($0.side.rawValue) }),
        ("due", { .day($0.due) }),
        ("done", { .day($0.done) }),
        ("points", { .number($0.points) }),
        ("sprint", { .text($0.sprint) }),
        ("section", { .text($0.section) }),
        ("kinds", { .list($0.kinds) }),
        ("overdue", { .flag($0.overdue) }),
    ])
}

/// The JSON of `scrumsell items`: the envelope, the choices made and the rows.
package struct ItemListJSON: Encodable {
    var list: ItemList

    package init(list: ItemList) { self.list = list }

    enum CodingKeys: String, CodingKey { case asOf, filter, state, dueBefore, sprint, deal, kind, items, count }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(list.asOf, forKey: .asOf)
        try container.encode(list.filter, forKey: .filter)
        try container.encodeIfPresent(list.selection.state?.rawValue, forKey: .state)
        try container.encodeIfPresent(list.selection.dueBefore, forKey: .dueBefore)
        try container.encodeIfPresent(list.selection.sprint, forKey: .sprint)
        try container.encodeIfPresent(list.selection.deal, forKey: .deal)
        try container.encodeIfPresent(list.selection.kind, forKey: .kind)
        try container.encode(list.rows.map(ItemListColumns.table.object), forKey: .items)
        try container.encode(list.rows.count, forKey: .count)
    }
}
