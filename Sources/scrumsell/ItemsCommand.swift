import ArgumentParser
import ScrumsellKit

/// `scrumsell items [--state …] [--due-before DATE] [--sprint ID] [--deal ID] [--kind KIND]`:
/// every item of every deal, campaign and sprint.
struct ItemsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "items",
        abstract: "Every item of every deal, campaign and sprint: where it is written, what it is about, owners and side, due, done, points, sprint, section.",
        discussion: "In path and line order. The options select by the item; the report filters (--owner, --team, --campaign, --stage) as in the other reports."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Only items in this state: todo, doing, done, dropped, or open (todo and doing).", valueName: "state"))
    var state: ItemList.StateChoice?

    @Option(name: .customLong("due-before"), help: ArgumentHelp("Only items due before this day.", valueName: "yyyy-mm-dd"))
    var dueBefore: String?

    @Option(help: ArgumentHelp("Only items committed to this sprint (sprint:ID, or in its sprint backlog).", valueName: "sprint-id"))
    var sprint: String?

    @Option(help: ArgumentHelp("Only items about this deal.", valueName: "deal-id"))
    var deal: String?

    @Option(help: ArgumentHelp("Only items tagged #KIND (meeting, proposal, demo, …).", valueName: "kind"))
    var kind: String?

    @Option(help: "Output format: markdown, json or csv.")
    var format: ListFormat = .markdown

    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: ReportOutput

    func run() throws {
        let day = try global.day()
        let before = try dueBefore.map { try GlobalOptions.parseDay($0, option: "--due-before") }
        let format = format.format
        let inputs = global.inputs(scope: .itemList, readsHistory: false, asOf: day,
                                   preparing: format == .markdown ? [ItemListPresenter.template] : [], root: try global.root())
        let workspace = inputs.workspace
        if let sprint { _ = try workspace.requireSprint(sprint) }
        if let deal, workspace.deal(deal) == nil {
            throw CommandFailure.usage("no deal '\(deal)' in the workspace" + Suggestion.didYouMean(deal, in: workspace.deals.map(\.id)))
        }
        let kind = kind.map { $0.hasPrefix("#") ? String($0.dropFirst()) : $0 }
        let selection = ItemList.Selection(state: state, dueBefore: before, sprint: sprint, deal: deal, kind: kind)
        let list = ItemList.build(workspace, asOf: day, selection: selection, filter: try filters.filter(in: workspace))
        try output.emit(.items(list), format: format, workspace: workspace, library: inputs.templates)
    }
}

extension ItemList.StateChoice: ExpressibleByArgument {}
