/// Names a document of the workspace: its kind, id and path.
public struct DocumentRef: Sendable, Hashable, Codable, Comparable {
    public var kind: DocumentKind
    public var id: String
    public var path: String

    public init(kind: DocumentKind, id: String, path: String) {
        self.kind = kind
        self.id = id
        self.path = path
    }

    public static func < (lhs: DocumentRef, rhs: DocumentRef) -> Bool { lhs.path < rhs.path }
}
