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
enum AliasKeyGuard {
    /// The 1-based line and column of the first key that may hold an alias, when the block uses aliases at all.
    static func aliasInKey(_ yaml: String) -> (line: Int, column: Int)? {
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

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }

    private static func isAnchorCharacter(_ scalar: Unicode.Scalar) -> Bool {
        // libyaml's anchor names: ASCII letters, digits, '-' and '_'.
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
    }

    /// True when a `:` (then a space, the line's end or a flow indicator) follows position `index` after spaces.
    private static func colonFollows(_ scalars: [Unicode.Scalar], from index: Int) -> Bool {
        var next = index
        while next < scalars.count, isSpace(scalars[next]) { next += 1 }
        guard next < scalars.count, scalars[next] == ":" else { return false }
        return next + 1 == scalars.count || isSpace(scalars[next + 1]) || ",]}".unicodeScalars.contains(scalars[next + 1])
    }

    private static func keyWithAlias(_ scalars: [Unicode.Scalar]) -> Int? {
        // An explicit complex key: `? …` after the indentation and any `- ` entries.
        var start = 0
        while start < scalars.count {
            if isSpace(scalars[start]) { start += 1 } else if scalars[start] == "-", start + 1 == scalars.count || isSpace(scalars[start + 1]) { start += 1 } else { break }
        }
        if start < scalars.count, scalars[start] == "#" { return nil }
        if start < scalars.count, scalars[start] == "?", start + 1 == scalars.count || isSpace(scalars[start + 1]) { return start }
        for index in scalars.indices {
            switch scalars[index] {
            case "*" where index == 0 || isSpace(scalars[index - 1]) || "[{,:?-".unicodeScalars.contains(scalars[index - 1]):
                var end = index + 1
                while end < scalars.count, isAnchorCharacter(scalars[end]) { end += 1 }
                if end > index + 1, colonFollows(scalars, from: end) { return index }
            case "]", "}":
                // A flow collection used as a key may hold aliases.
                if colonFollows(scalars, from: index + 1) { return index }
            default:
                break
            }
        }
        return nil
    }
}
