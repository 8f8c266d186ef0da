import ArgumentParser
import ScrumsellKit

/// `scrumsell new sprint [NAME]`.
struct NewSprintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sprint",
        abstract: "Create the team's next sprint: it starts the day after the team's last sprint ends and lasts sprint_days.",
        discussion: "Without NAME the sprint is named after the ISO week it starts in, e.g. 2026-s49."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var edit: EditOptions

    @Argument(help: "The sprint's id (default: YYYY-sWW of its start).") var name: String?
    @Option(help: "The team (default: the workspace's only team).") var team: String?
    @Option(help: ArgumentHelp("The first day (default: the day after the team's last sprint, else --as-of).", valueName: "yyyy-mm-dd")) var start: String?
    @Option(help: "The sprint goal.") var goal: String?

    func run() throws {
        let root = try global.root()
        let day = try global.day()
        try EditOutput.locked(edit, root: root) {
            let editor = WorkspaceEditor(root: root, asOf: day)
            var options = NewSprintOptions(name: name)
            options.team = team
            options.start = try start.map { try GlobalOptions.parseDay($0, option: "--start") }
            options.goal = goal
            try EditOutput.perform(edit, root: root) {
                try Scaffold.plan([try editor.newSprint(options)], root: root, render: EditOutput.renderer(root: root))
            }
        }
    }
}
