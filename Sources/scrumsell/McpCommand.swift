import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import ScrumsellKit

/// `scrumsell mcp`: serves the workspace to an AI assistant over the Model Context Protocol.
///
/// The server is the `scrumsell-mcp` executable installed beside `scrumsell` (the MCP SDK
/// brings networking that `scrumsell` itself does without): this command resolves the
/// workspace and the day as every command does, then becomes that program.
struct McpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Serve the workspace to an AI assistant: a Model Context Protocol server on standard input and output.",
        discussion: "Tools that read (check, report, board, standup, history, deals, items, show, metrics) return the commands' JSON; tools that edit (touch, item_add, item_state, stage, close, log, stakeholder_add) return the diff and write only when called with apply: true. The deal, campaign, sprint and objective files are resources; weekly_pipeline_review and deal_review are prompts. An assistant starts it as 'scrumsell mcp -w WORKSPACE'. The server is the scrumsell-mcp program installed beside scrumsell."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let root = try global.root()
        let fixed = try global.asOf.map { try GlobalOptions.parseDay($0, option: "--as-of") }
        guard let server = McpCommand.serverPath() else {
            throw CommandFailure.failed("scrumsell-mcp, the MCP server, is not installed beside scrumsell; scripts/install installs both")
        }
        let arguments = [server, root.standardizedFileURL.path, Scrumsell.configuration.version] + (fixed.map { [$0.description] } ?? [])
        var pointers = arguments.map { strdup($0) } + [nil]
        defer { for pointer in pointers { free(pointer) } }
        execv(server, &pointers)
        throw CommandFailure.failed("cannot start \(server): \(String(cString: strerror(errno)))")
    }

    /// `scrumsell-mcp` in the folder of the running `scrumsell` (links resolved), if it is there.
    static func serverPath() -> String? {
        let running = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let folder = URL(fileURLWithPath: running).resolvingSymlinksInPath().deletingLastPathComponent()
        let server = folder.appendingPathComponent("scrumsell-mcp").path
        return FileManager.default.isExecutableFile(atPath: server) ? server : nil
    }
}
