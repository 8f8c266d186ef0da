/// How much of each document a command reads.
///
/// `check`, the board and the scaffolding commands read everything. The weekly report needs
/// a deal's front-matter and three of its sections, so it reads only those: the other
/// sections' headings are still found (with their lines), but their lists are neither parsed
/// into entries nor modelled, and when the body's layout allows it (see `SectionScan`) cmark
/// never sees them (nor the sections read, when they are plain lists: see `ListScan`). Models
/// read in a scope are the same as full ones in what the scope covers.
public struct ReadScope: Sendable, Equatable {
    /// The deal sections whose lists are read, compared without case; `nil` reads them all.
    public var dealSections: [String]?
    /// Whether plain list sections are read by `ListScan` from their lines rather than by cmark;
    /// `false` only for the tests proving the two readings the same.
    package var scansLists = true

    public init(dealSections: [String]?) {
        self.dealSections = dealSections
    }

    /// Every section of every document.
    public static let everything = ReadScope(dealSections: nil)

    /// What the weekly report reads of a deal: its buying process and next steps (steps due,
    /// attention) and its log (the last contact).
    public static let weeklyReport = ReadScope(dealSections: ["Buying process", "Next steps", "Log"])

    /// The sections to read of a document of `kind`; `nil` for all.
    public func sections(of kind: DocumentKind) -> [String]? {
        kind == .deal ? dealSections : nil
    }
}
