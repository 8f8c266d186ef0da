/// A heading and what stands under it up to the next heading of the same or a higher level.
public struct OutlineSection: Sendable, Equatable {
    /// The heading's text, inline markup kept as written, trimmed.
    public var title: String
    /// 1–6; setext headings are 1 (`===`) and 2 (`---`).
    public var level: Int
    public var line: Int
    public var column: Int
    /// First and last line of the section's content (after the heading, before the next one).
    public var contentFirstLine: Int
    public var contentLastLine: Int
    /// List entries of the lists standing directly in this section (not in quotes or nested headings).
    public var entries: [ListEntry]
    /// Headings of a deeper level inside this section.
    public var subsections: [OutlineSection]
    /// `false` when the read scope left the section's content unread (see `ReadScope`): its
    /// heading stands where it does, but it has no entries and no text.
    public var isRead: Bool

    public init(title: String, level: Int, line: Int, column: Int, contentFirstLine: Int, contentLastLine: Int,
                entries: [ListEntry] = [], subsections: [OutlineSection] = [], isRead: Bool = true) {
        self.title = title
        self.level = level
        self.line = line
        self.column = column
        self.contentFirstLine = contentFirstLine
        self.contentLastLine = contentLastLine
        self.entries = entries
        self.subsections = subsections
        self.isRead = isRead
    }

    /// The subsection with this title, compared without case.
    public func subsection(_ title: String) -> OutlineSection? {
        subsections.first { $0.title.caseInsensitiveEquals(title) }
    }

    /// Every checkbox entry in this section, nested ones and those of subsections included, in file order.
    public var allItems: [ListEntry] {
        var result: [ListEntry] = []
        var stack = Array(entriesIncludingSubsections.reversed())
        while let entry = stack.popLast() {
            if entry.checkbox != nil { result.append(entry) }
            stack.append(contentsOf: entry.children.reversed())
        }
        return result.sorted { $0.line < $1.line }
    }

    /// The entries of this section and of its subsections, in file order.
    public var entriesIncludingSubsections: [ListEntry] {
        if subsections.isEmpty { return entries }  // the common case: the section's own array, shared
        var result: [ListEntry] = []
        var pending = [self]
        while let section = pending.popLast() {
            result += section.entries
            pending.append(contentsOf: section.subsections.reversed())
        }
        return result
    }
}

extension String {
    /// Equal when lowercased. ASCII text is compared byte by byte without allocating.
    package func caseInsensitiveEquals(_ other: String) -> Bool {
        // Section and field names are short ASCII: compared byte by byte in place when they are.
        if let ascii = asciiCaseInsensitiveEquals(other) { return ascii }
        var a = utf8.makeIterator(), b = other.utf8.makeIterator()
        while true {
            switch (a.next(), b.next()) {
            case (nil, nil):
                return true
            case let (x?, y?) where x < 0x80 && y < 0x80 && x != 13 && y != 13:
                if x == y { continue }
                let lowerX = x >= 65 && x <= 90 ? x + 32 : x, lowerY = y >= 65 && y <= 90 ? y + 32 : y
                if lowerX != lowerY { return false }
            case let (x, y) where (x ?? 0) < 0x80 && (y ?? 0) < 0x80 && x != 13 && y != 13:
                return false // one ended first, both ASCII so far: lengths differ
            default:
                // Non-ASCII (or a CR, which joins CRLF into one character): the general rule.
                return count == other.count && lowercased() == other.lowercased()
            }
        }
    }

    /// The answer when both strings are ASCII without a CR as far as it takes to know; `nil` otherwise.
    private func asciiCaseInsensitiveEquals(_ other: String) -> Bool? {
        utf8.withContiguousStorageIfAvailable { a -> Bool? in
            other.utf8.withContiguousStorageIfAvailable { b -> Bool? in
                func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
                func plain(_ byte: UInt8) -> Bool { byte < 0x80 && byte != 13 }
                // Names that differ in their first letter (most pairs compared) are told apart at once.
                if let x = a.first, let y = b.first, plain(x), plain(y), lower(x) != lower(y) { return false }
                let shorter = Swift.min(a.count, b.count)
                for index in 0..<shorter {
                    let x = a[index], y = b[index]
                    guard plain(x), plain(y) else { return nil }
                    if x != y, lower(x) != lower(y) { return false }
                }
                let rest = a.count > shorter ? a[shorter...] : b[shorter...]
                return rest.allSatisfy(plain) ? a.count == b.count : nil
            } ?? nil
        } ?? nil
    }
}
