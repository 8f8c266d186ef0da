#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Spots an alias used inside a mapping key before the YAML library sees it.
///
/// Yams hashes every key to find duplicates, and a key built from aliases that expand
/// exponentially ("billion laughs") would take forever to hash. Front-matter keys are
/// plain words, so any alias in key position (`*a: 1`, `? *a`, `[*a]: 1`) is refused.
package enum AliasKeyGuard {
    /// The 1-based line and column of the first key that may hold an alias, when the block uses aliases at all.
    package static func aliasInKey(_ yaml: String) -> (line: Int, column: Int)? {
        guard holds(UInt8(ascii: "*"), in: yaml), holds(UInt8(ascii: "&"), in: yaml) else { return nil }
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            if let column = keyWithAlias(scalars) { return (index + 1, column + 1) }
        }
        return nil
    }

    /// Whether the text holds the byte, found with memchr: every front-matter block is asked.
    private static func holds(_ byte: UInt8, in text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        } ?? text.utf8.contains(byte)
    }

    /// True when a `:` ending a key (in block or flow context) follows position `index` after blanks.
    private static func colonFollows(_ scalars: [Unicode.Scalar], from index: Int) -> Bool {
        let next = YAMLLineLexer.skipBlanks(scalars, from: index, end: scalars.count)
        return next < scalars.count && YAMLLineLexer.isValueIndicator(scalars, at: next, end: scalars.count, inFlow: true)
    }

    private static func keyWithAlias(_ scalars: [Unicode.Scalar]) -> Int? {
        let end = scalars.count
        // An explicit complex key: `? …` after the indentation and any `- ` entries.
        var start = 0
        while start < end {
            if YAMLLineLexer.isBlank(scalars[start].yamlByte) || YAMLLineLexer.isEntryDash(scalars, at: start, end: end) { start += 1 } else { break }
        }
        if start < end, YAMLLineLexer.startsComment(scalars, at: start, lineStart: start) { return nil }
        if start < end, YAMLLineLexer.isIndicator(UInt8(ascii: "?"), scalars, at: start, end: end) { return start }
        for index in scalars.indices {
            let byte = scalars[index].yamlByte
            if byte == UInt8(ascii: "*"), index == 0 || aliasMayFollow(scalars[index - 1].yamlByte) {
                var nameEnd = index + 1
                while nameEnd < end, YAMLLineLexer.isAnchorCharacter(scalars[nameEnd].yamlByte) { nameEnd += 1 }
                if nameEnd > index + 1, colonFollows(scalars, from: nameEnd) { return index }
            } else if byte == UInt8(ascii: "?"), index == 0 || YAMLLineLexer.isBlank(scalars[index - 1].yamlByte)
                        || YAMLLineLexer.isFlowOpening(scalars[index - 1].yamlByte) || scalars[index - 1].yamlByte == UInt8(ascii: ","),
                      index + 1 == end || YAMLLineLexer.isBlank(scalars[index + 1].yamlByte) {
                // An explicit key inside a flow collection (`[a, ? *b]`): a key that may be an alias.
                return index
            } else if YAMLLineLexer.isFlowClosing(byte) {
                // A flow collection used as a key may hold aliases.
                if colonFollows(scalars, from: index + 1) { return index }
            }
        }
        return nil
    }

    /// Whether an alias may start after `previous`: a blank or an indicator a node may follow.
    private static func aliasMayFollow(_ previous: UInt8) -> Bool {
        YAMLLineLexer.isBlank(previous) || YAMLLineLexer.isFlowOpening(previous) || previous == UInt8(ascii: ",")
            || previous == UInt8(ascii: ":") || previous == UInt8(ascii: "?") || previous == UInt8(ascii: "-")
    }
}
