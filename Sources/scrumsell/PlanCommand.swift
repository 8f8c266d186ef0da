import ArgumentParser
import ScrumsellKit

/// `scrumsell plan DEAL`: the mutual action plan, the buyer's view of a deal.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "The mutual action plan of a deal, safe to send to the buyer: their objectives, buying process, next steps, decision and who is involved.",
        discussion: "Leaves out everything internal: value, probability, forecast, stage, rapport notes, the Log, the backlog, delivery, exit tasks, contingencies, and every item or heading the deal marks internal (#internal, or a heading ending in '(internal)')."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, html
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The deal id (its file name without .md).", valueName: "deal"))
    var deal: String

    @Option(help: "Output format: markdown or html (one complete page).")
    var format: Format = .markdown

    @OptionGroup var output: ReportOutput

    func run() throws {
        let workspace = try global.load()
        let day = try global.day()
        guard let deal = workspace.deal(self.deal) else {
            let hint = Suggestion.closest(to: self.deal, in: workspace.deals.map(\.id)).map { " (did you mean '\($0)'?)" } ?? ""
            throw CommandFailure.usage("no deal '\(self.deal)'\(hint); the deals are the files in deals/")
        }
        let plan = MutualActionPlan.build(deal, config: workspace.config, asOf: day)
        try output.emit(workspace: workspace) { renderer throws(TemplateError) in
            try PlanPresenter.render(plan, html: format == .html, library: renderer.library, workspace: renderer.workspaceName)
        }
    }
}
