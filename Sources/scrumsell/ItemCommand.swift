import ArgumentParser

/// `scrumsell item add|start|done|drop|reopen`: edit items in place.
struct ItemCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "item",
        abstract: "Add an item to a deal, campaign or sprint, or start, finish, drop or reopen one.",
        discussion: "DOC is a deal, campaign or sprint id (or its path). QUERY is a piece of the item's text, matched without case, or :LINE.",
        subcommands: [ItemAddCommand.self, ItemStartCommand.self, ItemDoneCommand.self, ItemDropCommand.self, ItemReopenCommand.self]
    )
}
