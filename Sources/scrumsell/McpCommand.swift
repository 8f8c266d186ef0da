import ArgumentParser
import Dispatch
import Foundation
import ScrumsellKit
import ScrumsellMCP

/// `scrumsell mcp`: serves the workspace to an AI assistant over the Model Context Protocol.
struct McpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Serve the workspace to an AI assistant: a Model Context Protocol server on standard input and output.",
        discussion: "Tools that read (check, report, board, standup, history) return the commands' JSON; tools that edit (touch, item_add, item_state, stage, close, log) return the diff and write only when called with apply: true. The deal, campaign, sprint and objective files are resources; weekly_pipeline_review and deal_review are prompts. An assistant starts it as 'scrumsell mcp -w WORKSPACE'."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let root = try global.root()
        let fixed = try global.asOf.map { try GlobalOptions.parseDay($0, option: "--as-of") }
        // Without --as-of each call's default day is the date it is made on.
        let context = ToolContext(root: root) { fixed ?? ((try? GlobalOptions.parse([]).day()) ?? Day(ordinal: 0)) }
        let version = Scrumsell.configuration.version
        let finished = Finished()
        Task.detached {
            do {
                try await WorkspaceServer.run(context: context, version: version)
                finished.signal(nil)
            } catch {
                finished.signal("\(error)")
            }
        }
        if let failure = finished.wait() { throw CommandFailure.failed("the MCP server stopped: \(failure)") }
    }

    /// The server's end, waited for on the command's thread.
    private final class Finished: @unchecked Sendable {
        private let semaphore = DispatchSemaphore(value: 0)
        private var failure: String?

        func signal(_ failure: String?) {
            self.failure = failure
            semaphore.signal()
        }

        func wait() -> String? {
            semaphore.wait()
            return failure
        }
    }
}
