/// Cuts chosen top-level entries out of a file's front-matter, as a document of their own
/// that reads as they read in the whole: the scanning part of `FrontMatterExcerpt`.
///
/// Only a plain `key:` at the first column starts an entry that can be cut; a quoted or
/// complex key, an alias as a chosen value (its anchor may stand in a part left out) or a
/// missing closing line leaves the front-matter uncut. A byte-order mark and CRLF line
/// endings are read; the cut has `\n` endings.
package enum FrontMatterCut {
    /// A document of the front-matter's top-level entries for `keys`, or `nil` when the
    /// front-matter cannot be cut safely.
    package static func entries(_ keys: Set<String>, of bytes: [UInt8]) -> [UInt8]? {
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
        var cut: [UInt8] = Array("---\n".utf8)
        var selected = false
        while let line = nextLine() {
            if isDelimiter(line, dots: true) {
                cut += "---\n".utf8
                return cut
            }
            if let head = line.first, !YAMLLineLexer.isBlank(head), head != UInt8(ascii: "-"),
               !YAMLLineLexer.startsComment(line, at: line.startIndex, lineStart: line.startIndex) {
                // A new top-level entry: only a plain `key:` can be cut out on its own.
                guard let key = plainKey(line) else { return nil }
                selected = keys.contains(key)
                if selected, aliases(line, keyLength: key.utf8.count) { return nil }
            }
            if selected {
                cut += line
                cut.append(0x0A)
            }
        }
        return nil
    }

    /// The key of a top-level front-matter line written `key: …` with a plain key, or `nil`
    /// (the merge driver splits front-matter into entries with it).
    package static func plainKey(of line: String) -> String? {
        let bytes = Array(line.utf8)
        return plainKey(bytes[...])
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
