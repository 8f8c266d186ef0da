import ArgumentParser
import Foundation
import ScrumsellKit

/// `scrumsell check`: validate every file of the workspace.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the workspace: every file, every rule.",
        discussion: "Prints each problem as 'path:line:col: error|warning: message' with the source line, a caret and a hint. Exits 1 when there are errors (with --strict, warnings too). --owner keeps only the diagnostics of that person's deals."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Only the diagnostics of the deals this person owns.", valueName: "member-id"))
    var owner: String?

    @Flag(help: "Exit 1 on warnings too, not only on errors.")
    var strict = false

    @Flag(help: "Check the files as they are staged in git's index (what the next commit records), not the working copy: for a pre-commit hook.")
    var staged = false

    func run() throws {
        let root = try global.root()
        let index = staged ? try StagedWorkspace.forCheck(root) : nil
        // The copy is removed when `index` goes: not before the excerpts are read from it.
        defer { withExtendedLifetime(index) {} }
        let workspace = global.load(root: index?.root ?? root)
        var report = Checker.check(workspace, asOf: try global.day())
        // An empty template override is an error: the reports would fall back without it being visible.
        report.diagnostics += TemplateLibrary(workspaceRoot: workspace.root).refusals.filter { $0.code == "template-empty" }
        if owner != nil {
            let filter = try FilterOptions.validated(ReportFilter(owner: owner), in: workspace)
            report = report.limited(to: workspace.deals.filter { filter.includes($0, in: workspace.config) })
        }
        report.diagnostics = ExcerptReader.attach(to: report.diagnostics, root: workspace.root)
        switch format {
        case .text: print(DiagnosticTextRenderer.render(report), terminator: "")
        case .json: print(CheckJSONRenderer.render(report), terminator: "")
        }
        if report.hasErrors || strict && report.warningCount > 0 { throw ExitCode(1) }
    }
}

extension StagedWorkspace {
    /// The staged copy of the workspace at `root`, or a failure saying why there is none.
    static func forCheck(_ root: URL) throws -> StagedWorkspace {
        guard let git = GitCommand.onPath() else { throw CommandFailure.usage("--staged reads git's index, and git is not on PATH") }
        do {
            return try StagedWorkspace(workspace: root, git: git)
        } catch {
            throw CommandFailure.usage(error.description)
        }
    }
}
