/// A place in a workspace file: `path:line:column`, with 1-based line and column.
///
/// `path` is relative to the workspace root so diagnostics read the same on any machine.
/// Columns count Unicode scalars, so a caret lines up under the character in a terminal.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    public var description: String { "\(path):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}
