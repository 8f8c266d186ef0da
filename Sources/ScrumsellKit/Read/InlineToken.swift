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
    /// Scans bytes once and allocates only for the tokens it finds. Words inside a `code span`
    /// on the line are not tokens.
    public static func scan(_ text: Substring, line: Int, column: Int) -> [InlineToken] {
        var tokens: [InlineToken] = []
        let utf8 = text.utf8
        var index = utf8.startIndex
        var scalarColumn = column
        var inCode = false
        while index < utf8.endIndex {
            // Skip white space.
            while index < utf8.endIndex, utf8[index] == 32 || utf8[index] == 9 {
                index = utf8.index(after: index)
                scalarColumn += 1
            }
            guard index < utf8.endIndex else { break }
            let wordStart = index
            let wordColumn = scalarColumn
            var backticks = 0
            while index < utf8.endIndex, utf8[index] != 32, utf8[index] != 9 {
                if utf8[index] & 0xC0 != 0x80 { scalarColumn += 1 }
                if utf8[index] == UInt8(ascii: "`") { backticks += 1 }
                index = utf8.index(after: index)
            }
            let skip = inCode || backticks > 0 && utf8[wordStart] == UInt8(ascii: "`")
            if backticks % 2 == 1 { inCode.toggle() }
            if !skip, let token = classify(text[wordStart..<index], line: line, column: wordColumn) { tokens.append(token) }
        }
        return tokens
    }

    private static let prefixes: [(String, Kind)] = [("due:", .due), ("done:", .done), ("sprint:", .sprint), ("pts:", .points), ("stage:", .stage)]

    static func classify(_ word: Substring, line: Int, column: Int) -> InlineToken? {
        guard let first = word.utf8.first else { return nil }
        switch first {
        case UInt8(ascii: "@"), UInt8(ascii: "#"), UInt8(ascii: "+"):
            let name = value(word.dropFirst())
            guard let start = name.unicodeScalars.first, isIdentifierStart(start) else { return nil }
            let kind: Kind = first == UInt8(ascii: "@") ? .owner : first == UInt8(ascii: "#") ? .kind : .link
            return InlineToken(kind: kind, value: name, line: line, column: column)
        case UInt8(ascii: "d"), UInt8(ascii: "s"), UInt8(ascii: "p"):
            for (prefix, kind) in prefixes where word.hasPrefix(prefix) {
                let found = value(word.dropFirst(prefix.count))
                guard !found.isEmpty else { return nil }
                return InlineToken(kind: kind, value: found, line: line, column: column)
            }
            return nil
        default:
            return nil
        }
    }

    private static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? isASCIIWordCharacter(scalar) : isValueCharacter(scalar)
    }

    private static func isASCIIWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
    }

    /// Letters, digits and `- _ . : /` (ids, dates, decimal points); any other character ends a value.
    private static func isValueCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isASCIIWordCharacter(scalar) || "-.:/".unicodeScalars.contains(scalar) }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar.properties.isDiacritic
    }

    /// A token's value: its characters up to the first that cannot be in one, without sentence
    /// punctuation at the end (`@raj,` → `raj`, `@k](url)` → `k`, `due:2026-11-30.` → `2026-11-30`).
    private static func value(_ word: Substring) -> String {
        var scalars = word.unicodeScalars.prefix { isValueCharacter($0) }
        while let last = scalars.last, ".:-/".unicodeScalars.contains(last) { scalars = scalars.dropLast() }
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars)
        return result
    }
}
