import ArgumentParser
import ScrumsellKit

/// `scrumsell show DEAL`: one deal as a page.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one deal as a page: facts, buying process, next steps, stakeholders, exit tasks, backlog, log and history.",
        discussion: "In a git repository the page ends with the deal's timeline (stage stays, decision-date and value changes); --no-history leaves it out. An unknown DEAL exits 2 with the closest ids."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The deal id.", valueName: "deal"))
    var deal: String

    @Option(help: "Output format: markdown or json.")
    var format: TextReportFormat = .markdown

    @OptionGroup var history: HistoryOptions
    @OptionGroup var output: ReportOutput

    func run() throws {
        let workspace = try global.load()
        let asOf = try global.day()
        guard let found = workspace.deal(deal) else {
            throw CommandFailure.usage("no deal '\(deal)' in the workspace" + Suggestion.didYouMeanIDs(deal, in: workspace.deals.map(\.id)))
        }
        let read: Result<HistoryReport, HistoryUnavailable>? = history.readsHistory
            ? HistoryReader.read(workspace: workspace.root, asOf: asOf).map { HistoryReport(workspace: workspace, history: $0) }
            : nil
        let timeline = (try? read?.get())?.timeline(of: found.id)
        var page = DealPage(found, config: workspace.config, asOf: asOf, timeline: timeline)
        if case .failure(let unavailable)? = read { page.historyNote = unavailable.note }
        ReportOutput.noteProblems(in: workspace)
        let library = TemplateLibrary(workspaceRoot: workspace.root)
        ReportOutput.noteRefusals(of: library)
        let text = format == .json ? DealPagePresenter.json(page, workspace: workspace)
            : try ReportOutput.rendering { () throws(TemplateError) in
                try DealPagePresenter.markdown(page, history: read, workspace: workspace, library: library)
            }
        try output.write(text)
    }
}
