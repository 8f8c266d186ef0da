import ScrumsellRead

/// The sections of a deal file (a sales plan), by the titles the format gives them
/// (docs/format.md). Every place that names a deal section names it through this type, so a
/// title is written once.
public enum DealSection: String, CaseIterable, Sendable {
    case buyerObjectives = "Buyer objectives"
    case buyingProcess = "Buying process"
    case delivery = "Delivery"
    case backlog = "Backlog"
    case nextSteps = "Next steps"
    case exitTasks = "Exit tasks"
    case contingencies = "Contingencies"
    case log = "Log"

    /// The heading's text, as written after `## `.
    public var title: String { rawValue }
}

extension ReadScope {
    /// What the weekly report reads of a deal: its buying process and next steps (steps due,
    /// attention) and its log (the last contact).
    public static let weeklyReport = ReadScope(dealSections: [DealSection.buyingProcess, .nextSteps, .log].map(\.title))

    /// What `scrumsell deals` reads of a deal: the weekly report's sections (the buying step,
    /// next steps and overdue steps, the last contact and the touches).
    public static let dealList = weeklyReport

    /// What `scrumsell items` reads of a deal: the sections that hold items.
    public static let itemList = ReadScope(dealSections: [DealSection.buyingProcess, .backlog, .nextSteps, .exitTasks].map(\.title))
}

extension ReadScope {
    /// What `metrics` reads of a deal: its front-matter and the sections holding items (a
    /// `sprint:` item counts in its sprint's velocity); not the prose sections nor the log.
    public static let metrics = ReadScope(dealSections: [DealSection.buyingProcess, .backlog, .nextSteps, .exitTasks].map(\.title))
}
