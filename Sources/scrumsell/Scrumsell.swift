import ArgumentParser
import Foundation
import ScrumsellKit

/// The `scrumsell` command: a thin shell over ScrumsellKit.
@main
struct Scrumsell: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scrumsell",
        abstract: "Plan and run agile selling in plain-text Markdown: check plans, render boards, retrospectives and weekly reports.",
        version: "0.1.0",
        subcommands: [
            CheckCommand.self, BoardCommand.self, RetroCommand.self, ReportCommand.self, StandupCommand.self, BuildCommand.self,
            TemplatesCommand.self, InitCommand.self, NewCommand.self, ItemCommand.self, StageCommand.self, CloseCommand.self,
            TouchCommand.self, LogCommand.self, HistoryCommand.self,
            MergeCommand.self, GitSetupCommand.self, McpCommand.self,
        ]
    )

    /// Runs the command and maps failures to the exit statuses of the contract:
    /// 0 success, 1 the command found problems, 2 bad usage or no workspace.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data("scrumsell: \(failure.message)\n".utf8))
            Foundation.exit(failure.status)
        } catch let failure as WorkspaceLocator.Failure {
            FileHandle.standardError.write(Data("scrumsell: \(failure)\n".utf8))
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                // One line: the parser's reason without its "Error: " prefix, and where to look for usage.
                var message = fullMessage(for: error).split(separator: "\n").first.map(String.init) ?? "bad usage"
                if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
                FileHandle.standardError.write(Data("scrumsell: \(message) (see 'scrumsell --help')\n".utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
