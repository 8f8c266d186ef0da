import ArgumentParser
import ScrumsellKit

/// `scrumsell board [SPRINT]`: the sprint board.
struct BoardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "board",
        abstract: "The sprint board: lanes To do / Doing / Done / Dropped, swimlanes by person, points committed vs done.",
        discussion: "Without SPRINT, the sprint current on --as-of. --format obsidian writes a board the Obsidian Kanban plugin opens."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, json, obsidian, html
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The sprint id (default: the sprint current on --as-of).", valueName: "sprint"), completion: .sprints)
    var sprint: String?

    @Option(help: "Output format: markdown, json, obsidian or html (one complete page).")
    var format: Format = .markdown

    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: ReportOutput

    func run() throws {
        let workspace = try global.load().leavingOutDealsWithErrors()
        let day = try global.day()
        let filter = try filters.filter(in: workspace)
        let sprint: Sprint
        if let id = self.sprint {
            sprint = try workspace.requireSprint(id)
        } else if let current = workspace.currentSprint(asOf: day, team: filter.team) {
            let candidates = workspace.currentSprintCandidates(asOf: day, team: filter.team)
            guard candidates.count == 1 else {
                throw CommandFailure.usage("\(candidates.count) sprints are current on \(day) and start the same day: \(candidates.map { "\($0.id) (\($0.path))" }.joined(separator: ", ")); name one: scrumsell board SPRINT")
            }
            sprint = current
        } else {
            throw CommandFailure.usage("no sprint is current on \(day)\(filter.team.map { " for team \($0)" } ?? ""); name one: scrumsell board SPRINT (sprints: \(workspace.sprintList))")
        }
        // The burndown dates finished items without `done:` by the commit that first shows them so.
        let undated = workspace.items(in: sprint).filter { ($0.state == .done || $0.state == .dropped) && $0.done == nil && $0.points != nil }
        let doneDays = ItemDoneDays.read(workspace: workspace.root, paths: undated.map(\.location.path), asOf: day)
        let board = SprintBoard.build(workspace, sprint: sprint, asOf: day, filter: filter, doneDays: doneDays)
        try output.emit(.board(board), format: ReportFormat(rawValue: format.rawValue)!, workspace: workspace)
    }
}
