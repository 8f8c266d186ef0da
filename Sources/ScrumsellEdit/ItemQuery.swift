import ScrumsellBase
import ScrumsellRead
import ScrumsellModel

/// Finds the item a user means in one document: by a piece of its text (without case), or
/// by line (`:12`). Several matches narrow to an exact match of the whole text, then to the
/// items the action would change; what is still ambiguous is refused with the candidates.
public struct ItemQuery: Sendable {
    public var text: String

    public init(_ text: String) { self.text = text }

    /// Every checkbox entry under the document's sections (nested ones and subsections included), in line order.
    public static func items(of outline: MarkdownOutline) -> [ListEntry] {
        outline.sections.flatMap(\.allItems).sorted { $0.line < $1.line }
    }

    /// The one entry the query names, or a refusal listing the candidates.
    public func match(in document: EditableDocument, for action: ItemAction?) throws -> ListEntry {
        let items = Self.items(of: document.outline)
        let query = text.trimmingSpaces()
        guard !query.isEmpty else { throw EditRefusal("the query is empty: give a piece of the item's text") }
        var matches: [ListEntry]
        if query.hasPrefix(":"), let line = Int(query.dropFirst()) {
            matches = items.filter { $0.line == line || ($0.textLine...max($0.textLine, $0.textEndLine)).contains(line) }
        } else {
            let lowered = query.lowercased()
            matches = items.filter { $0.text.lowercased().contains(lowered) }
            if matches.count > 1 {
                let exact = matches.filter { $0.text.caseInsensitiveEquals(query) || Item.strippingTokens($0.text).caseInsensitiveEquals(query) }
                if exact.count == 1 { matches = exact }
            }
        }
        if matches.count > 1, let action {
            let applicable = matches.filter { action.applies(to: $0.checkbox ?? .todo) }
            if applicable.count == 1 { matches = applicable }
        }
        if matches.count == 1 { return matches[0] }
        let shown = matches.isEmpty ? items : matches
        let reason = matches.isEmpty
            ? "no item of \(document.path) matches '\(query)'" + (items.isEmpty ? " (it has no items)" : "; its items are:")
            : "'\(query)' matches \(matches.count) items of \(document.path); give more of the text, or the line as :LINE"
        throw EditRefusal(reason, candidates: shown.map { Self.candidate($0, in: document) })
    }

    static func candidate(_ entry: ListEntry, in document: EditableDocument) -> EditRefusal.Candidate {
        EditRefusal.Candidate(location: SourceLocation(path: document.path, line: entry.line, column: entry.column),
                              text: "\(entry.checkbox?.marker ?? "") \(entry.text)")
    }
}
