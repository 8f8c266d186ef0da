/// A problem found in a workspace file, located at a line and column.
///
/// Diagnostics are values: reading, modelling and checking produce them, the renderers
/// print them (`path:line:col: error: message`, the source line, a caret, the hint).
public struct Diagnostic: Hashable, Sendable, Codable {
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
        case error
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    public var severity: Severity
    /// A stable identifier of the rule that raised it, e.g. `deal-next-steps`.
    public var code: String
    public var message: String
    public var location: SourceLocation
    /// One line telling the user how to fix it.
    public var hint: String?
    /// The source line the location points into, without its line ending; filled in by the reader.
    public var excerpt: String?

    public init(_ severity: Severity, _ code: String, _ message: String, at location: SourceLocation, hint: String? = nil, excerpt: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.hint = hint
        self.excerpt = excerpt
    }

    public static func error(_ code: String, _ message: String, at location: SourceLocation, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, code, message, at: location, hint: hint)
    }

    public static func warning(_ code: String, _ message: String, at location: SourceLocation, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location, hint: hint)
    }
}

extension Diagnostic: Comparable {
    /// Diagnostics sort by place, then severity, then message: output order never depends on threads.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        if lhs.code != rhs.code { return lhs.code < rhs.code }
        return lhs.message < rhs.message
    }
}
