import ScrumsellBase

/// How an export writes its dates (`--date-format`, `import: date_format:`).
public enum ImportDateFormat: String, Sendable, CaseIterable {
    case iso = "YYYY-MM-DD"
    case us = "MM/DD/YYYY"
    case dayFirstSlash = "DD/MM/YYYY"
    case dotted = "DD.MM.YYYY"

    /// The format a text is written in as far as its shape tells: ISO by its dashes, dotted by
    /// its dots; slashes are `nil` (US or day-first: the values must tell).
    public static func shape(of text: Substring) -> ImportDateFormat? {
        if text.contains("-") { return .iso }
        if text.contains(".") { return .dotted }
        return nil
    }

    /// Reads the date at the start of `text` (a time after it is ignored: `2026-11-20 10:05`,
    /// `2026-11-20T10:05:00Z`, `11/20/2026 10:05 AM`); `nil` when it is no date in this format.
    public func day(_ text: String) -> Day? {
        let trimmed = text.trimmingSpaces()
        let datePart = trimmed.prefix { $0 != " " && $0 != "T" && $0 != "t" }
        let separator: Character = self == .iso ? "-" : self == .dotted ? "." : "/"
        let parts = datePart.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) }),
              let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        switch self {
        case .iso: return parts[0].count == 4 ? Day(year: a, month: b, day: c) : nil
        case .us: return parts[2].count == 4 ? Day(year: c, month: a, day: b) : nil
        case .dayFirstSlash, .dotted: return parts[2].count == 4 ? Day(year: c, month: b, day: a) : nil
        }
    }

    /// The slash format the dates of a file are written in: US when some date's second part is
    /// over 12, day-first when some first part is; `nil` when no date tells (or they disagree).
    public static func detectSlashFormat(_ texts: [String]) -> (format: ImportDateFormat?, ambiguous: Bool) {
        var monthFirst = false, dayFirst = false, anySlash = false
        for text in texts {
            let datePart = text.trimmingSpaces().prefix { $0 != " " }
            let parts = datePart.split(separator: "/")
            guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]) else { continue }
            anySlash = true
            // Only a date valid one way counts (13/45/2026 is bad whichever way it is read).
            if a > 12, a <= 31, (1...12).contains(b) { dayFirst = true }
            if b > 12, b <= 31, (1...12).contains(a) { monthFirst = true }
        }
        if monthFirst != dayFirst { return (monthFirst ? .us : .dayFirstSlash, false) }
        return (nil, anySlash)
    }
}

/// Reads the amounts of an export: thousands separators, currency symbols and codes, a decimal comma.
public enum ImportAmount {
    /// The number and the currency its symbol or code names (`$1,200.50` → 1200.5, `USD`); `nil`
    /// for no number, a negative one or one too large for a deal (over 10¹⁵).
    public static func parse(_ text: String) -> (value: Double, currency: String?)? {
        var currency: String?
        var letters = ""
        var digits = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "0"..."9", ",", ".", "'": digits.unicodeScalars.append(scalar)
            case "$": currency = currency ?? "USD"
            case "€": currency = "EUR"
            case "£": currency = "GBP"
            case "¥": currency = "JPY"
            case "-", "(": return nil
            case " ", "\u{A0}", "\u{202F}", "\t": continue
            default:
                guard scalar.properties.isAlphabetic, scalar.isASCII else { return nil }
                letters.unicodeScalars.append(scalar)
            }
        }
        if !letters.isEmpty {
            guard letters.count == 3 else { return nil }
            currency = letters.uppercased()
        }
        digits = digits.replacingOccurrences(of: "'", with: "")
        guard !digits.isEmpty, digits.first?.isNumber ?? false || digits.first == "." || digits.first == "," else { return nil }
        let lastComma = digits.lastIndex(of: ","), lastDot = digits.lastIndex(of: ".")
        var decimal: Character?
        switch (lastComma, lastDot) {
        case let (comma?, dot?): decimal = comma > dot ? "," : "."
        case (.some, nil), (nil, .some):
            // One kind of separator: `1,200`, `1.200` and `1,200,000` group thousands (a deal's
            // amount has no third decimal); `1200,50` and `12.5` have a decimal mark.
            let mark: Character = lastComma != nil ? "," : "."
            let groups = digits.split(separator: mark, omittingEmptySubsequences: false)
            decimal = groups.count == 2 && groups[1].count != 3 ? mark : nil
        case (nil, nil): decimal = nil
        }
        var plain = ""
        for character in digits {
            if character == decimal { plain.append(".") } else if character.isNumber { plain.append(character) }
        }
        guard let value = Double(plain), value.isFinite, value >= 0, value <= 1e15 else { return nil }
        return (value, currency)
    }
}
