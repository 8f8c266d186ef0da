import ArgumentParser
import Foundation
import ScrumsellKit

/// `--output FILE`, and the rendering every report command shares: templates from the
/// workspace, template errors printed with their location (exit 1).
struct ReportOutput: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write the report to this file instead of standard output (left untouched when its bytes are the same).", valueName: "file"))
    var output: String?

    /// Renders `report` with the workspace's templates (or `library`, when given) and prints
    /// it or writes it to `--output`.
    func emit(_ report: Report, format: ReportFormat, workspace: Workspace, library: TemplateLibrary? = nil) throws {
        try emit(workspace: workspace, library: library, template: ReportRenderer.templateName(for: report, format: format)) { renderer throws(TemplateError) in
            try renderer.render(report, as: format)
        }
    }

    /// Renders with `render` over the workspace's templates (or `library`) and prints the text
    /// or writes it to `--output`; `template` names the template it renders with, if any, for
    /// the failure when it renders nothing.
    func emit(workspace: Workspace, library: TemplateLibrary? = nil, template: String? = nil,
              _ render: (ReportRenderer) throws(TemplateError) -> String) throws {
        ReportOutput.noteProblems(in: workspace)
        let library = library ?? TemplateLibrary(workspaceRoot: workspace.root)
        ReportOutput.noteRefusals(of: library)
        var renderer = ReportRenderer(library: library, workspaceName: workspace.config.name)
        renderer.unreadableFiles = workspace.filesWithErrors.count
        let text = try ReportOutput.rendering { () throws(TemplateError) in try render(renderer) }
        // A report never prints nothing silently: a template override that renders only blanks is a failure.
        if text.allSatisfy(\.isWhitespace), let name = template {
            let origin = library.template(name).map { $0.displayPath } ?? name
            throw CommandFailure.failed("the template \(origin) rendered nothing; 'scrumsell templates show \(name) --built-in' prints the built-in one")
        }
        try write(text)
    }

    /// Prints `text`, or writes it to `--output`.
    func write(_ text: String) throws {
        if let output {
            do {
                try FileUpdate.write(text, to: URL(fileURLWithPath: output))
            } catch let failure as FileUpdate.Failure {
                // Paths as the user gave them: relative to the current folder.
                throw CommandFailure.failed(failure.description.replacingOccurrences(of: FileManager.default.currentDirectoryPath + "/", with: ""))
            }
        } else {
            print(text, terminator: "")
        }
    }

    /// Prints already rendered `text` (CSV) or writes it to `--output`.
    func emitText(_ text: String, workspace: Workspace) throws {
        ReportOutput.noteProblems(in: workspace)
        if let output {
            try FileUpdate.write(text, to: URL(fileURLWithPath: output))
        } else {
            print(text, terminator: "")
        }
    }

    /// Runs a render; a broken template is printed like a `check` diagnostic and the command exits 1.
    static func rendering<T>(_ body: () throws(TemplateError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            FileHandle.standardError.write(Data(DiagnosticTextRenderer.render(error.diagnostic).utf8))
            throw ExitCode(1)
        }
    }

    /// The workspace templates that were not read (a link out of the workspace, a FIFO), as diagnostics on stderr.
    static func noteRefusals(of library: TemplateLibrary) {
        for refusal in library.refusals {
            FileHandle.standardError.write(Data(DiagnosticTextRenderer.render(refusal).utf8))
        }
    }

    /// A one-line note on stderr when some files could not be read: the report leaves them out.
    static func noteProblems(in workspace: Workspace) {
        let errors = workspace.diagnostics.filter { $0.severity == .error }
        guard !errors.isEmpty else { return }
        let files = Set(errors.map(\.location.path)).count
        FileHandle.standardError.write(Data("scrumsell: note: \(files) file\(files == 1 ? " has" : "s have") errors and may be left out of the report; run 'scrumsell check'\n".utf8))
    }
}

/// `--format` of the reports other than the board.
enum TextReportFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, json, html

    var format: ReportFormat {
        switch self {
        case .markdown: return .markdown
        case .json: return .json
        case .html: return .html
        }
    }
}

extension Workspace {
    /// The sprint with this id, or bad usage naming the sprints there are.
    func requireSprint(_ id: String) throws -> Sprint {
        if let sprint = sprint(id) { return sprint }
        let hint = Suggestion.closest(to: id, in: sprints.map(\.id)).map { " (did you mean '\($0)'?)" } ?? ""
        throw CommandFailure.usage("no sprint '\(id)'\(hint); the sprints are: \(sprintList)")
    }

    /// `2026-s43, 2026-s45` or `none`.
    var sprintList: String { sprints.isEmpty ? "none" : sprints.map(\.id).joined(separator: ", ") }
}
