import ArgumentParser
import ScrumsellKit

/// `scrumsell report [--week YYYY-Www]`: the weekly report.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The weekly report: pipeline by stage and coverage, closed deals, deals to manage, steps due, objectives, campaign results.",
        discussion: "Covers the ISO week of --as-of, or the one --week names; 'overdue' and 'gone dark' count from --as-of. In a git repository it adds what changed in the deals this week and the deals aging in their stage, read from the history (--no-history leaves them out)."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The ISO week to report on (default: the week of --as-of).", valueName: "yyyy-Www"))
    var week: String?

    @Option(help: "Output format: markdown or json.")
    var format: TextReportFormat = .markdown

    @OptionGroup var filters: FilterOptions
    @OptionGroup var history: HistoryOptions
    @OptionGroup var output: ReportOutput

    func run() throws {
        let day = try global.day()
        var isoWeek: ISOWeek?
        if let week {
            guard let parsed = ISOWeek(week) else { throw CommandFailure.usage("--week must be an ISO week written YYYY-Www, e.g. 2026-W47, got '\(week)'") }
            isoWeek = parsed
        }
        let root = try global.root()
        let history = self.history.start(root: root, asOf: day)
        // The template is parsed while the workspace loads, too.
        let format = format.format
        let templates = InBackground { () -> TemplateLibrary in
            let library = TemplateLibrary(workspaceRoot: root)
            if format == .markdown { library.prepare(WeeklyReportPresenter.template) }
            return library
        }
        // The report reads only the deal sections it shows: most of each file is never parsed.
        let workspace = global.load(root: root, scope: .weeklyReport)
        let report = WeeklyReport.build(workspace, asOf: day, week: isoWeek, filter: try filters.filter(in: workspace),
                                        history: history.value())
        try output.emit(.weekly(report), format: format, workspace: workspace, library: templates.value())
    }
}
