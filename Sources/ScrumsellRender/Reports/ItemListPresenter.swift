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
        values["rows"] = WeeklyReportRows.list(list.rows) { ItemRowValues(rows: $0, index: $1) }
        return values
    }
}

/// A row of the item table, computed when the template reads it: a list of a whole workspace
/// runs to a couple of hundred thousand rows, each showing a dozen values.
struct ItemRowValues: TemplateObject {
    static let names = ["location", "title", "about", "state", "owners", "side", "due", "overdue", "done", "points", "sprint", "section"]

    let rows: [ItemRow]
    let index: Int

    var names: [String] { ItemRowValues.names }

    func value(forKey key: String) -> TemplateValue? {
        rows.withElement(at: index) { pointer in
            let row = pointer.pointee
            switch key {
            case "location": return .text(row.location)
            case "title": return .text(row.title)
            case "about": return .text(row.account ?? row.campaign ?? row.deal ?? ContextValues.none)
            case "state": return .text(row.state.name)
            case "owners": return .text(row.owners.isEmpty ? ContextValues.none : row.owners.map { "@" + $0 }.joined(separator: " "))
            case "side": return .text(row.side == .buyer ? "buyer's" : row.side.rawValue)
            case "due": return .text(ContextValues.date(row.due))
            case "overdue": return .flag(row.overdue)
            case "done": return .text(ContextValues.date(row.done))
            case "points": return .text(ContextValues.points(row.points))
            case "sprint": return .text(row.sprint ?? ContextValues.none)
            case "section": return .text(row.section)
            default: return nil
            }
        }
    }
}
