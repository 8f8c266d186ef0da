import ArgumentParser
import Foundation
import ScrumsellKit

/// `--no-history`: whether a report reads its history sections from git.
struct HistoryOptions: ParsableArguments {
    @Flag(name: .customLong("no-history"), help: "Leave out the sections read from the workspace's git history.")
    var noHistory = false

    /// The workspace's history as of `day`, or why there is none; `nil` with `--no-history`.
    func read(_ workspace: Workspace, asOf day: Day) -> Result<WorkspaceHistory, HistoryUnavailable>? {
        noHistory ? nil : HistoryReader.read(workspace: workspace.root, asOf: day)
    }
}
