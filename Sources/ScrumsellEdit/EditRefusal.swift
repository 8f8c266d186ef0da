import ScrumsellBase

/// Why an edit was not made: the one-line reason, the diagnostics that make the file
/// ambiguous, and, for a query that matched no item or several, the candidates.
public struct EditRefusal: Error, Sendable, CustomStringConvertible {
    /// An item the user may have meant, printed `path:line: text`.
    public struct Candidate: Sendable, Equatable {
        public var location: SourceLocation
        public var text: String

        public init(location: SourceLocation, text: String) {
            self.location = location
            self.text = text
        }
    }

    public var reason: String
    public var diagnostics: [Diagnostic]
    public var candidates: [Candidate]
    /// True when the command named a document that does not exist (or several): bad usage,
    /// rather than a document the edit cannot be made in.
    public var isUsage: Bool

    public init(_ reason: String, diagnostics: [Diagnostic] = [], candidates: [Candidate] = [], isUsage: Bool = false) {
        self.reason = reason
        self.diagnostics = diagnostics
        self.candidates = candidates
        self.isUsage = isUsage
    }

    public var description: String { reason }
}
