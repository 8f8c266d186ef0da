/// A YAML value with the file position of where it was written.
///
/// This is the reader's own tree, independent of the YAML library, so models can point
/// diagnostics at the exact key or value in the file and the parser behind it can change.
public struct YAMLNode: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A scalar's text; `isPlain` is false for quoted and block scalars (which are always text).
        case scalar(String, isPlain: Bool)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var kind: Kind
    /// Line and column in the file (not in the YAML block).
    public var line: Int
    public var column: Int

    public init(_ kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }

    public var scalar: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    /// True for a plain `~`, `null`, `Null`, `NULL` or an empty plain scalar.
    public var isNull: Bool {
        guard case .scalar(let text, true) = kind, text.utf8.count <= 4 else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// What the value is, for "expected a date, found a list" messages.
    public var kindName: String {
        switch kind {
        case .scalar: return isNull ? "nothing" : "a scalar"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }

    /// The value under `key` in a mapping.
    public subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key == key }?.value
    }
}

/// One `key: value` entry of a YAML mapping, with the key's position.
public struct YAMLPair: Sendable, Equatable {
    public var key: String
    public var keyLine: Int
    public var keyColumn: Int
    public var value: YAMLNode

    public init(key: String, keyLine: Int, keyColumn: Int, value: YAMLNode) {
        self.key = key
        self.keyLine = keyLine
        self.keyColumn = keyColumn
        self.value = value
    }
}
