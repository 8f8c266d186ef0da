import ArgumentParser
import ScrumsellKit

/// `scrumsell check`: validate every file of the workspace.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the workspace: every file, every rule.",
        discussion: "Prints each problem as 'path:line:col: error|warning: message' with the source line, a caret and a hint. Exits 1 when there are errors."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let workspace = try global.load()
        var report = Checker.check(workspace, asOf: try global.day())
        report.diagnostics = ExcerptReader.attach(to: report.diagnostics, root: workspace.root)
        switch format {
        case .text: print(DiagnosticTextRenderer.render(report), terminator: "")
        case .json: print(CheckJSONRenderer.render(report), terminator: "")
        }
        if report.hasErrors { throw ExitCode(1) }
    }
}
