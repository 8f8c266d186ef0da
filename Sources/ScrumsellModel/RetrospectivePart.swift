/// A subsection of a sprint's retrospective (`### What worked`, `### What didn't`,
/// `### Pitch changes`, `### Next sprint`) and its notes.
public struct RetrospectivePart: Sendable, Hashable, Codable {
    public var title: String
    public var notes: [String]
    public var line: Int

    public static let standardTitles = ["What worked", "What didn't", "Pitch changes", "Next sprint"]

    public init(title: String, notes: [String], line: Int) {
        self.title = title
        self.notes = notes
        self.line = line
    }
}
