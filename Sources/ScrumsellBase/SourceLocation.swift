/// A place in a workspace file: `path:line:column`, with 1-based line and column.
///
/// `path` is relative to the workspace root so diagnostics read the same on any machine.
/// Columns count Unicode scalars, so a caret lines up under the character in a terminal.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public var path: String
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }
    // Every item, field and section of a workspace keeps a location: four bytes each are plenty.
    private var storedLine: Int32
    private var storedColumn: Int32

    public init(path: String, line: Int, column: Int) {
        self.path = path
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    public var description: String { "\(path):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.storedLine, lhs.storedColumn) < (rhs.path, rhs.storedLine, rhs.storedColumn)
    }

    private enum CodingKeys: String, CodingKey { case path, line, column }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(path: try container.decode(String.self, forKey: .path), line: try container.decode(Int.self, forKey: .line),
                  column: try container.decode(Int.self, forKey: .column))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
    }
}
