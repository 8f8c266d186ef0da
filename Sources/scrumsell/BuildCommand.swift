import ArgumentParser
import Foundation
import ScrumsellKit

/// `scrumsell build [--out DIR]`: write every report of the workspace.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Write the current sprint board, every finished sprint's retrospective, the week's report and an index.md.",
        discussion: "Files go to the workspace's reports/ folder (or --out DIR) with stable names. A file whose bytes would not change is not touched."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The folder to write to (default: the workspace's reports/).", valueName: "dir"))
    var out: String?

    @OptionGroup var history: HistoryOptions

    func run() throws {
        let workspace = try global.load()
        let day = try global.day()
        ReportOutput.noteProblems(in: workspace)
        let folder = out.map { URL(fileURLWithPath: $0) } ?? workspace.root.appendingPathComponent("reports")
        let renderer = ReportRenderer(library: TemplateLibrary(workspaceRoot: workspace.root), workspaceName: workspace.config.name)
        let book = try ReportOutput.rendering { () throws(TemplateError) in try ReportBook.build(workspace, asOf: day, renderer: renderer, history: history.read(workspace, asOf: day)) }

        var counts: [FileUpdate.Outcome: Int] = [:]
        var lines: [String] = []
        for page in book.pages {
            let outcome: FileUpdate.Outcome
            do {
                outcome = try FileUpdate.write(page.text, to: folder.appendingPathComponent(page.fileName))
            } catch {
                throw CommandFailure.failed("cannot write \(folder.appendingPathComponent(page.fileName).path): \(error.localizedDescription)")
            }
            counts[outcome, default: 0] += 1
            lines.append("  \(outcome.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0))\(page.fileName)")
        }
        let shown = BuildCommand.displayPath(folder)
        print("Reports as of \(day) in \(shown)/: \(counts[.created] ?? 0) created, \(counts[.updated] ?? 0) updated, \(counts[.unchanged] ?? 0) unchanged")
        print(lines.joined(separator: "\n"))
        print("Start with \(shown)/index.md")
        let check = Checker.check(workspace, asOf: day)
        print("check: \(DiagnosticTextRenderer.summary(check))\(check.diagnostics.isEmpty ? "" : " (details: scrumsell check)")")
    }

    /// The folder relative to the current one when it lies inside it, else absolute.
    static func displayPath(_ folder: URL) -> String {
        let path = folder.standardizedFileURL.path
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        if path == here { return "." }
        return path.hasPrefix(here + "/") ? String(path.dropFirst(here.count + 1)) : path
    }
}
