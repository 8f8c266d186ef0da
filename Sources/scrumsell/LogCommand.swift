import ArgumentParser
import ScrumsellKit

/// `scrumsell log TEXT [--kind …] [--who ID] [--sprint ID]`.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Add a daily-scrum note under today's ### YYYY-MM-DD of the current sprint.",
        discussion: "The heading is created, in date order, when it is missing. Today is --as-of; the sprint is the one current then (of --who's team), or --sprint."
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case win, rejection, idea, reaction
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var edit: EditOptions

    @Argument(help: "The note.") var text: String
    @Option(help: "win, rejection, idea or reaction: the word the note starts with.") var kind: Kind?
    @Option(help: "Who it is about, a member id (added as @ID).", completion: .members) var who: String?
    @Option(help: "The sprint (default: the one current on --as-of).", completion: .sprints) var sprint: String?

    func run() throws {
        let root = try global.root()
        let day = try global.day()
        try EditOutput.locked(edit, root: root) {
            let editor = WorkspaceEditor(root: root, asOf: day)
            let noteKind = kind.flatMap { ScrumNote.Kind(rawValue: $0.rawValue) }
            try EditOutput.perform(edit, root: root) {
                try editor.logScrumNote(text, kind: noteKind, who: who, sprint: sprint)
            }
        }
    }
}
