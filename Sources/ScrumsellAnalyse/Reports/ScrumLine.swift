import ScrumsellBase
import ScrumsellModel

/// A line of a daily scrum, with its day: a win, a rejection, a lead-sourcing idea, a prospect's reaction or a plain note.
public struct ScrumLine: Sendable, Codable, Equatable {
    public var date: Day
    public var kind: ScrumNote.Kind
    public var text: String
    public var who: [PersonRef]

    public init(date: Day, note: ScrumNote, config: WorkspaceConfig) {
        self.date = date
        kind = note.kind
        // `@who` is shown as `who`; the text keeps everything else as written.
        let mentions = Set(note.who.map { "@" + $0 })
        text = note.text.split(separator: " ", omittingEmptySubsequences: true).filter { !mentions.contains(String($0)) }.joined(separator: " ")
        who = note.who.map { PersonRef.resolve($0, deal: nil, config: config) }
    }
}
