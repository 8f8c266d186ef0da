import ArgumentParser
import ScrumsellKit

/// `scrumsell retro [SPRINT]`: the retrospective summary.
struct RetroCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retro",
        abstract: "The retrospective summary: committed vs done, carry-over, deals, daily-scrum highlights, campaign funnel and a proposed re-ranking.",
        discussion: "Without SPRINT, the last sprint finished before --as-of. In a git repository it adds the deals that changed stage and the pitch changes made during the sprint, read from the history (--no-history leaves them out)."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The sprint id (default: the last finished sprint).", valueName: "sprint"), completion: .sprints)
    var sprint: String?

    @Option(help: "Output format: markdown, json or html (one complete page).")
    var format: TextReportFormat = .markdown

    @OptionGroup var filters: FilterOptions
    @OptionGroup var history: HistoryOptions
    @OptionGroup var output: ReportOutput

    func run() throws {
        let day = try global.day()
        let inputs = global.inputs(readsHistory: history.readsHistory, asOf: day, root: try global.root())
        let workspace = inputs.workspace.leavingOutDealsWithErrors()
        let filter = try filters.filter(in: workspace)
        let sprint: Sprint
        if let id = self.sprint {
            sprint = try workspace.requireSprint(id)
        } else if let finished = workspace.lastFinishedSprint(asOf: day, team: filter.team) {
            sprint = finished
        } else {
            throw CommandFailure.usage("no sprint has finished by \(day)\(filter.team.map { " for team \($0)" } ?? ""); name one: scrumsell retro SPRINT (sprints: \(workspace.sprintList))")
        }
        let retro = RetrospectiveSummary.build(workspace, sprint: sprint, asOf: day, filter: filter, history: inputs.history)
        try output.emit(.retrospective(retro), format: format.format, workspace: workspace)
    }
}
