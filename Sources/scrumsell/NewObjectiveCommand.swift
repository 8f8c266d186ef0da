import ArgumentParser
import ScrumsellKit

/// `scrumsell new objective NAME`.
struct NewObjectiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "objective",
        abstract: "Create objectives/<slug>.md at its first review stage: the sponsor's \"I want\"."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var edit: EditOptions

    @Argument(help: "The objective's name, e.g. \"Grow EMEA\".") var name: String
    @Option(help: "The objective's title (default: NAME).") var title: String?
    @Option(help: "Who sponsors it, e.g. \"Ruth Ames, CEO\".") var sponsor: String?
    @Option(name: .customLong("aligns-to"), help: "A corporate goal it serves (repeatable).") var alignsTo: [String] = []

    func run() throws {
        let root = try global.root()
        let day = try global.day()
        try EditOutput.locked(edit, root: root) {
            let editor = WorkspaceEditor(root: root, asOf: day)
            var options = NewObjectiveOptions(name: name)
            options.title = title
            options.sponsor = sponsor
            options.alignsTo = alignsTo
            try EditOutput.perform(edit, root: root) {
                try Scaffold.plan([try editor.newObjective(options)], root: root, render: EditOutput.renderer(root: root))
            }
        }
    }
}
