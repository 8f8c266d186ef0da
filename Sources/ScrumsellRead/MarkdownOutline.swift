/// The typed outline of a Markdown body: its sections by heading, their lists and items.
public struct MarkdownOutline: Sendable, Equatable {
    /// Level-1 headings (the document title), in order.
    public var titles: [OutlineSection]
    /// Top-level sections: headings of level 2 and deeper that no shallower heading (other than a title) encloses.
    public var sections: [OutlineSection]
    /// List entries before the first section heading.
    public var preamble: [ListEntry]

    public init(titles: [OutlineSection] = [], sections: [OutlineSection] = [], preamble: [ListEntry] = []) {
        self.titles = titles
        self.sections = sections
        self.preamble = preamble
    }

    /// The first section with this title, compared without case.
    public func section(_ title: String) -> OutlineSection? {
        sections.first { $0.title.caseInsensitiveEquals(title) }
    }
}
