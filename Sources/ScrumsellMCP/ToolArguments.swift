import MCP
import ScrumsellKit

/// The arguments of one tool call, read by name (snake_case, as the tool table declares them).
/// A missing required argument or one of the wrong type is an MCP "invalid params" error.
public struct ToolArguments: Sendable {
    public var values: [String: Value]

    public init(_ values: [String: Value]?) {
        self.values = values ?? [:]
    }

    /// A text argument, or `nil` when it is absent or null.
    public func string(_ name: String) throws -> String? {
        switch values[name] {
        case nil, .null?: return nil
        case .string(let text)?: return text
        case let other?: throw MCPError.invalidParams("'\(name)' must be a string, got \(other)")
        }
    }

    /// A text argument that must be given.
    public func required(_ name: String) throws -> String {
        guard let text = try string(name) else { throw MCPError.invalidParams("'\(name)' is required") }
        return text
    }

    /// A yes/no argument; absent is `false`.
    public func flag(_ name: String) throws -> Bool {
        switch values[name] {
        case nil, .null?: return false
        case .bool(let value)?: return value
        case let other?: throw MCPError.invalidParams("'\(name)' must be true or false, got \(other)")
        }
    }

    /// A date argument written YYYY-MM-DD, or `nil`.
    public func day(_ name: String) throws -> Day? {
        guard let text = try string(name) else { return nil }
        guard let day = Day(text) else { throw MCPError.invalidParams("'\(name)' must be a date written YYYY-MM-DD, got '\(text)'") }
        return day
    }
}
