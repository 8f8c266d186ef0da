/// A todo.txt-style token inside an item's text: `@owner`, `due:…`, `done:…`, `sprint:…`,
/// `pts:…`, `#kind`, `+link`, `stage:…`.
public struct InlineToken: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case owner, due, done, sprint, points, kind, link, stage
    }

    public var kind: Kind
    /// The value without its prefix (`dana` for `@dana`, `2026-11-30` for `due:2026-11-30`).
    public var value: String
    public var line: Int
    /// Unicode-scalar column of the token's first character.
    public var column: Int

    public init(kind: Kind, value: String, line: Int, column: Int) {
        self.kind = kind
        self.value = value
        self.line = line
        self.column = column
    }

    /// Splits one line of item text into tokens. `column` is the column of the text's first character.
    /// Scans bytes once and allocates only for the tokens it finds.
    public static func scan(_ text: Substring, line: Int, column: Int) -> [InlineToken] {
        var tokens: [InlineToken] = []
        let utf8 = text.utf8
        var index = utf8.startIndex
        var scalarColumn = column
        while index < utf8.endIndex {
            // Skip white space.
            while index < utf8.endIndex, utf8[index] == 32 || utf8[index] == 9 {
                index = utf8.index(after: index)
                scalarColumn += 1
            }
            guard index < utf8.endIndex else { break }
            let wordStart = index
            let wordColumn = scalarColumn
            while index < utf8.endIndex, utf8[index] != 32, utf8[index] != 9 {
                if utf8[index] & 0xC0 != 0x80 { scalarColumn += 1 }
                index = utf8.index(after: index)
            }
            if let token = classify(text[wordStart..<index], line: line, column: wordColumn) { tokens.append(token) }
        }
        return tokens
    }

    private static let prefixes: [(String, Kind)] = [("due:", .due), ("done:", .done), ("sprint:", .sprint), ("pts:", .points), ("stage:", .stage)]

    static func classify(_ word: Substring, line: Int, column: Int) -> InlineToken? {
        guard let (kind, value) = parts(of: word) else { return nil }
        return InlineToken(kind: kind, value: String(value), line: line, column: column)
    }

    /// True when `word` is a token; allocates nothing.
    static func isToken(_ word: Substring) -> Bool { parts(of: word) != nil }

    /// The kind and value of a token word.
    private static func parts(of word: Substring) -> (Kind, Substring)? {
        guard let first = word.utf8.first else { return nil }
        switch first {
        case UInt8(ascii: "@"), UInt8(ascii: "#"), UInt8(ascii: "+"):
            let name = trimmedIdentifier(word.dropFirst())
            guard !name.isEmpty, isIdentifierStart(name.utf8.first!) else { return nil }
            return (first == UInt8(ascii: "@") ? .owner : first == UInt8(ascii: "#") ? .kind : .link, name)
        case UInt8(ascii: "d"), UInt8(ascii: "s"), UInt8(ascii: "p"):
            for (prefix, kind) in prefixes where word.hasPrefix(prefix) {
                let value = trimmedIdentifier(word.dropFirst(prefix.count))
                guard !value.isEmpty else { return nil }
                return (kind, value)
            }
            return nil
        default:
            return nil
        }
    }

    private static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == 95 || byte >= 0x80
    }

    /// Drops sentence punctuation after a token (`@raj,` → `raj`).
    private static func trimmedIdentifier(_ word: Substring) -> Substring {
        var end = word.endIndex
        while end > word.startIndex {
            let previous = word.index(before: end)
            guard ".,;:!?)]}'\"".contains(word[previous]) else { break }
            end = previous
        }
        return word[word.startIndex..<end]
    }
}
