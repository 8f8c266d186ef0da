/// The part of a deal file history reads: a small front-matter holding only the top-level
/// entries a `DealSnapshot` is made of, cut from a version's text.
///
/// Thousands of versions are read in one history pass, and most of the cost of reading
/// one is parsing YAML that history does not need (stakeholders, tags, contact dates).
/// The excerpt goes through the same reader as the whole file would, so each field means
/// the same; it is also the key under which versions that agree on these fields share
/// one reading. When the front-matter is not plain enough to cut safely (a quoted or
/// complex key, an alias, no closing line), there is no excerpt and the whole file is read.
enum FrontMatterExcerpt {
    /// The keys a `DealSnapshot` is read from.
    static let keys: Set<String> = ["stage", "decision_date", "value", "outcome"]

    /// A document of the front-matter's entries for `keys`, or `nil` to read the whole file.
    static func excerpt(of bytes: [UInt8]) -> [UInt8]? {
        guard isReadableText(bytes) else { return nil }
        var index = bytes.starts(with: YAMLLineLexer.byteOrderMark) ? YAMLLineLexer.byteOrderMark.count : 0
        let end = bytes.count

        /// The next line without its line ending, and moves past it.
        func nextLine() -> ArraySlice<UInt8>? {
            guard index < end else { return nil }
            let start = index
            while index < end, bytes[index] != 0x0A { index += 1 }
            let stop = YAMLLineLexer.endBeforeCarriageReturn(bytes, start: start, end: index)
            if index < end { index += 1 }
            return bytes[start..<stop]
        }

        guard let first = nextLine(), isDelimiter(first, dots: false) else { return nil }
        var excerpt: [UInt8] = Array("---\n".utf8)
        var selected = false
        while let line = nextLine() {
            if isDelimiter(line, dots: true) {
                excerpt += "---\n".utf8
                return excerpt
            }
            if let head = line.first, !YAMLLineLexer.isBlank(head), head != UInt8(ascii: "-"),
               !YAMLLineLexer.startsComment(line, at: line.startIndex, lineStart: line.startIndex) {
                // A new top-level entry: only a plain `key:` can be cut out on its own.
                guard let key = plainKey(line) else { return nil }
                selected = keys.contains(key)
                if selected, aliases(line, keyLength: key.utf8.count) { return nil }
            }
            if selected {
                excerpt += line
                excerpt.append(0x0A)
            }
        }
        return nil
    }

    /// True when the reader would take `bytes` as text: `FileContentCheck` finds no problem.
    /// (Its check reads the bytes in place, eight at a time; building a `String` to validate
    /// them copied every version.)
    static func isReadableText(_ bytes: [UInt8]) -> Bool {
        FileContentCheck.problem(path: "", bytes: bytes) == nil
    }

    /// The key of a line written `key: …` with a plain key, or `nil`.
    private static func plainKey(_ line: ArraySlice<UInt8>) -> String? {
        var index = line.startIndex
        while index < line.endIndex {
            let byte = line[index]
            let isLetter = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == UInt8(ascii: "_")
            let isOther = (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-")
            if isLetter || (isOther && index > line.startIndex) {
                index += 1
                continue
            }
            break
        }
        guard index > line.startIndex, index < line.endIndex, YAMLLineLexer.isValueIndicator(line, at: index, end: line.endIndex) else { return nil }
        return String(decoding: line[line.startIndex..<index], as: UTF8.self)
    }

    /// True when the value after `key:` is an alias, whose anchor may stand in a part left out.
    private static func aliases(_ line: ArraySlice<UInt8>, keyLength: Int) -> Bool {
        let index = YAMLLineLexer.skipBlanks(line, from: line.startIndex + keyLength + 1, end: line.endIndex)
        return index < line.endIndex && line[index] == UInt8(ascii: "*")
    }

    private static func isDelimiter(_ line: ArraySlice<UInt8>, dots: Bool) -> Bool {
        YAMLLineLexer.isDelimiter(line, start: line.startIndex, end: line.endIndex, dots: dots)
    }
}
