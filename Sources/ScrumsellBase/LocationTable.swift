/// Where the named parts of one file stand: its front-matter fields or its section headings,
/// by name.
///
/// A small array rather than a dictionary: a document has a few dozen names at most, every
/// document keeps two tables, and a linear look-up over so few is as quick as hashing.
/// All locations of a table are in the same file.
public struct LocationTable: Sendable, Equatable, Codable, ExpressibleByDictionaryLiteral {
    private struct Entry: Sendable, Equatable {
        var name: String
        var line: Int32
        var column: Int32
    }

    private var path: String
    private var entries: [Entry]

    /// An empty table of locations in `path`, with room for `capacity` of them.
    public init(path: String = "", capacity: Int = 0) {
        self.path = path
        entries = []
        entries.reserveCapacity(capacity)
    }

    public init(dictionaryLiteral elements: (String, SourceLocation)...) {
        self.init(path: elements.first?.1.path ?? "")
        for (name, location) in elements { self[name] = location }
    }

    /// The location recorded under `name`; setting one replaces the earlier.
    public subscript(name: String) -> SourceLocation? {
        get {
            entries.first { $0.name.isSameName(name) }.map { SourceLocation(path: path, line: Int($0.line), column: Int($0.column)) }
        }
        set {
            guard let newValue else {
                entries.removeAll { $0.name.isSameName(name) }
                return
            }
            if entries.isEmpty { path = newValue.path }
            assert(newValue.path == path, "a location table holds the locations of one file")
            record(name, line: newValue.line, column: newValue.column)
        }
    }

    /// Records where `name` stands in this table's file, replacing an earlier record: the
    /// subscript's setter without making a `SourceLocation` first.
    package mutating func record(_ name: String, line: Int, column: Int) {
        let entry = Entry(name: name, line: Int32(clamping: line), column: Int32(clamping: column))
        if let index = entries.firstIndex(where: { $0.name.isSameName(name) }) { entries[index] = entry } else { entries.append(entry) }
    }

    /// The recorded names, in the order they were first recorded.
    public var names: [String] { entries.map(\.name) }

    public var isEmpty: Bool { entries.isEmpty }

    public init(from decoder: Decoder) throws {
        let locations = try decoder.singleValueContainer().decode([String: SourceLocation].self)
        self.init(path: locations.first?.value.path ?? "")
        for name in locations.keys.sorted() { self[name] = locations[name] }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Dictionary(uniqueKeysWithValues: entries.map { ($0.name, self[$0.name]!) }))
    }
}

extension String {
    /// Equal, with the lengths compared first. Field and section names are looked up by
    /// comparing a few dozen short names: most differ in length, which costs nothing to
    /// check, while comparing unequal strings of the same length calls into the runtime.
    @inline(__always)
    package func isSameName(_ other: String) -> Bool {
        utf8.count == other.utf8.count && self == other
    }
}
