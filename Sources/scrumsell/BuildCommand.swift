import ArgumentParser
import Foundation
import ScrumsellKit

/// `scrumsell build [--out DIR]`: write every report of the workspace.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Write the current sprint board, every finished sprint's retrospective, the week's report, an index.md and the calendars (ICS).",
        discussion: "Files go to the workspace's reports/ folder (or --out DIR) with stable names. A file whose bytes would not change is not touched."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The folder to write to (default: the workspace's reports/).", valueName: "dir"))
    var out: String?

    @OptionGroup var history: HistoryOptions

    func run() throws {
        let day = try global.day()
        let inputs = global.inputs(readsHistory: history.readsHistory, asOf: day, root: try global.root())
        let workspace = inputs.workspace
        ReportOutput.noteProblems(in: workspace)
        let folder = out.map { URL(fileURLWithPath: $0) } ?? workspace.root.appendingPathComponent("reports")
        let library = inputs.templates
        ReportOutput.noteRefusals(of: library)
        let renderer = ReportRenderer(library: library, workspaceName: workspace.config.name)
        var counts: [FileUpdate.Outcome: Int] = [:]
        var lines: [String] = []
        var failure: CommandFailure?
        func deliver(_ fileName: String, _ text: String) {
            guard failure == nil else { return }
            // A page named from a file name holding a line break or an escape is not written: the name would forge output lines.
            if ControlCharacterEscaping.needsEscape(fileName) {
                FileHandle.standardError.write(Data("scrumsell: warning: \(ControlCharacterEscaping.escape(fileName)) not written: its name holds a control character\n".utf8))
                return
            }
            let url = folder.appendingPathComponent(fileName)
            do {
                let outcome = try FileUpdate.write(text, to: url)
                counts[outcome, default: 0] += 1
                lines.append("  \(outcome.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0))\(fileName)")
            } catch {
                failure = CommandFailure.failed("cannot write \(url.path): \(error.localizedDescription)")
            }
        }
        // Each page is written as soon as it is rendered: a large workspace's pages are never all in memory.
        try ReportOutput.rendering { () throws(TemplateError) in
            try ReportBook.render(workspace, asOf: day, renderer: renderer, history: inputs.history) { page in deliver(page.fileName, page.text) }
        }
        // The calendar feeds: the team's and each member's.
        for page in CalendarFiles.render(workspace, asOf: day) { deliver(page.fileName, page.text) }
        if let failure { throw failure }
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
