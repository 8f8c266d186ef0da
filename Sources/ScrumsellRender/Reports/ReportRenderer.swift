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
        case (_, .json): return nil
        case (.board, .obsidian): return BoardPresenter.obsidianTemplate
        default: return "\(report.kind).md.mustache"
        }
    }

    /// The report as text. `obsidian` applies to the board; other reports render Markdown for it.
    public func render(_ report: Report, as format: ReportFormat = .markdown) throws(TemplateError) -> String {
        guard let template = ReportRenderer.templateName(for: report, format: format) else {
            return ReportJSONRenderer.render(report, workspace: workspaceName, unreadableFiles: unreadableFiles)
        }
        let text = try library.render(template, values: values(report))
        // The Obsidian board ends with the Kanban plugin's settings block: nothing may follow it.
        guard format != .obsidian, let note = ReportRenderer.unreadableNote(unreadableFiles) else { return text }
        return text + "\n> \(note)\n"
    }

    /// The line a report carries when files could not be read; `nil` when all were.
    public static func unreadableNote(_ count: Int) -> String? {
        guard count > 0 else { return nil }
        return "\(ReportFormatter.plural(count, "file")) could not be read and \(count == 1 ? "is" : "are") left out of this report: run `scrumsell check`."
    }

    /// The values a report's templates see.
    public func values(_ report: Report) -> TemplateValue {
        switch report {
        case .board(let board): return .object(BoardPresenter.values(board, workspace: workspaceName))
        case .retrospective(let retro): return .object(RetrospectivePresenter.values(retro, workspace: workspaceName))
        case .weekly(let weekly): return .object(WeeklyReportPresenter.values(weekly, workspace: workspaceName))
        case .standup(let standup): return .object(StandupPresenter.values(standup, workspace: workspaceName))
        }
    }
}
