import ArgumentParser
import Foundation
import ScrumsellKit

/// `scrumsell templates list|show`: the templates reports are rendered with.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "List the report templates, or print one to copy into the workspace's templates/ folder and edit.",
        subcommands: [List.self, Show.self]
    )

    /// The library of the workspace, or the built-in templates alone when there is no workspace.
    static func library(_ global: GlobalOptions) -> (TemplateLibrary, URL?) {
        let root = try? global.root()
        return (TemplateLibrary(workspaceRoot: root), root)
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every template and where it comes from.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let (library, root) = TemplatesCommand.library(global)
            let width = (library.names.map(\.count).max() ?? 0) + 2
            for name in library.names {
                let template = library.template(name)!
                let origin: String
                switch template.origin {
                case .builtIn: origin = "built-in"
                case .workspace(let path): origin = TemplateLibrary.builtIn[name] == nil ? "\(path) (workspace)" : "\(path) (overrides the built-in)"
                }
                print(name.padding(toLength: width, withPad: " ", startingAt: 0) + origin)
            }
            if root != nil {
                print("\nTo customise one: scrumsell templates show NAME > templates/NAME, then edit it.")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a template as the reports use it (the workspace's override, if any).")

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The template: its file name, with or without .mustache or .md.mustache (board.md.mustache, board.md, board).", valueName: "name"))
        var name: String

        @Flag(name: .customLong("built-in"), help: "Print the built-in template even when the workspace overrides it.")
        var builtIn = false

        func run() throws {
            let (library, root) = TemplatesCommand.library(global)
            // The built-in one too when the override is the file standard output is being written to
            // (`templates show report > templates/report.md.mustache`: the shell has emptied it already).
            let template = library.template(name)
            let writingOverride = template.map { if case .workspace(let path) = $0.origin, let root { StandardOutput.isFile(root.appendingPathComponent(path).path) } else { false } } ?? false
            let text = builtIn || writingOverride ? TemplateLibrary.fileName(name, in: Set(TemplateLibrary.builtIn.keys)).flatMap { TemplateLibrary.builtIn[$0] }
                               : template?.text
            guard let text else {
                let hint = Suggestion.closest(to: name, in: library.names.map { $0.replacingOccurrences(of: ".md.mustache", with: "").replacingOccurrences(of: ".mustache", with: "") }).map { " (did you mean '\($0)'?)" } ?? ""
                throw CommandFailure.usage("no template named '\(name)'\(hint); 'scrumsell templates list' shows them")
            }
            print(text, terminator: "")
        }
    }
}

/// Where standard output goes.
enum StandardOutput {
    /// True when standard output is the file at `path` (the same device and inode).
    static func isFile(_ path: String) -> Bool {
        var out = stat(), file = stat()
        guard fstat(1, &out) == 0, stat(path, &file) == 0 else { return false }
        return out.st_dev == file.st_dev && out.st_ino == file.st_ino
    }
}
