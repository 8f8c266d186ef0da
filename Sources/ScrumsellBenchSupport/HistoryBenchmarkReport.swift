import Foundation
import ScrumsellKit

/// Formats the history benchmark's figures as Markdown tables, like the rest of the report.
extension Report {
    static func history(_ result: HistoryBenchmark.Result, shape: SyntheticHistory) -> String {
        var text = "\(shape.deals.grouped) deals × \(shape.commitsPerDeal) commits, \(shape.dealsPerCommit) deal per commit: "
        text += "\(result.commits.grouped) commits read, \(result.deals.grouped) deals, \(result.versions.grouped) deal versions. "
        text += "In process (`HistoryReader.read` with a `MeasuringHistoryProbe`), \(result.passes.count) passes in a row:\n\n"
        text += "| history pass | wall ms | CPU ms, ours | CPU ms, git | gits: log, cat-file |\n"
        text += "|---|--:|--:|--:|--:|\n"
        for (index, pass) in result.passes.enumerated() {
            let total = pass.times.total
            text += "| pass \(index + 1)\(index == 0 ? " (first in the process)" : "") | \(milliseconds(pass.wall)) | \(milliseconds(total.cpu)) | "
            text += "\(milliseconds(total.childCPU)) | \(pass.logProcesses), \(pass.contentProcesses) |\n"
        }
        text += "| **best** | **\(milliseconds(result.bestWall))** | | | |\n"
        text += "| **median** | **\(milliseconds(result.medianWall))** | | | |\n\n"
        text += "Gits: the processes the pass shared the log and the contents between (two logs: read from both ends at once).\n\n"

        if let pass = result.medianPass {
            text += "Phases of the median pass (CPU ours: every thread of this process; git: its processes that ended in the phase):\n\n"
            text += "| phase | wall ms | CPU ms, ours | CPU ms, git |\n"
            text += "|---|--:|--:|--:|\n"
            for phase in HistoryPhase.allCases {
                let time = pass.times[phase]
                text += "| \(phase) | \(milliseconds(time.wall)) | \(milliseconds(time.cpu)) | \(milliseconds(time.childCPU)) |\n"
            }
            let total = pass.times.total
            text += "| **total** | **\(milliseconds(total.wall))** | **\(milliseconds(total.cpu))** | **\(milliseconds(total.childCPU))** |\n\n"
        }

        text += "git's floor, the same log in a shell, output thrown away (median of \(result.passes.count)):\n\n"
        text += "| git alone | wall ms | CPU ms |\n"
        text += "|---|--:|--:|\n"
        for (index, floor) in result.floors.enumerated() {
            let name = index == 0 ? "`git log --first-parent` (one process)" : "`git rev-list`, then `git log --stdin` × 2 at once"
            text += "| \(name) | \(milliseconds(floor.wall)) | \(milliseconds(floor.cpu)) |\n"
        }
        text += "\nThe commands, in the repository with `GIT_FLUSH=0` as the pass runs git (`$S` a scratch folder):\n\n"
        text += result.floors.map { "    " + $0.command }.joined(separator: "\n") + "\n"
        return text
    }

    /// The issue's target line for the history pass.
    static func historyTarget(_ result: HistoryBenchmark.Result, shape: SyntheticHistory) -> String {
        let seconds = { (nanoseconds: UInt64) in String(format: "%.2f", Double(nanoseconds) / 1e9) }
        return "- history pass over \(shape.deals.grouped) deals × \(shape.commitsPerDeal) commits < 2 s: \(seconds(result.medianWall)) s "
            + "(median of \(result.passes.count); best \(seconds(result.bestWall)) s) — \(result.medianWall < HistoryBenchmark.target ? "met" : "MISSED")\n"
    }
}
