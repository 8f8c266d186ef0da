import ArgumentParser
import Foundation
import ScrumsellKit

/// `--no-history`: whether a report reads its history sections from git.
struct HistoryOptions: ParsableArguments {
    @Flag(name: .customLong("no-history"), help: "Leave out the sections read from the workspace's git history.")
    var noHistory = false

    typealias History = Result<WorkspaceHistory, HistoryUnavailable>?

    /// Starts reading the history of the workspace at `root` as of `day` (`nil` with
    /// `--no-history`), in the background: git runs while the command loads the workspace.
    func start(root: URL, asOf day: Day) -> InBackground<History> {
        let noHistory = noHistory
        return InBackground { noHistory ? nil : HistoryReader.read(workspace: root, asOf: day) }
    }
}
