import ArgumentParser
import ScrumsellKit

/// `scrumsell item done DOC QUERY`.
struct ItemDoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "done", abstract: "Mark an item done: [x] with done:<as-of>.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var edit: EditOptions

    @Argument(help: "The deal, campaign or sprint.") var doc: String
    @Argument(help: "A piece of the item's text, or :LINE.") var query: String

    func run() throws {
        let root = try global.root()
        let editor = WorkspaceEditor(root: root, asOf: try global.day())
        try EditOutput.perform(edit, root: root) { try editor.changeItem(.done, query: query, in: doc) }
    }
}
