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
        if let tokens = text.utf8.withContiguousStorageIfAvailable({ scan(bytes: $0, line: line, column: column) }) { return tokens }
        return Array(text.utf8).withUnsafeBufferPointer { scan(bytes: $0, line: line, column: column) }
    }

    /// Splits UTF-8 text into tokens; words of ASCII bytes are classified without decoding them.
    static func scan(bytes: UnsafeBufferPointer<UInt8>, line: Int, column: Int) -> [InlineToken] {
        var tokens: [InlineToken] = []
        var index = 0
        let end = bytes.count
        var scalarColumn = column
        while index < end {
            // Skip white space.
            while index < end, bytes[index] == 32 || bytes[index] == 9 {
                index += 1
                scalarColumn += 1
            }
            guard index < end else { break }
            let wordStart = index
            let wordColumn = scalarColumn
            var ascii = true
            while index < end, bytes[index] != 32, bytes[index] != 9 {
                let byte = bytes[index]
                if byte & 0xC0 != 0x80 { scalarColumn += 1 }
                if byte >= 0x80 || byte == 13 { ascii = false }
                index += 1
            }
            let first = bytes[wordStart]
            // Only words starting with @ # + d s p can be tokens.
            guard first == 64 || first == 35 || first == 43 || first == 100 || first == 115 || first == 112 else { continue }
            let word = UnsafeBufferPointer(rebasing: bytes[wordStart..<index])
            if ascii {
                if let (kind, value) = asciiParts(of: word) {
                    tokens.append(InlineToken(kind: kind, value: String(decoding: value, as: UTF8.self), line: line, column: wordColumn))
                }
            } else if let token = classify(Substring(String(decoding: word, as: UTF8.self)), line: line, column: wordColumn) {
                tokens.append(token)
            }
        }
        return tokens
    }

    /// `parts(of:)` for a word of ASCII bytes (where characters and bytes coincide).
    private static func asciiParts(of word: UnsafeBufferPointer<UInt8>) -> (Kind, UnsafeBufferPointer<UInt8>)? {
        guard let first = word.first else { return nil }
        func trimmed(from start: Int) -> UnsafeBufferPointer<UInt8> {
            var end = word.count
            while end > start, isTrailingPunctuation(word[end - 1]) { end -= 1 }
            return UnsafeBufferPointer(rebasing: word[start..<end])
        }
        switch first {
        case UInt8(ascii: "@"), UInt8(ascii: "#"), UInt8(ascii: "+"):
            let name = trimmed(from: 1)
            guard let start = name.first, isIdentifierStart(start) else { return nil }
            return (first == UInt8(ascii: "@") ? .owner : first == UInt8(ascii: "#") ? .kind : .link, name)
        case UInt8(ascii: "d"), UInt8(ascii: "s"), UInt8(ascii: "p"):
            for (prefix, kind) in asciiPrefixes where word.starts(with: prefix) {
                let value = trimmed(from: prefix.count)
                return value.isEmpty ? nil : (kind, value)
            }
            return nil
        default:
            return nil
        }
    }

    private static let asciiPrefixes: [([UInt8], Kind)] = prefixes.map { (Array($0.0.utf8), $0.1) }

    /// The bytes of `".,;:!?)]}'\""`.
    private static func isTrailingPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case 46, 44, 59, 58, 33, 63, 41, 93, 125, 39, 34: return true
        default: return false
        }
    }

    /// True when the ASCII word is a token; allocates nothing.
    static func isToken(asciiWord word: UnsafeBufferPointer<UInt8>) -> Bool { asciiParts(of: word) != nil }

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
