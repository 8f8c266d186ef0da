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

    @Flag(name: .customLong("as-is"), help: "With --week for a past week: report today's files under that week instead of reading them from git.")
    var asIs = false

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
        if let isoWeek, !asIs, isoWeek.sunday < ISOWeek(containing: day).monday {
            try reportPastWeek(isoWeek, day: day, format: format)
            return
        }
        // The report reads only the deal sections it shows: most of each file is never parsed.
        let inputs = global.inputs(scope: .weeklyReport, readsHistory: history.readsHistory, asOf: day,
                                   preparing: format == .markdown ? [WeeklyReportPresenter.template] : [], root: try global.root())
        let workspace = inputs.workspace.leavingOutDealsWithErrors()
        let report = WeeklyReport.build(workspace, asOf: day, week: isoWeek, filter: try filters.filter(in: workspace),
                                        history: inputs.history)
        try output.emit(.weekly(report), format: format, workspace: workspace, library: inputs.templates)
    }

    /// A week that ended before the week of `--as-of`: the workspace as git had it at the end of
    /// its Sunday, counted as of that Sunday unless `--as-of` is given.
    private func reportPastWeek(_ week: ISOWeek, day: Day, format: ReportFormat) throws {
        let root = try global.root()
        let past: PastWorkspace
        switch PastWorkspace.read(workspace: root, endOf: week.sunday) {
        case .success(let read): past = read
        case .failure(let unavailable):
            let why = unavailable.note.replacingOccurrences(of: "History is left out: ", with: "")
            throw CommandFailure.usage("cannot report \(week) as it stood: \(why.hasSuffix(".") ? String(why.dropLast()) : why); --as-is reports today's files under that week")
        }
        defer { past.remove() }
        let asOf = global.asOf == nil ? week.sunday : day
        let inputs = global.inputs(scope: .weeklyReport, readsHistory: false, asOf: asOf,
                                   preparing: format == .markdown ? [WeeklyReportPresenter.template] : [], root: past.folder)
        let workspace = inputs.workspace
        let history = history.readsHistory ? HistoryReader.read(workspace: root, asOf: asOf) : nil
        var report = WeeklyReport.build(workspace, asOf: asOf, week: week, filter: try filters.filter(in: workspace), history: history)
        report.readFromCommit = past.commit
        try output.emit(.weekly(report), format: format, workspace: workspace, library: inputs.templates)
    }
}
