import ScrumsellBase
/// Renders reports with a template library: Markdown (and the Obsidian board) through the
/// templates, JSON from the analysis values.
public struct ReportRenderer: Sendable {
    public var library: TemplateLibrary
    /// The workspace's name, shown in every heading.
    public var workspaceName: String
    /// How many of the workspace's files could not be read (they have errors): every report
    /// says so in its own output, since the deals among them are left out of its figures.
    public var unreadableFiles = 0

    public init(library: TemplateLibrary, workspaceName: String) {
        self.library = library
        self.workspaceName = workspaceName
    }

    /// The template a report renders with in a format (`nil` for JSON).
    public static func templateName(for report: Report, format: ReportFormat) -> String? {
        switch (report, format) {
        case (_, .json), (.deals, .csv), (.items, .csv): return nil
        case (.board, .obsidian): return BoardPresenter.obsidianTemplate
        case (_, .html): return "\(report.kind).html.mustache"
        default: return "\(report.kind).md.mustache"
        }
    }

    /// The report as text. `obsidian` applies to the board and `csv` to the deal and item lists;
    /// other reports render Markdown for them. `html` is one complete page whose links are
    /// relative to `root` (the site's top folder, see `HTMLPage`).
    public func render(_ report: Report, as format: ReportFormat = .markdown, root: String = "") throws(TemplateError) -> String {
        switch (report, format) {
        case (.deals(let list), .csv): return DealListColumns.table.csv(list.rows)
        case (.items(let list), .csv): return ItemListColumns.table.csv(list.rows)
        default: break
        }
        guard let template = ReportRenderer.templateName(for: report, format: format) else {
            return ReportJSONRenderer.render(report, workspace: workspaceName, unreadableFiles: unreadableFiles)
        }
        let note = ReportRenderer.unreadableNote(unreadableFiles)
        if format == .html {
            var values = dictionary(report)
            if case .board(let board) = report { values.merge(BoardPresenter.htmlValues(board)) { _, html in html } }
            return try HTMLPage.render(template, values: values, title: ReportRenderer.title(report), workspace: workspaceName,
                                       asOf: ReportRenderer.asOf(report), root: root, note: note, library: library)
        }
        let text = try library.render(template, values: values(report))
        // The Obsidian board ends with the Kanban plugin's settings block: nothing may follow it.
        guard format != .obsidian, let note else { return text }
        return text + "\n> \(note)\n"
    }

    /// The line a report carries when files could not be read; `nil` when all were.
    public static func unreadableNote(_ count: Int) -> String? {
        guard count > 0 else { return nil }
        return "\(ReportFormatter.plural(count, "file")) could not be read and \(count == 1 ? "is" : "are") left out of this report: run `scrumsell check`."
    }

    /// The values a report's templates see.
    public func values(_ report: Report) -> TemplateValue { .object(dictionary(report)) }

    func dictionary(_ report: Report) -> [String: TemplateValue] {
        switch report {
        case .board(let board): return BoardPresenter.values(board, workspace: workspaceName)
        case .retrospective(let retro): return RetrospectivePresenter.values(retro, workspace: workspaceName)
        case .weekly(let weekly): return WeeklyReportPresenter.values(weekly, workspace: workspaceName)
        case .standup(let standup): return StandupPresenter.values(standup, workspace: workspaceName)
        case .deals(let list): return DealListPresenter.values(list, workspace: workspaceName)
        case .items(let list): return ItemListPresenter.values(list, workspace: workspaceName)
        case .metrics(let metrics): return MetricsPresenter.values(metrics, workspace: workspaceName)
        }
    }

    /// A report's title, as its page heading says it.
    public static func title(_ report: Report) -> String {
        switch report {
        case .board(let board): return "Sprint board: \(board.sprint.id), \(board.sprint.teamName)"
        case .retrospective(let retro): return "Retrospective: \(retro.sprint.id), \(retro.sprint.teamName)"
        case .weekly(let weekly): return "Weekly report: \(weekly.week)"
        case .standup(let standup): return "Stand-up: \(ReportFormatter.dayWithWeekday(standup.asOf))"
        case .deals: return "Deals"
        case .items: return "Items"
        case .metrics: return "Sales metrics"
        }
    }

    static func asOf(_ report: Report) -> Day {
        switch report {
        case .board(let board): return board.asOf
        case .retrospective(let retro): return retro.asOf
        case .weekly(let weekly): return weekly.asOf
        case .standup(let standup): return standup.asOf
        case .deals(let list): return list.asOf
        case .items(let list): return list.asOf
        case .metrics(let metrics): return metrics.asOf
        }
    }
}
