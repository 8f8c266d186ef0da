import ArgumentParser
import ScrumsellKit

/// What `item start|done|drop|reopen` share: find one item of a document and change its box.
protocol ItemStateCommand: ParsableCommand {
    /// The change the command makes.
    static var action: ItemAction { get }
    var global: GlobalOptions { get }
    var edit: EditOptions { get }
    var doc: String { get }
    var query: String { get }
}

extension ItemStateCommand {
    func run() throws {
        let root = try global.root()
        let day = try global.day()
        try EditOutput.locked(edit, root: root) {
            let editor = WorkspaceEditor(root: root, asOf: day)
            try EditOutput.perform(edit, root: root) { try editor.changeItem(Self.action, query: query, in: doc) }
        }
    }
}

/// `scrumsell item start DOC QUERY`.
struct ItemStartCommand: ItemStateCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "Mark an item doing: [/] (a done: date is removed).")
    static let action = ItemAction.start

    @OptionGroup var global: GlobalOptions
    @OptionGroup var edit: EditOptions
    @Argument(help: "The deal, campaign or sprint.", completion: .documents) var doc: String
    @Argument(help: "A piece of the item's text, or :LINE.") var query: String
}

/// `scrumsell item done DOC QUERY`.
struct ItemDoneCommand: ItemStateCommand {
    static let configuration = CommandConfiguration(commandName: "done", abstract: "Mark an item done: [x] with done:<as-of>.")
    static let action = ItemAction.done

    @OptionGroup var global: GlobalOptions
    @OptionGroup var edit: EditOptions
    @Argument(help: "The deal, campaign or sprint.", completion: .documents) var doc: String
    @Argument(help: "A piece of the item's text, or :LINE.") var query: String
}

/// `scrumsell item drop DOC QUERY`.
struct ItemDropCommand: ItemStateCommand {
    static let configuration = CommandConfiguration(commandName: "drop", abstract: "Mark an item dropped: [-].")
    static let action = ItemAction.drop

    @OptionGroup var global: GlobalOptions
    @OptionGroup var edit: EditOptions
    @Argument(help: "The deal, campaign or sprint.", completion: .documents) var doc: String
    @Argument(help: "A piece of the item's text, or :LINE.") var query: String
}

/// `scrumsell item reopen DOC QUERY`.
struct ItemReopenCommand: ItemStateCommand {
    static let configuration = CommandConfiguration(commandName: "reopen", abstract: "Open an item again: [ ] (a done: date is removed).")
    static let action = ItemAction.reopen

    @OptionGroup var global: GlobalOptions
    @OptionGroup var edit: EditOptions
    @Argument(help: "The deal, campaign or sprint.", completion: .documents) var doc: String
    @Argument(help: "A piece of the item's text, or :LINE.") var query: String
}
