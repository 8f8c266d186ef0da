import ArgumentParser
import Foundation
import ScrumsellKit

/// `scrumsell build [--out DIR]`: write every report of the workspace, and its HTML site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Write the current sprint board, every finished sprint's retrospective, the week's report an index.md, the calendars (ICS) and the HTML site.",
        discussion: "Files go to the workspace's reports/ folder (or --out DIR) with stable names, the site to its html/ folder (--no-html leaves it out). A file whose bytes would not change is not touched. Exits 1 when check finds errors: the reports are still written, each saying how many files could not be read."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The folder to write to (default: the workspace's reports/).", valueName: "dir"))
    var out: String?

    @OptionGroup var history: HistoryOptions
    @OptionGroup var filters: FilterOptions

    @Flag(name: .customLong("no-html"), help: "Leave out the HTML site (html/: the dashboard, every report, a page per deal, a plan per open deal).")
    var noHTML = false

    func run() throws {
        let day = try global.day()
        let inputs = global.inputs(readsHistory: history.readsHistory, asOf: day, root: try global.root())
        // The reports leave out the deals that could not be read; check sees every file.
        let workspace = inputs.workspace.leavingOutDealsWithErrors()
        ReportOutput.noteProblems(in: workspace)
        let filter = try filters.filter(in: workspace)
        let folder = out.map { URL(fileURLWithPath: $0) } ?? workspace.root.appendingPathComponent("reports")
        let library = inputs.templates
        ReportOutput.noteRefusals(of: library)
        var renderer = ReportRenderer(library: library, workspaceName: workspace.config.name)
        renderer.unreadableFiles = workspace.filesWithErrors.count
        var counts: [FileUpdate.Outcome: Int] = [:]
        var lines: [String] = []
        var htmlCounts: [FileUpdate.Outcome: Int] = [:]
        var failure: CommandFailure?
        /// Writes one page (unless its name holds a control character: it would forge output lines) and counts it.
        func write(_ fileName: String, _ text: String, into folder: URL, counting counts: inout [FileUpdate.Outcome: Int]) -> FileUpdate.Outcome? {
            guard failure == nil else { return nil }
            if ControlCharacterEscaping.needsEscape(fileName) {
                FileHandle.standardError.write(Data("scrumsell: warning: \(ControlCharacterEscaping.escape(fileName)) not written: its name holds a control character\n".utf8))
                return nil
            }
            let url = folder.appendingPathComponent(fileName)
            do {
                let outcome = try FileUpdate.write(text, to: url)
                counts[outcome, default: 0] += 1
                return outcome
            } catch let error as FileUpdate.Failure {
                failure = CommandFailure.failed(error.description)
                return nil
            } catch {
                failure = CommandFailure.failed("cannot write \(url.path): \(error)")
                return nil
            }
        }
        // Each page is written as soon as it is rendered: a large workspace's pages are never all in memory.
        try ReportOutput.rendering { () throws(TemplateError) in
            /// Writes a page of `folder` and lists it.
            func writeListed(_ fileName: String, _ text: String) {
                if let outcome = write(fileName, text, into: folder, counting: &counts) {
                    lines.append("  \(outcome.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0))\(fileName)")
                }
            }
            try ReportBook.render(workspace, asOf: day, renderer: renderer, history: inputs.history, filter: filter) { page in
                writeListed(page.fileName, page.text)
            }
            // The calendars and the site show the whole workspace: a filtered build leaves them out.
            guard filter.isEmpty else { return }
            // The calendar feeds: the team's and each member's.
            for page in CalendarFiles.render(workspace, asOf: day) { writeListed(page.fileName, page.text) }
            guard !noHTML else { return }
            let site = folder.appendingPathComponent("html")
            try HTMLSite.render(workspace, asOf: day, renderer: renderer, history: inputs.history) { page in
                _ = write(page.fileName, page.text, into: site, counting: &htmlCounts)
            }
        }
        if let failure { throw failure }
        let shown = BuildCommand.displayPath(folder)
        print("Reports as of \(day) in \(shown)/: \(counts[.created] ?? 0) created, \(counts[.updated] ?? 0) updated, \(counts[.unchanged] ?? 0) unchanged")
        print(lines.joined(separator: "\n"))
        if !filter.isEmpty {
            print("  (the calendars and html/ show the whole workspace: a filtered build leaves them out)")
        } else if !noHTML {
            print("  html/: \(htmlCounts[.created] ?? 0) created, \(htmlCounts[.updated] ?? 0) updated, \(htmlCounts[.unchanged] ?? 0) unchanged (the dashboard, the reports, a page per deal, a plan per open deal)")
        }
        print("Start with \(shown)/index.md\(noHTML || !filter.isEmpty ? "" : ", or \(shown)/html/index.html in a browser")")
        let check = Checker.check(inputs.workspace, asOf: day)
        print("check: \(DiagnosticTextRenderer.summary(check))\(check.diagnostics.isEmpty ? "" : " (details: scrumsell check)")")
        // The reports are written, each saying what it left out; the errors still fail the build.
        if check.hasErrors { throw ExitCode(1) }
    }

    /// The folder relative to the current one when it lies inside it, else absolute.
    static func displayPath(_ folder: URL) -> String {
        let path = folder.standardizedFileURL.path
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        if path == here { return "." }
        return path.hasPrefix(here + "/") ? String(path.dropFirst(here.count + 1)) : path
    }
}
