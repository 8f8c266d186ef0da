import ArgumentParser
import ScrumsellKit

/// `scrumsell stage DEAL STAGE [--force]`.
struct StageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stage",
        abstract: "Move a deal to another sales stage, once the exit tasks of the stages it leaves are done.",
        discussion: "Refuses (exit 1, nothing written) while exit tasks are open, listing them, unless --force. Adds the new stage's exit tasks under '## Exit tasks'."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var edit: EditOptions

    @Argument(help: "The deal.", completion: .deals) var deal: String
    @Argument(help: "The stage id to move to.", completion: .stages) var stage: String
    @Flag(help: "Move even though exit tasks are open (or the deal is closed).") var force = false

    func run() throws {
        let root = try global.root()
        let day = try global.day()
        try EditOutput.locked(edit, root: root) {
            let editor = WorkspaceEditor(root: root, asOf: day)
            try EditOutput.perform(edit, root: root) { try editor.moveStage(deal, to: stage, force: force) }
        }
    }
}
