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
        if let tokens = text.utf8.withContiguousStorageIfAvailable({ scan(bytes: $0, line: line, column: column) }) { return tokens }
        return Array(text.utf8).withUnsafeBufferPointer { scan(bytes: $0, line: line, column: column) }
    }

    /// `scan` over UTF-8 bytes. Words of ASCII bytes (nearly all) are classified on their bytes
    /// without decoding them; other words go through `classify`.
    static func scan(bytes: UnsafeBufferPointer<UInt8>, line: Int, column: Int) -> [InlineToken] {
        guard mayHoldToken(bytes) else { return [] }
        var tokens: [InlineToken] = []
        var index = 0
        let end = bytes.count
        var scalarColumn = column
        var inCode = false
        while index < end {
            // Skip white space.
            while index < end, bytes[index] == 32 || bytes[index] == 9 {
                index += 1
                scalarColumn += 1
            }
            guard index < end else { break }
            let wordStart = index
            let wordColumn = scalarColumn
            var backticks = 0
            var ascii = true
            while index < end, bytes[index] != 32, bytes[index] != 9 {
                let byte = bytes[index]
                if byte & 0xC0 != 0x80 { scalarColumn += 1 }
                if byte == UInt8(ascii: "`") { backticks += 1 }
                if byte >= 0x80 || byte == 13 { ascii = false }
                index += 1
            }
            let skip = inCode || backticks > 0 && bytes[wordStart] == UInt8(ascii: "`")
            if backticks % 2 == 1 { inCode.toggle() }
            guard !skip else { continue }
            // Only words starting with @ # + d s p can be tokens.
            let first = bytes[wordStart]
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

    /// Whether the bytes hold `@`, `#`, `+` or `:`, without which no word is a token: most
    /// lines of prose (a log, buyer objectives) are passed over eight bytes at a time.
    private static func mayHoldToken(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        // Whether a byte of `word` is zero (the classic test; it never misses one).
        func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
        var index = 0
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
            if hasZeroByte(word ^ (ones &* 0x40)) || hasZeroByte(word ^ (ones &* 0x23))
                || hasZeroByte(word ^ (ones &* 0x2B)) || hasZeroByte(word ^ (ones &* 0x3A)) { return true }
            index += 8
        }
        while index < bytes.count {
            switch bytes[index] {
            case 0x40, 0x23, 0x2B, 0x3A: return true
            default: index += 1
            }
        }
        return false
    }

    /// `classify` for a word of ASCII bytes, where bytes, scalars and characters coincide: the kind and the value's bytes.
    private static func asciiParts(of word: UnsafeBufferPointer<UInt8>) -> (Kind, UnsafeBufferPointer<UInt8>)? {
        guard let first = word.first else { return nil }
        switch first {
        case UInt8(ascii: "@"), UInt8(ascii: "#"), UInt8(ascii: "+"):
            let name = asciiValue(word, from: 1)
            guard let start = name.first, isASCIIWordByte(start) else { return nil }
            return (first == UInt8(ascii: "@") ? .owner : first == UInt8(ascii: "#") ? .kind : .link, name)
        case UInt8(ascii: "d"), UInt8(ascii: "s"), UInt8(ascii: "p"):
            for (prefix, kind) in asciiPrefixes where word.starts(with: prefix) {
                let found = asciiValue(word, from: prefix.count)
                return found.isEmpty ? nil : (kind, found)
            }
            return nil
        default:
            return nil
        }
    }

    private static let asciiPrefixes: [([UInt8], Kind)] = prefixes.map { (Array($0.0.utf8), $0.1) }

    /// `value` on ASCII bytes: the run of value characters from `start`, without `. : - /` at its end.
    private static func asciiValue(_ word: UnsafeBufferPointer<UInt8>, from start: Int) -> UnsafeBufferPointer<UInt8> {
        var end = start
        while end < word.count, isASCIIWordByte(word[end]) || isValuePunctuation(word[end]) { end += 1 }
        while end > start, isValuePunctuation(word[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(rebasing: word[start..<end])
    }

    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57) || byte == 95
    }

    /// `- . : /`, which a value may hold but not end with.
    private static func isValuePunctuation(_ byte: UInt8) -> Bool {
        byte == 45 || byte == 46 || byte == 58 || byte == 47
    }

    /// True when the ASCII word is a token (code spans aside); allocates nothing.
    package static func isToken(asciiWord word: UnsafeBufferPointer<UInt8>) -> Bool { asciiParts(of: word) != nil }

    private static let prefixes: [(String, Kind)] = [("due:", .due), ("done:", .done), ("sprint:", .sprint), ("pts:", .points), ("stage:", .stage)]

    package static func classify(_ word: Substring, line: Int, column: Int) -> InlineToken? {
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
