import ScrumsellRead

/// The part of a deal file history reads: a small front-matter holding only the top-level
/// entries a `DealSnapshot` is made of, cut from a version's text.
///
/// Thousands of versions are read in one history pass, and most of the cost of reading
/// one is parsing YAML that history does not need (stakeholders, tags, contact dates).
/// The excerpt goes through the same reader as the whole file would, so each field means
/// the same; it is also the key under which versions that agree on these fields share
/// one reading. When the front-matter is not plain enough to cut safely (a quoted or
/// complex key, an alias, no closing line), there is no excerpt and the whole file is read.
package enum FrontMatterExcerpt {
    /// The keys a `DealSnapshot` is read from.
    static let keys: Set<String> = ["stage", "decision_date", "value", "outcome"]

    /// A document of the front-matter's entries for `keys`, or `nil` to read the whole file.
    package static func excerpt(of bytes: [UInt8]) -> [UInt8]? {
        guard isReadableText(bytes) else { return nil }
        return FrontMatterCut.entries(keys, of: bytes)
    }

    /// True when the reader would take `bytes` as text: `FileContentCheck` finds no problem.
    /// (Its check reads the bytes in place, eight at a time; building a `String` to validate
    /// them copied every version.)
    package static func isReadableText(_ bytes: [UInt8]) -> Bool {
        FileContentCheck.problem(path: "", bytes: bytes) == nil
    }
}
