import ScrumsellAnalyse

/// One of the reports `scrumsell` renders, holding its analysis.
public enum Report: Sendable {
    case board(SprintBoard)
    case retrospective(RetrospectiveSummary)
    case weekly(WeeklyReport)
    case standup(StandupAgenda)
    /// `scrumsell deals`.
    case deals(DealList)
    /// `scrumsell items`.
    case items(ItemList)
    /// `scrumsell metrics`.
    case metrics(SalesMetrics)

    /// The `kind` of the JSON document and the stem of the template's name.
    public var kind: String {
        switch self {
        case .board: return "board"
        case .retrospective: return "retro"
        case .weekly: return "report"
        case .standup: return "standup"
        case .deals: return "deals"
        case .items: return "items"
        case .metrics: return "metrics"
        }
    }
}
