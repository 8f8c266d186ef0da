import Foundation
import MCP
import ScrumsellKit

/// One tool of the server: its name, what it does, its arguments, and the library call that
/// answers it. The server's tools are a table of these (`WorkspaceTool.all`); adding one is
/// adding an entry.
public struct WorkspaceTool: Sendable {
    /// One argument: a command's argument or option, in snake_case.
    public struct Argument: Sendable {
        public enum Kind: String, Sendable {
            case string, boolean
        }

        public var name: String
        public var kind: Kind
        public var description: String
        public var required: Bool
        /// The values it may take, when they are few.
        public var choices: [String]

        public static func string(_ name: String, _ description: String, required: Bool = false, choices: [String] = []) -> Argument {
            Argument(name: name, kind: .string, description: description, required: required, choices: choices)
        }

        public static func boolean(_ name: String, _ description: String) -> Argument {
            Argument(name: name, kind: .boolean, description: description, required: false, choices: [])
        }
    }

    public typealias Call = @Sendable (ToolArguments, ToolContext) throws -> String

    public var name: String
    public var description: String
    public var arguments: [Argument]
    /// Whether the tool may write (only with `apply: true`).
    public var edits: Bool
    public var call: Call

    public init(name: String, description: String, arguments: [Argument], edits: Bool = false, call: @escaping Call) {
        self.name = name
        self.description = description
        self.arguments = arguments
        self.edits = edits
        self.call = call
    }

    /// The tool as `tools/list` describes it, its arguments as a JSON Schema.
    public var declaration: Tool {
        var properties: [String: Value] = [:]
        for argument in arguments {
            var schema: [String: Value] = ["type": .string(argument.kind.rawValue), "description": .string(argument.description)]
            if !argument.choices.isEmpty { schema["enum"] = .array(argument.choices.map { .string($0) }) }
            properties[argument.name] = .object(schema)
        }
        let required = arguments.filter(\.required).map { Value.string($0.name) }
        return Tool(
            name: name,
            description: description,
            inputSchema: .object(["type": "object", "properties": .object(properties), "required": .array(required), "additionalProperties": false]),
            annotations: .init(readOnlyHint: !edits, destructiveHint: edits ? false : nil, idempotentHint: !edits, openWorldHint: false)
        )
    }

    /// Every tool the server offers: the read tools, then the edit tools.
    public static let all: [WorkspaceTool] = ReadTools.all + EditTools.all

    /// Arguments every tool takes.
    static let asOf = Argument.string("as_of", "The day that counts as today, YYYY-MM-DD (default: the server's --as-of, or today).")
    static let filters: [Argument] = [
        .string("owner", "Only the deals and items this person owns (a member id)."),
        .string("team", "Only this team (a team id)."),
        .string("campaign", "Only this campaign (a campaign id)."),
        .string("stage", "Only deals at this stage (a stage id)."),
    ]
}

/// What a tool call works on: the workspace folder and the day it counts as today.
public struct ToolContext: Sendable {
    public var root: URL
    /// The day when a call gives no `as_of`.
    public var defaultDay: @Sendable () -> Day

    public init(root: URL, defaultDay: @escaping @Sendable () -> Day) {
        self.root = root
        self.defaultDay = defaultDay
    }

    /// The call's `as_of`, or the default day.
    func day(_ arguments: ToolArguments) throws -> Day {
        try arguments.day("as_of") ?? defaultDay()
    }
}
