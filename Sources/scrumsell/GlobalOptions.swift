import ArgumentParser
import Foundation
import ScrumsellKit

/// Options every command takes: where the workspace is and which day is "today".
struct GlobalOptions: ParsableArguments {
    @Option(name: [.short, .customLong("workspace")], help: ArgumentHelp("The workspace folder (default: the nearest folder upwards holding scrumsell.yml).", valueName: "dir"))
    var workspace: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day every report and check counts as today (default: today's date).", valueName: "yyyy-mm-dd"))
    var asOf: String?

    /// `--as-of`, or the real date: the only place the toolkit reads the clock.
    func day() throws -> Day {
        if let asOf { return try Self.parseDay(asOf, option: "--as-of") }
        return Day.today()
    }

    /// A date option's value, or a usage error naming the option.
    static func parseDay(_ text: String, option: String) throws -> Day {
        guard let day = Day(text) else { throw CommandFailure.usage("\(option) must be a date written YYYY-MM-DD, got '\(text)'") }
        return day
    }

    /// The workspace root folder.
    func root() throws -> URL {
        try WorkspaceLocator.locate(explicit: workspace, from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    }

    /// Reads and models the workspace, as much of it as `scope` asks for. It stays in memory
    /// until the process exits (see `KeptUntilExit`).
    func load(scope: ReadScope = .everything) throws -> Workspace {
        try load(root: root(), scope: scope)
    }

    /// `load(scope:)` of the workspace at `root`, already located.
    /// Runs the report pipeline (workspace, history, templates) on the workspace at `root`.
    func inputs(scope: ReadScope = .everything, readsHistory: Bool, asOf day: Day, preparing templates: [String] = [], root: URL) -> ReportInputs {
        let inputs = ReportInputs(root: root, asOf: day, scope: scope, readsHistory: readsHistory, preparing: templates)
        KeptUntilExit.keep(inputs.workspace)
        return inputs
    }

    func load(root: URL, scope: ReadScope = .everything) -> Workspace {
        let workspace = WorkspaceLoader.load(root: root, scope: scope)
        KeptUntilExit.keep(workspace)
        return workspace
    }
}
