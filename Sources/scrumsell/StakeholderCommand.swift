import ArgumentParser
import ScrumsellKit

/// `scrumsell stakeholder add|set`: the buyer's people on a deal.
struct StakeholderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stakeholder",
        abstract: "Add a stakeholder to a deal, or change one's title, influence or rapport.",
        subcommands: [Add.self, Set.self]
    )

    enum Influence: String, ExpressibleByArgument, CaseIterable {
        case economic, user, technical, coach
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a stakeholder to the deal's front-matter 'stakeholders:' list.",
            discussion: "Written like the list's other elements, as {id: ID, name: NAME, title: …, influence: …, rapport: …}."
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var edit: EditOptions

        @Argument(help: "The deal.") var deal: String
        @Argument(help: ArgumentHelp("The stakeholder's id, as items name them (@id).", valueName: "id")) var id: String
        @Option(parsing: .unconditional, help: "Their name.") var name: String
        @Option(parsing: .unconditional, help: "Their job title.") var title: String?
        @Option(help: "Their buying influence: economic, user, technical or coach.") var influence: Influence?
        @Option(parsing: .unconditional, help: ArgumentHelp("What builds rapport with them.", valueName: "text")) var rapport: String?

        func run() throws {
            try DashedValue.requireNotAnOption([("--name", name), ("--title", title), ("--rapport", rapport)])
            let root = try global.root()
            let day = try global.day()
            try EditOutput.locked(edit, root: root) {
                let editor = WorkspaceEditor(root: root, asOf: day)
                try EditOutput.perform(edit, root: root) {
                    try editor.addStakeholder(deal, id: id, name: name, title: title, influence: influence?.rawValue, rapport: rapport)
                }
            }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a stakeholder's title, influence or rapport, in place.",
            discussion: "Only the values given change; every other byte of the file stays."
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var edit: EditOptions

        @Argument(help: "The deal.") var deal: String
        @Argument(help: ArgumentHelp("The stakeholder's id.", valueName: "id")) var id: String
        @Option(parsing: .unconditional, help: "Their job title.") var title: String?
        @Option(help: "Their buying influence: economic, user, technical or coach.") var influence: Influence?
        @Option(parsing: .unconditional, help: ArgumentHelp("What builds rapport with them.", valueName: "text")) var rapport: String?

        func validate() throws {
            if title == nil, influence == nil, rapport == nil { throw ValidationError("give --title, --influence or --rapport") }
        }

        func run() throws {
            try DashedValue.requireNotAnOption([("--title", title), ("--rapport", rapport)])
            let root = try global.root()
            let day = try global.day()
            try EditOutput.locked(edit, root: root) {
                let editor = WorkspaceEditor(root: root, asOf: day)
                try EditOutput.perform(edit, root: root) {
                    try editor.setStakeholder(deal, id: id, .init(title: title, influence: influence?.rawValue, rapport: rapport))
                }
            }
        }
    }
}
