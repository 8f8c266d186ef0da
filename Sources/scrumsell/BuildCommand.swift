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
        // Each page is written as soon as it is rendered: a large workspace's pages are never all in memory.
        try ReportOutput.rendering { () throws(TemplateError) in
            try ReportBook.render(workspace, asOf: day, renderer: renderer, history: inputs.history) { page in
                guard failure == nil else { return }
                // A page named from a file name holding a line break or an escape is not written: the name would forge output lines.
                if ControlCharacterEscaping.needsEscape(page.fileName) {
                    FileHandle.standardError.write(Data("scrumsell: warning: \(ControlCharacterEscaping.escape(page.fileName)) not written: its name holds a control character\n".utf8))
                    return
                }
                let url = folder.appendingPathComponent(page.fileName)
                do {
                    let outcome = try FileUpdate.write(page.text, to: url)
                    counts[outcome, default: 0] += 1
                    lines.append("  \(outcome.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0))\(page.fileName)")
                } catch {
                    failure = CommandFailure.failed("cannot write \(url.path): \(error.localizedDescription)")
                }
            }
        }
        // The calendars beside the pages: the team's and each member's.
        for calendar in CalendarFiles.render(workspace, asOf: day) where failure == nil {
            guard !ControlCharacterEscaping.needsEscape(calendar.fileName) else {
                FileHandle.standardError.write(Data("scrumsell: warning: \(ControlCharacterEscaping.escape(calendar.fileName)) not written: its name holds a control character\n".utf8))
                continue
            }
            let url = folder.appendingPathComponent(calendar.fileName)
            do {
                let outcome = try FileUpdate.write(calendar.text, to: url)
                counts[outcome, default: 0] += 1
                lines.append("  \(outcome.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0))\(calendar.fileName)")
            } catch {
                failure = CommandFailure.failed("cannot write \(url.path): \(error.localizedDescription)")
            }
        }
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
