/// The pieces every report presenter turns into template values: people, cards, deals,
/// dates and filters, each as plain strings (the templates own all Markdown syntax).
///
/// Every dictionary a presenter builds sets every key its template reads, so a missing
/// value never falls through to a key of the same name in an enclosing context.
enum ContextValues {
    /// Shown where a value is missing.
    static let none = "–"

    static func date(_ day: Day?) -> String { day?.description ?? none }

    static func points(_ points: Double?) -> String { points.map(ReportFormatter.number) ?? none }

    static func money(_ amount: Double?, _ currency: String) -> String { amount.map { ReportFormatter.money($0, currency: currency) } ?? none }

    static func percent(_ ratio: Double?) -> String { ratio.map(ReportFormatter.percent) ?? none }

    /// `Sofia Brandt`, `Ingrid van Dam (buyer)`; `–` for nobody.
    static func people(_ people: [PersonRef]) -> String {
        people.isEmpty ? none : people.map(person).joined(separator: ", ")
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

    static func card(_ card: BoardCard) -> [String: Any] {
        [
            "text": card.text,
            "subject": subject(card.subject),
            "hasSubject": card.subject != nil,
            "owners": people(card.owners),
            "ownerIDs": card.owners.map { "@" + $0.id }.joined(separator: " "),
            "due": date(card.due),
            "done": date(card.done),
            "hasDue": card.due != nil,
            // What the lane's date column shows: the done date on done cards, the due date otherwise.
            "when": card.state == .done ? date(card.done ?? card.due) : date(card.due),
            "points": points(card.points),
            "hasPoints": card.points != nil,
            "pointsLabel": card.points.map { ReportFormatter.number($0) + ($0 == 1 ? " pt" : " pts") } ?? "",
            "overdue": card.overdue,
            "daysOverdue": card.daysOverdue.map { ReportFormatter.plural($0, "day") } ?? "",
            "lane": laneTitle(card.state).lowercased(),
            "isDone": card.state == .done,
            "isDropped": card.state == .dropped,
            "kinds": card.kinds.map { "#" + $0 }.joined(separator: " "),
            "source": "\(card.source.path):\(card.source.line)",
            "checkbox": card.state == .done ? "x" : " ",
            "kanbanMeta": kanbanMeta(card),
        ]
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

    static func cards(_ cards: [BoardCard]) -> [[String: Any]] { cards.map(card) }

    static func deal(_ deal: DealSummary) -> [String: Any] {
        [
            "id": deal.id,
            "account": deal.account,
            "title": deal.title ?? none,
            "owner": person(deal.owner),
            "stage": deal.stage,
            "value": money(deal.value, deal.currency),
            "weighted": ReportFormatter.money(deal.weightedValue, currency: deal.currency),
            "probability": ReportFormatter.percent(deal.probability / 100),
            "decisionDate": date(deal.decisionDate),
            "consequence": deal.consequence ?? none,
            "hasConsequence": deal.consequence != nil,
            "campaign": deal.campaign ?? none,
            "path": deal.path,
        ]
    }

    static func closedDeal(_ closed: ClosedDeal) -> [String: Any] {
        var values = deal(closed.deal)
        values["closed"] = date(closed.closed)
        values["lostTo"] = closed.lostTo ?? "nobody named"
        values["lostReason"] = closed.lostReason ?? none
        values["followUp"] = date(closed.followUp)
        values["outcome"] = closed.outcome.rawValue
        return values
    }

    /// `owner sofia, campaign logistics-fleet`; empty for no filter.
    static func filter(_ filter: ReportFilter) -> String {
        [("owner", filter.owner), ("team", filter.team), ("campaign", filter.campaign), ("stage", filter.stage)]
            .compactMap { name, value in value.map { "\(name) \($0)" } }.joined(separator: ", ")
    }

    /// The keys every report's heading uses.
    static func heading(workspace: String, asOf day: Day, filter: ReportFilter) -> [String: Any] {
        ["workspace": workspace, "asOf": day.description, "asOfLong": ReportFormatter.dayWithWeekday(day),
         "hasFilter": !filter.isEmpty, "filter": self.filter(filter)]
    }

    static func scrumLine(_ line: ScrumLine) -> [String: Any] {
        ["date": line.date.description, "kind": line.kind.rawValue, "text": line.text, "who": people(line.who),
         "hasWho": !line.who.isEmpty]
    }
}
