import ArgumentParser
import ScrumsellKit

/// `scrumsell metrics [--since DATE] [--format markdown|json|csv] [--by owner]`: the sales figures of a window.
struct MetricsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "Sales metrics: win rates, average won value, cycle length, pipeline velocity, stage conversion, losses, sprint velocity.",
        discussion: "Over the deals closed from --since (default: 180 days before --as-of) to --as-of. Stage conversion and the opening day of a deal without 'opened:' come from the workspace's git history (--no-history leaves them out). Every figure is defined in docs/metrics.md; one without data is n/a with the reason."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, json, csv
    }

    enum Grouping: String, ExpressibleByArgument, CaseIterable {
        case owner
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The first day of the window (default: 180 days before --as-of).", valueName: "yyyy-mm-dd"))
    var since: String?

    @Option(help: "Output format: markdown, json or csv.")
    var format: Format = .markdown

    @Option(help: ArgumentHelp("Give the deal figures again for each owner.", valueName: "owner"))
    var by: Grouping?

    @OptionGroup var history: HistoryOptions
    @OptionGroup var output: ReportOutput

    func run() throws {
        let day = try global.day()
        let since = try since.map { try GlobalOptions.parseDay($0, option: "--since") }
        if let since, since > day { throw CommandFailure.usage("--since \(since) is after --as-of \(day)") }
        let inputs = global.inputs(scope: .metrics, readsHistory: history.readsHistory, asOf: day,
                                   preparing: format == .markdown ? [MetricsPresenter.template] : [], root: try global.root())
        let workspace = inputs.workspace
        let metrics = SalesMetrics.build(workspace, since: since, asOf: day, byOwner: by == .owner, history: inputs.history)
        switch format {
        case .csv:
            try output.emitText(MetricsCSVRenderer.render(metrics), workspace: workspace)
        case .markdown, .json:
            try output.emit(.metrics(metrics), format: format == .json ? .json : .markdown, workspace: workspace, library: inputs.templates)
        }
    }
}
