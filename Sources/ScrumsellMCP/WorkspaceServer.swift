import Foundation
import MCP
import ScrumsellKit

/// `scrumsell mcp`: a Model Context Protocol server over standard input and output (the
/// official Swift SDK), serving one workspace — the tools of `WorkspaceTool.all`, the plan
/// files as resources, and the prompts of `WorkspacePrompts`.
public enum WorkspaceServer {
    /// Serves until the client closes standard input.
    public static func run(context: ToolContext, version: String) async throws {
        let server = Server(
            name: "scrumsell", version: version,
            instructions: "A Scrumsell sales workspace (\(context.root.lastPathComponent)): deals, campaigns, sprints and objectives in Markdown. Read tools return the commands' JSON; edit tools return a diff and write only with apply: true.",
            capabilities: .init(prompts: .init(listChanged: false), resources: .init(subscribe: false, listChanged: false), tools: .init(listChanged: false))
        )
        await register(on: server, context: context)
        try await server.start(transport: StdioTransport())
        await server.waitUntilCompleted()
    }

    /// The handlers of every method the server answers.
    static func register(on server: Server, context: ToolContext) async {
        let tools = Dictionary(uniqueKeysWithValues: WorkspaceTool.all.map { ($0.name, $0) })
        await server.withMethodHandler(ListTools.self) { _ in
            ListTools.Result(tools: WorkspaceTool.all.map(\.declaration))
        }
        await server.withMethodHandler(CallTool.self) { params in
            guard let tool = tools[params.name] else {
                throw MCPError.invalidParams("no tool '\(params.name)'" + Suggestion.didYouMean(params.name, in: tools.keys.sorted()))
            }
            let arguments = ToolArguments(params.arguments)
            if let unknown = arguments.values.keys.sorted().first(where: { name in !tool.arguments.contains { $0.name == name } }) {
                throw MCPError.invalidParams("'\(params.name)' takes no argument '\(unknown)'" + Suggestion.didYouMean(unknown, in: tool.arguments.map(\.name)))
            }
            return CallTool.Result(content: [.text(text: try tool.call(arguments, context), annotations: nil, _meta: nil)])
        }
        await server.withMethodHandler(ListResources.self) { _ in
            ListResources.Result(resources: WorkspaceResources.list(root: context.root))
        }
        await server.withMethodHandler(ReadResource.self) { params in
            try WorkspaceResources.read(params.uri, root: context.root)
        }
        await server.withMethodHandler(ListPrompts.self) { _ in
            ListPrompts.Result(prompts: WorkspacePrompts.all)
        }
        await server.withMethodHandler(GetPrompt.self) { params in
            try WorkspacePrompts.get(params.name, arguments: params.arguments)
        }
    }
}
