import ScrumsellRead

/// Names a document of the workspace: its kind, id and path.
///
/// A value like any other (compared and hashed by its parts), kept in one shared,
/// immutable box: every item of a document carries its ref, so a copy costs one pointer.
public struct DocumentRef: Sendable, Hashable, Codable, Comparable {
    private final class Storage: Sendable {
        let kind: DocumentKind
        let id: String
        let path: String

        init(kind: DocumentKind, id: String, path: String) {
            self.kind = kind
            self.id = id
            self.path = path
        }
    }

    private let storage: Storage

    public var kind: DocumentKind { storage.kind }
    public var id: String { storage.id }
    public var path: String { storage.path }

    public init(kind: DocumentKind, id: String, path: String) {
        storage = Storage(kind: kind, id: id, path: path)
    }

    public static func == (lhs: DocumentRef, rhs: DocumentRef) -> Bool {
        lhs.storage === rhs.storage || (lhs.kind == rhs.kind && lhs.id == rhs.id && lhs.path == rhs.path)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(id)
        hasher.combine(path)
    }

    public static func < (lhs: DocumentRef, rhs: DocumentRef) -> Bool { lhs.path < rhs.path }

    private enum CodingKeys: String, CodingKey { case kind, id, path }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(kind: try container.decode(DocumentKind.self, forKey: .kind), id: try container.decode(String.self, forKey: .id),
                  path: try container.decode(String.self, forKey: .path))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(id, forKey: .id)
        try container.encode(path, forKey: .path)
    }
}
