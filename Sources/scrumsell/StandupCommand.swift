import ArgumentParser
import ScrumsellKit

/// `scrumsell standup [--who ID]`: the daily-scrum agenda.
struct StandupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "standup",
        abstract: "The 20-minute daily scrum agenda: per person overdue, due today and doing; deals needing attention; the previous scrum's notes."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Only this team member's part (the same as --owner).", valueName: "member-id"), completion: .members)
    var who: String?

    @Option(help: "Output format: markdown, json or html (one complete page).")
    var format: TextReportFormat = .markdown

    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: ReportOutput

    func run() throws {
        if let who, let owner = filters.owner, who != owner {
            throw CommandFailure.usage("--who \(who) and --owner \(owner) disagree; give one of them")
        }
        let workspace = try global.load().leavingOutDealsWithErrors()
        let day = try global.day()
        if let who, workspace.config.member(who) == nil {
            let hint = Suggestion.closest(to: who, in: workspace.config.members.map(\.id)).map { " (did you mean '\($0)'?)" } ?? ""
            throw CommandFailure.usage("--who '\(who)' is not a team member\(hint)")
        }
        let agenda = StandupAgenda.build(workspace, asOf: day, filter: try filters.filter(in: workspace, owner: who))
        try output.emit(.standup(agenda), format: format.format, workspace: workspace)
    }
}
