import ArgumentParser
import ScrumsellKit

/// `scrumsell touch DEAL [NOTE]`.
struct TouchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "touch",
        abstract: "Record a conversation with the buyer: last_contact becomes --as-of and a dated line goes to '## Log'."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var edit: EditOptions

    @Argument(help: "The deal.", completion: .deals) var deal: String
    @Argument(help: "What was said (default: \"\(WorkspaceEditor.defaultContactNote)\").") var note: String?

    func run() throws {
        let root = try global.root()
        let day = try global.day()
        try EditOutput.locked(edit, root: root) {
            let editor = WorkspaceEditor(root: root, asOf: day)
            try EditOutput.perform(edit, root: root) { try editor.touch(deal, note: note) }
        }
    }
}
