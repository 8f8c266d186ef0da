import ScrumsellBase

/// A line of a daily scrum: a win, a rejection, a lead-sourcing idea or a prospect's reaction.
public struct ScrumNote: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case win, rejection, idea, reaction
        /// A line that starts with none of the four words.
        case note
    }

    public var kind: Kind
    /// The text after `kind:`.
    public var text: String
    /// `@who` mentioned in the line.
    public var who: [String]
    public var location: SourceLocation

    public init(kind: Kind, text: String, who: [String], location: SourceLocation) {
        self.kind = kind
        self.text = text
        self.who = who
        self.location = location
    }
}

/// One day of a sprint's daily scrum (`### 2026-11-18`).
public struct ScrumDay: Sendable, Hashable, Codable {
    public var date: Day
    public var notes: [ScrumNote]
    public var line: Int

    public init(date: Day, notes: [ScrumNote], line: Int) {
        self.date = date
        self.notes = notes
        self.line = line
    }
}
