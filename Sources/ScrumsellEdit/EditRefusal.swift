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

    public init(_ reason: String, diagnostics: [Diagnostic] = [], candidates: [Candidate] = []) {
        self.reason = reason
        self.diagnostics = diagnostics
        self.candidates = candidates
    }

    public var description: String { reason }
}
