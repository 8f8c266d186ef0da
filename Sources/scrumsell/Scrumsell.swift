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
            TouchCommand.self, LogCommand.self, HistoryCommand.self, ImportCommand.self, CalendarCommand.self, ContactsCommand.self, MetricsCommand.self, DealsCommand.self, ItemsCommand.self, ShowCommand.self, StakeholderCommand.self,
            PlanCommand.self,
            MergeCommand.self, GitSetupCommand.self, McpCommand.self,
        ]
    )

    /// Runs the command and maps failures to the exit statuses of the contract:
    /// 0 success, 1 the command found problems, 2 bad usage or no workspace.
    static func main() {
        do {
            try refuseUnknownCommand(Array(CommandLine.arguments.dropFirst()))
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
                if message.hasPrefix("Missing value for") { message += "; a value that starts with '-' is written --option=VALUE" }
                FileHandle.standardError.write(Data("scrumsell: \(message) (see 'scrumsell --help')\n".utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    /// A first word that is no command (`scrumsell reprot`) is bad usage with the closest command.
    static func refuseUnknownCommand(_ arguments: [String]) throws {
        guard let first = arguments.first, !first.hasPrefix("-") else { return }
        let names = configuration.subcommands.map { $0.configuration.commandName ?? "" } + ["help"]
        guard !names.contains(first) else { return }
        throw CommandFailure.usage("unknown command '\(first)'\(Suggestion.didYouMean(first, in: names)); 'scrumsell --help' lists the commands")
    }
}
