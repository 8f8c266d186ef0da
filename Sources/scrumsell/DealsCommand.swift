import ArgumentParser
import ScrumsellKit

/// `scrumsell deals [--outcome …] [--sort KEY] [--format markdown|json|csv]`: one row per deal.
struct DealsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deals",
        abstract: "One row per deal: value and weighted value in the workspace currency, decision date, silence, next steps, buying step, touches and flags.",
        discussion: "By default the open deals, soonest decision first. Values keep the deal's own currency beside the converted one; a deal whose currency has no rate in scrumsell.yml is left out of the totals, with a line saying so."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Which deals: open, won, lost, no-decision, closed (every outcome but open) or all.", valueName: "outcome"))
    var outcome: DealList.OutcomeChoice = .open

    @Option(help: ArgumentHelp("Order: decision, value, weighted, stage, silent, owner or account.", valueName: "key"))
    var sort: DealList.SortKey = .decision

    @Option(help: "Output format: markdown, json or csv.")
    var format: ListFormat = .markdown

    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: ReportOutput

    func run() throws {
        let day = try global.day()
        let format = format.format
        let inputs = global.inputs(scope: .dealList, readsHistory: false, asOf: day,
                                   preparing: format == .markdown ? [DealListPresenter.template] : [], root: try global.root())
        let workspace = inputs.workspace
        let list = DealList.build(workspace, asOf: day, outcome: outcome, sort: sort, filter: try filters.filter(in: workspace))
        try output.emit(.deals(list), format: format, workspace: workspace, library: inputs.templates)
    }
}

extension DealList.OutcomeChoice: ExpressibleByArgument {}
extension DealList.SortKey: ExpressibleByArgument {}
