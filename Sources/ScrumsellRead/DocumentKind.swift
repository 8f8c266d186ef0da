/// The four kinds of Markdown document a workspace holds, each in its own folder.
public enum DocumentKind: String, Sendable, Codable, CaseIterable, Comparable {
    case deal, campaign, sprint, objective

    /// The workspace folder holding documents of this kind.
    public var folder: String { rawValue + "s" }

    public static func < (lhs: DocumentKind, rhs: DocumentKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
