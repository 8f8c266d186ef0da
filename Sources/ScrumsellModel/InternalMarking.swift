import ScrumsellRead

/// What a workspace keeps from the buyer: the mutual action plan (`scrumsell plan`) leaves out
/// every item and line marked internal (docs/format.md, "Internal sections"):
/// - a heading inside a deal section whose title ends in `(internal)` (`### Our approvals (internal)`
///   under `## Buying process`): everything under it, its own subsections included;
/// - an item or list line holding the tag `#internal`.
///
/// An item under such a heading is read with the kind `internal`, as if it carried the tag, so the
/// rest of the tool (boards, checks) sees it as it always did.
public enum InternalMarking {
    /// The kind, and tag, of what the buyer does not see.
    public static let kind = "internal"

    /// Whether a heading's title marks its section internal: it ends in `(internal)`, in any case.
    public static func marksInternal(_ title: String) -> Bool {
        title.trimmingSpaces().lowercased().hasSuffix("(\(kind))")
    }

    /// Whether a line of text (a buyer objective) holds the tag `#internal`.
    public static func isTagged(_ line: String) -> Bool {
        line.split(whereSeparator: { $0 == " " || $0 == "\t" }).contains { $0.lowercased() == "#\(kind)" }
    }

    /// The lines of `section`'s subsections marked internal, each from its heading to its last line.
    static func internalLines(in section: OutlineSection) -> [ClosedRange<Int>] {
        var ranges: [ClosedRange<Int>] = []
        var pending = section.subsections
        while let subsection = pending.popLast() {
            if marksInternal(subsection.title) {
                ranges.append(subsection.line...max(subsection.line, subsection.contentLastLine, lastLine(of: subsection)))
            } else {
                pending += subsection.subsections
            }
        }
        return ranges
    }

    /// The last line a section's content or any of its subsections reaches.
    private static func lastLine(of section: OutlineSection) -> Int {
        section.subsections.reduce(section.contentLastLine) { max($0, lastLine(of: $1)) }
    }

    /// `items` with the kind `internal` added to every item (and its sub-items) standing on one of `ranges`.
    static func marking(_ items: [Item], within ranges: [ClosedRange<Int>]) -> [Item] {
        guard !ranges.isEmpty else { return items }
        func mark(_ item: Item, inside: Bool) -> Item {
            var item = item
            let isInside = inside || ranges.contains { $0.contains(item.markerLine) }
            if isInside, !item.kinds.contains(where: { $0.lowercased() == kind }) { item.kinds.append(kind) }
            if !item.children.isEmpty { item.children = item.children.map { mark($0, inside: isInside) } }
            return item
        }
        return items.map { mark($0, inside: false) }
    }
}

extension Item {
    /// Whether the buyer must not see the item: tagged `#internal`, or under a heading marked internal.
    public var isInternal: Bool { self.kinds.contains { $0.lowercased() == InternalMarking.kind } }
}
