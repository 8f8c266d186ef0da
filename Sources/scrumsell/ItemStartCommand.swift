import ArgumentParser
import ScrumsellKit

/// `scrumsell item start DOC QUERY`.
struct ItemStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "Mark an item doing: [/] (a done: date is removed).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var edit: EditOptions

    @Argument(help: "The deal, campaign or sprint.") var doc: String
    @Argument(help: "A piece of the item's text, or :LINE.") var query: String

    func run() throws {
        let root = try global.root()
        let editor = WorkspaceEditor(root: root, asOf: try global.day())
        try EditOutput.perform(edit, root: root) { try editor.changeItem(.start, query: query, in: doc) }
    }
}
