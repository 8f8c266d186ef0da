import Foundation
import ScrumsellKit

/// A `scrumsell` command the benchmark times, both in process (through the library, phase
/// by phase) and end to end (the release binary as a child process).
///
/// Adding a command to the benchmark is one conformance and one line in `all`.
protocol MeasuredCommand: Sendable {
    /// The subcommand's name, e.g. `check`.
    var name: String { get }
    /// Arguments after `scrumsell NAME -w DIR --as-of DAY`; `scratch` is a folder the command may write into.
    func arguments(scratch: URL) -> [String]
    /// Does what the command does after loading: analyse (charged to `.analyse`) and render (charged to `.render`).
    func analyseAndRender(_ workspace: Workspace, asOf day: Day, timer: inout PhaseTimer)
}

/// Every command the benchmark measures.
enum MeasuredCommands {
    static let all: [any MeasuredCommand] = [CheckMeasure()]
}

/// `scrumsell check`: every rule, then the diagnostics as text with their excerpts.
struct CheckMeasure: MeasuredCommand {
    var name: String { "check" }

    func arguments(scratch: URL) -> [String] { [] }

    func analyseAndRender(_ workspace: Workspace, asOf day: Day, timer: inout PhaseTimer) {
        var report = Checker.check(workspace, asOf: day)
        timer.lap(.analyse)
        report.diagnostics = ExcerptReader.attach(to: report.diagnostics, root: workspace.root)
        let text = DiagnosticTextRenderer.render(report)
        blackHole(text.utf8.count)
        timer.lap(.render)
    }
}

/// Keeps the optimiser from dropping work whose result nobody reads.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
