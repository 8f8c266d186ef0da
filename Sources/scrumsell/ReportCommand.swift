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

    @Option(help: "Output format: markdown, json or html (one complete page).")
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
        let format = format.format
        // The report reads only the deal sections it shows: most of each file is never parsed.
        let inputs = global.inputs(scope: .weeklyReport, readsHistory: history.readsHistory, asOf: day,
                                   preparing: format == .markdown ? [WeeklyReportPresenter.template] : [], root: try global.root())
        let workspace = inputs.workspace.leavingOutDealsWithErrors()
        let report = WeeklyReport.build(workspace, asOf: day, week: isoWeek, filter: try filters.filter(in: workspace),
                                        history: inputs.history)
        try output.emit(.weekly(report), format: format, workspace: workspace, library: inputs.templates)
    }
}
