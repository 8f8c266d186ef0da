import ScrumsellAnalyse

/// Turns an `ItemList` into the values of `items.md.mustache`.
public enum ItemListPresenter {
    public static let template = "items.md.mustache"

    public static func values(_ list: ItemList, workspace: String) -> [String: TemplateValue] {
        var values = ContextValues.heading(workspace: workspace, asOf: list.asOf, filter: list.filter)
        let selection = list.selection
        let chosen = [selection.state.map { "state \($0.rawValue)" }, selection.dueBefore.map { "due before \($0)" },
                      selection.sprint.map { "sprint \($0)" }, selection.deal.map { "deal \($0)" }, selection.kind.map { "#\($0)" }].compactMap { $0 }
        values["hasSelection"] = .flag(!chosen.isEmpty)
        values["selection"] = .text(chosen.joined(separator: ", "))
        values["count"] = .text(ReportFormatter.plural(list.rows.count, "item"))
        values["hasRows"] = .flag(!list.rows.isEmpty)
        values["rows"] = .list(list.rows.map { row in
            .object([
                "location": .text(row.location), "title": .text(row.title),
                "about": .text(row.account ?? row.campaign ?? row.deal ?? ContextValues.none),
                "state": .text(ItemListColumns.stateName(row.state)),
                "owners": .text(row.owners.isEmpty ? ContextValues.none : row.owners.map { "@" + $0 }.joined(separator: " ")),
                "side": .text(row.side == .buyer ? "buyer's" : row.side.rawValue),
                "due": .text(ContextValues.date(row.due)), "overdue": .flag(row.overdue),
                "done": .text(ContextValues.date(row.done)), "points": .text(ContextValues.points(row.points)),
                "sprint": .text(row.sprint ?? ContextValues.none), "section": .text(row.section),
            ])
        })
        return values
    }
}
