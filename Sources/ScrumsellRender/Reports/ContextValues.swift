import ScrumsellBase
import ScrumsellAnalyse

/// The pieces every report presenter turns into template values: people, cards, deals,
/// dates and filters, each as plain strings (the templates own all Markdown syntax).
///
/// Every object a presenter builds (a dictionary, or a row such as `DealValues`) has every key
/// its template reads, so a missing value never falls through to a key of the same name in an
/// enclosing context.
enum ContextValues {
    /// Shown where a value is missing.
    static let none = "–"

    static func date(_ day: Day?) -> String { day?.description ?? none }

    static func points(_ points: Double?) -> String { points.map(ReportFormatter.number) ?? none }

    static func money(_ amount: Double?, _ currency: String) -> String { amount.map { ReportFormatter.money($0, currency: currency) } ?? none }

    /// `1 deal in USD left out: no rate in scrumsell.yml`, one line per currency.
    static func leftOut(_ leftOut: [CurrencyLeftOut]?) -> TemplateValue {
        .list((leftOut ?? []).map { entry in
            ["line": .text("\(ReportFormatter.plural(entry.deals, "deal")) in \(entry.currency) left out: no rate in scrumsell.yml")]
        })
    }

    static func percent(_ ratio: Double?) -> String { ratio.map(ReportFormatter.percent) ?? none }

    /// `Sofia Brandt`, `Ingrid van Dam (buyer)`; `–` for nobody.
    static func people(_ people: [PersonRef]) -> String {
        switch people.count {
        case 0: return none
        case 1: return person(people[0])
        default: return people.map(person).joined(separator: ", ")
        }
    }

    static func person(_ person: PersonRef) -> String {
        person.side == .buyer ? "\(person.name) (buyer)" : person.name
    }

    /// A card's deal (its account) or campaign (its id).
    static func subject(_ subject: BoardCard.Subject?) -> String {
        guard let subject else { return none }
        return subject.kind == .deal ? subject.name : subject.id
    }

    static func laneTitle(_ state: BoardCard.State) -> String {
        switch state {
        case .todo: return "To do"
        case .doing: return "Doing"
        case .done: return "Done"
        case .dropped: return "Dropped"
        }
    }

    static func card(_ card: BoardCard, adding extra: KeyValuePairs<String, TemplateValue> = [:]) -> TemplateValue {
        var values: [String: TemplateValue] = [
            "text": .text(card.text),
            "subject": .text(subject(card.subject)),
            "hasSubject": .flag(card.subject != nil),
            // The deal's id when the card is about a deal: the HTML pages link it (`subjectPage`, see `HTMLValues`).
            "subjectDeal": .text(card.subject.map { $0.kind == .deal ? $0.id : "" } ?? ""),
            "owners": .text(people(card.owners)),
            "ownerIDs": .text(card.owners.map { "@" + $0.id }.joined(separator: " ")),
            "due": .text(date(card.due)),
            "done": .text(date(card.done)),
            "hasDue": .flag(card.due != nil),
            // What the lane's date column shows: the done date on done cards, the due date otherwise.
            "when": .text(card.state == .done ? date(card.done ?? card.due) : date(card.due)),
            "points": .text(points(card.points)),
            "hasPoints": .flag(card.points != nil),
            "pointsLabel": .text(card.points.map { ReportFormatter.number($0) + ($0 == 1 ? " pt" : " pts") } ?? ""),
            "overdue": .flag(card.overdue),
            "daysOverdue": .text(card.daysOverdue.map { ReportFormatter.plural($0, "day") } ?? ""),
            "lane": .text(laneTitle(card.state).lowercased()),
            "isDone": .flag(card.state == .done),
            "isDropped": .flag(card.state == .dropped),
            "kinds": .text(card.kinds.map { "#" + $0 }.joined(separator: " ")),
            "source": .text("\(card.source.path):\(card.source.line)"),
            "checkbox": .text(card.state == .done ? "x" : " "),
            "kanbanMeta": .text(kanbanMeta(card)),
        ]
        for (key, value) in extra { values[key] = value }
        return .object(values)
    }

    /// The Obsidian Kanban tokens after a card's text, escaped and ready to insert raw:
    /// ` @{2026-11-27} @joost 1 pt #list` (the plugin shows `@{date}` as the card's date and `#kind` as tags).
    static func kanbanMeta(_ card: BoardCard) -> String {
        var parts: [String] = []
        if let due = card.due { parts.append("@{\(due)}") }
        if card.overdue { parts.append("⚠ overdue") }
        parts += card.owners.map { "@" + MarkdownEscaping.escape($0.id) }
        if let points = card.points { parts.append(ReportFormatter.number(points) + (points == 1 ? " pt" : " pts")) }
        parts += card.kinds.map { "#" + MarkdownEscaping.escape($0) }
        return parts.map { " " + $0 }.joined()
    }

    static func cards(_ cards: [BoardCard]) -> TemplateValue { .list(cards.map { card($0) }) }

    /// A deal's values (`DealValues`), and `extra` ones.
    static func deal(_ deal: DealSummary, adding extra: KeyValuePairs<String, TemplateValue> = [:]) -> TemplateValue {
        extra.isEmpty ? .object(DealValues(deal: deal)) : .object(ExtendedObject(base: DealValues(deal: deal), extra: Array(extra)))
    }

    /// A closed deal's values (`ClosedDealValues`), and `extra` ones.
    static func closedDeal(_ closed: ClosedDeal, adding extra: KeyValuePairs<String, TemplateValue> = [:]) -> TemplateValue {
        extra.isEmpty ? .object(ClosedDealValues(closed: closed)) : .object(ExtendedObject(base: ClosedDealValues(closed: closed), extra: Array(extra)))
    }

    /// `owner sofia, campaign logistics-fleet`; empty for no filter.
    static func filter(_ filter: ReportFilter) -> String {
        [("owner", filter.owner), ("team", filter.team), ("campaign", filter.campaign), ("stage", filter.stage)]
            .compactMap { name, value in value.map { "\(name) \($0)" } }.joined(separator: ", ")
    }

    /// The keys every report's heading uses.
    static func heading(workspace: String, asOf day: Day, filter: ReportFilter) -> [String: TemplateValue] {
        ["workspace": .text(workspace), "asOf": .text(day.description), "asOfLong": .text(ReportFormatter.dayWithWeekday(day)),
         "hasFilter": .flag(!filter.isEmpty), "filter": .text(self.filter(filter))]
    }

    static func scrumLine(_ line: ScrumLine) -> TemplateValue {
        ["date": .text(line.date.description), "kind": .text(line.kind.rawValue), "text": .text(line.text), "who": .text(people(line.who)),
         "hasWho": .flag(!line.who.isEmpty)]
    }
}
