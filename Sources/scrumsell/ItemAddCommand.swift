import ArgumentParser
import ScrumsellKit

/// `scrumsell item add DOC [--section NAME] TEXT`.
struct ItemAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a to-do item at the end of a section (default: Backlog; a sprint's Sprint backlog).",
        discussion: "TEXT may carry tokens: @owner due:YYYY-MM-DD sprint:ID pts:N #kind +link. A missing section is added at the end."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var edit: EditOptions

    @Argument(help: "The deal, campaign or sprint.", completion: .documents) var doc: String
    @Argument(help: "The item's text.") var text: String
    @Option(help: "The section to add it to.") var section: String?

    func run() throws {
        let root = try global.root()
        let day = try global.day()
        try EditOutput.locked(edit, root: root) {
            let editor = WorkspaceEditor(root: root, asOf: day)
            try EditOutput.perform(edit, root: root) { try editor.addItem(text, to: doc, section: section) }
        }
    }
}
