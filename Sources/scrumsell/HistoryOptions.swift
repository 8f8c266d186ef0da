import ArgumentParser
import ScrumsellKit

/// `--no-history`, for the reports that add what git's history says.
struct HistoryOptions: ParsableArguments {
    @Flag(name: .customLong("no-history"), help: "Leave out the sections read from the workspace's git history.")
    var noHistory = false

    /// Whether the command reads the history.
    var readsHistory: Bool { !noHistory }
}
