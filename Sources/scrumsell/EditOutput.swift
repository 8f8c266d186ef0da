import Foundation
import ScrumsellKit

/// Runs a planned edit for a command: prints it as a diff (`--dry-run`) or writes it safely,
/// and turns refusals into exit status 1 with the reason, the candidates and the diagnostics
/// (2 when the command named a document that does not exist).
enum EditOutput {
    /// Runs `body` (reading the workspace, planning, writing) holding the workspace's lock, so
    /// that edits at once take turns and none overwrites another's change. A dry run writes
    /// nothing and takes no lock.
    static func locked(_ options: EditOptions, root: URL, _ body: () throws -> Void) throws {
        guard !options.dryRun else { return try body() }
        do {
            try WorkspaceLock.holding(root, body)
        } catch let failure as WorkspaceLock.Failure {
            throw CommandFailure.failed(failure.description)
        }
    }

    static func perform(_ options: EditOptions, root: URL?, plan: () throws -> EditResult) throws {
        let result: EditResult
        do {
            result = try plan()
        } catch let refusal as EditRefusal {
            throw failure(refusal, root: root)
        } catch let error as TemplateError {
            throw CommandFailure.failed("a template could not be rendered\n" + DiagnosticTextRenderer.render(error.diagnostic).trimmingTrailingNewlines())
        }
        if options.dryRun {
            for change in result.changes {
                print(UnifiedDiff.render(path: change.path, old: change.original, new: change.updated), terminator: "")
            }
            for note in result.notes { printError(note) }
            if !result.isEmpty { printError("dry run: nothing was written") }
            return
        }
        do {
            try SafeFileWriter.write(result.changes)
        } catch let failure as SafeFileWriter.Failure {
            throw CommandFailure.failed(failure.description)
        }
        for note in result.notes { print(note) }
    }

    /// The reason on the first line, then the candidates (`path:line: text`) and the diagnostics.
    static func failure(_ refusal: EditRefusal, root: URL?) -> CommandFailure {
        var message = refusal.reason
        for candidate in refusal.candidates {
            message += "\n  \(candidate.location.path):\(candidate.location.line): \(candidate.text)"
        }
        let diagnostics = root.map { ExcerptReader.attach(to: refusal.diagnostics, root: $0) } ?? refusal.diagnostics
        for diagnostic in diagnostics.sorted() {
            message += "\n" + DiagnosticTextRenderer.render(diagnostic).trimmingTrailingNewlines()
        }
        return refusal.isUsage ? .usage(message) : .failed(message)
    }

    /// Renders scaffolds with the workspace's templates (its own `templates/` first).
    static func renderer(root: URL) -> Scaffold.Renderer {
        let library = TemplateLibrary(workspaceRoot: root)
        return { name, context in try library.render(name, context: context) }
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
