import Dispatch
import Foundation
import ScrumsellKit
import ScrumsellMCP

// `scrumsell-mcp`: the MCP server `scrumsell mcp` hands over to. It is its own executable so
// that `scrumsell` itself links no networking (the MCP SDK imports FoundationNetworking, which
// brings libcurl): `scrumsell mcp` resolves the workspace and the day, then runs this binary,
// found beside it, as `scrumsell-mcp ROOT VERSION [YYYY-MM-DD]`.

func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data("scrumsell-mcp: \(message)\n".utf8))
    exit(status)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 2 || arguments.count == 3 else {
    fail("run it as 'scrumsell mcp -w WORKSPACE [--as-of YYYY-MM-DD]'", status: 2)
}
let fixed: Day?
if arguments.count == 3 {
    guard let day = Day(arguments[2]) else { fail("the day must be written YYYY-MM-DD, got '\(arguments[2])'", status: 2) }
    fixed = day
} else {
    fixed = nil
}
let context = ToolContext(root: URL(fileURLWithPath: arguments[0], isDirectory: true)) { fixed ?? Day.today() }  // each call defaults to the day it is made on
let version = arguments[1]
let finished = DispatchSemaphore(value: 0)
nonisolated(unsafe) var failure: String?
Task.detached {
    do {
        try await WorkspaceServer.run(context: context, version: version)
    } catch {
        failure = "\(error)"
    }
    finished.signal()
}
finished.wait()
if let failure { fail("the MCP server stopped: \(failure)", status: 1) }
