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
    /// Whether the body is read at all; without it the outline stays empty: enough for
    /// fields, and much cheaper over many versions.
    public var readsBody: Bool

    public init(dealSections: [String]?, readsBody: Bool = true) {
        self.dealSections = dealSections
        self.readsBody = readsBody
    }

    /// Every section of every document.
    public static let everything = ReadScope(dealSections: nil)

    /// The front-matter of every document, and none of its body.
    public static let frontMatterOnly = ReadScope(dealSections: nil, readsBody: false)

    /// The sections to read of a document of `kind`; `nil` for all.
    public func sections(of kind: DocumentKind) -> [String]? {
        kind == .deal ? dealSections : nil
    }
}
