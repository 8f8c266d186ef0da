import Foundation
import ScrumsellKit

/// A `scrumsell` command the benchmark times, both in process (through the library, phase
/// by phase) and end to end (the release binary as a child process).
///
/// Adding a command to the benchmark is one conformance and one line in `all`.
package protocol MeasuredCommand: Sendable {
    /// The subcommand's name, e.g. `check`.
    var name: String { get }
    /// Arguments after `scrumsell NAME -w DIR --as-of DAY`; `scratch` is a folder the command may write into.
    func arguments(scratch: URL) -> [String]
    /// What the command reads of the workspace, as the command itself asks for it.
    var scope: ReadScope { get }
    /// Does what the command does after loading: analyse (charged to `.analyse`) and render (charged to `.render`).
    func analyseAndRender(_ workspace: Workspace, asOf day: Day, stopwatch: inout Stopwatch<PipelinePhase>)
}

extension MeasuredCommand {
    var scope: ReadScope { .everything }
}

/// Every command the benchmark measures.
package enum MeasuredCommands {
    package static let all: [any MeasuredCommand] = [ReportMeasure(), CheckMeasure(), BuildMeasure(),
                                                     DealsMeasure(), ItemsMeasure(), MetricsMeasure(), CalendarMeasure()]
}

/// `scrumsell check`: every rule, then the diagnostics as text with their excerpts.
struct CheckMeasure: MeasuredCommand {
    var name: String { "check" }

    func arguments(scratch: URL) -> [String] { [] }

    func analyseAndRender(_ workspace: Workspace, asOf day: Day, stopwatch: inout Stopwatch<PipelinePhase>) {
        var report = Checker.check(workspace, asOf: day)
        stopwatch.lap(.analyse)
        report.diagnostics = ExcerptReader.attach(to: report.diagnostics, root: workspace.root)
        let text = DiagnosticTextRenderer.render(report)
        blackHole(text.utf8.count)
        stopwatch.lap(.render)
    }
}

/// `scrumsell report`: the weekly report of the as-of week, rendered to Markdown.
struct ReportMeasure: MeasuredCommand {
    var name: String { "report" }

    func arguments(scratch: URL) -> [String] { [] }
    var scope: ReadScope { .weeklyReport }

    func analyseAndRender(_ workspace: Workspace, asOf day: Day, stopwatch: inout Stopwatch<PipelinePhase>) {
        let report = WeeklyReport.build(workspace, asOf: day, week: nil, filter: ReportFilter())
        stopwatch.lap(.analyse)
        let renderer = ReportRenderer(library: TemplateLibrary(workspaceRoot: workspace.root), workspaceName: workspace.config.name)
        blackHole((try? renderer.render(.weekly(report), as: .markdown))?.utf8.count)
        stopwatch.lap(.render)
    }
}

/// `scrumsell build --no-history --out DIR`: every report of the workspace, the calendars and
/// the HTML site (written to a scratch folder end to end).
struct BuildMeasure: MeasuredCommand {
    var name: String { "build" }

    func arguments(scratch: URL) -> [String] { ["--no-history", "--out", scratch.appendingPathComponent("reports").path] }

    func analyseAndRender(_ workspace: Workspace, asOf day: Day, stopwatch: inout Stopwatch<PipelinePhase>) {
        // ReportBook analyses and renders page by page; the lot is charged to render.
        let renderer = ReportRenderer(library: TemplateLibrary(workspaceRoot: workspace.root), workspaceName: workspace.config.name)
        blackHole((try? ReportBook.build(workspace, asOf: day, renderer: renderer))?.pages.count)
        blackHole(CalendarFiles.render(workspace, asOf: day).count)
        var site = 0
        try? HTMLSite.render(workspace, asOf: day, renderer: renderer) { site += $0.text.utf8.count }
        blackHole(site)
        stopwatch.lap(.render)
        blackHole(Checker.check(workspace, asOf: day).diagnostics.count)
        stopwatch.lap(.analyse)
    }
}

/// `scrumsell deals`: the open deals, one row each, as Markdown.
struct DealsMeasure: MeasuredCommand {
    var name: String { "deals" }

    func arguments(scratch: URL) -> [String] { [] }
    var scope: ReadScope { .dealList }

    func analyseAndRender(_ workspace: Workspace, asOf day: Day, stopwatch: inout Stopwatch<PipelinePhase>) {
        let list = DealList.build(workspace, asOf: day)
        stopwatch.lap(.analyse)
        let renderer = ReportRenderer(library: TemplateLibrary(workspaceRoot: workspace.root), workspaceName: workspace.config.name)
        blackHole((try? renderer.render(.deals(list), as: .markdown))?.utf8.count)
        stopwatch.lap(.render)
    }
}

/// `scrumsell items`: every item of the workspace, one row each, as Markdown.
struct ItemsMeasure: MeasuredCommand {
    var name: String { "items" }

    func arguments(scratch: URL) -> [String] { [] }
    var scope: ReadScope { .itemList }

    func analyseAndRender(_ workspace: Workspace, asOf day: Day, stopwatch: inout Stopwatch<PipelinePhase>) {
        let list = ItemList.build(workspace, asOf: day)
        stopwatch.lap(.analyse)
        let renderer = ReportRenderer(library: TemplateLibrary(workspaceRoot: workspace.root), workspaceName: workspace.config.name)
        blackHole((try? renderer.render(.items(list), as: .markdown))?.utf8.count)
        stopwatch.lap(.render)
    }
}

/// `scrumsell metrics --no-history`: the sales metrics from the files, as Markdown (the
/// generated workspaces have no git history; `--history-only` times the history pass).
struct MetricsMeasure: MeasuredCommand {
    var name: String { "metrics" }

    func arguments(scratch: URL) -> [String] { ["--no-history"] }
    var scope: ReadScope { .metrics }

    func analyseAndRender(_ workspace: Workspace, asOf day: Day, stopwatch: inout Stopwatch<PipelinePhase>) {
        let metrics = SalesMetrics.build(workspace, since: nil, asOf: day, byOwner: false, history: nil)
        stopwatch.lap(.analyse)
        let renderer = ReportRenderer(library: TemplateLibrary(workspaceRoot: workspace.root), workspaceName: workspace.config.name)
        blackHole((try? renderer.render(.metrics(metrics), as: .markdown))?.utf8.count)
        stopwatch.lap(.render)
    }
}

/// `scrumsell calendar -o FILE`: the team's ICS feed.
struct CalendarMeasure: MeasuredCommand {
    var name: String { "calendar" }

    func arguments(scratch: URL) -> [String] { ["-o", scratch.appendingPathComponent("calendar.ics").path] }
    var scope: ReadScope { .calendar }

    func analyseAndRender(_ workspace: Workspace, asOf day: Day, stopwatch: inout Stopwatch<PipelinePhase>) {
        let feed = CalendarBuilder.feed(workspace, asOf: day, owner: nil)
        stopwatch.lap(.analyse)
        blackHole(ICSCalendarRenderer.render(feed).utf8.count)
        stopwatch.lap(.render)
    }
}

/// Keeps the optimiser from dropping work whose result nobody reads.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
