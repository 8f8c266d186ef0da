/// Writes control characters as visible text (`\u{1B}`), so that no text output — a diagnostic,
/// an excerpt, a report — can drive a terminal (`\e[2J` clears it) or split a line (a file
/// named `nl⏎# injected.md` would otherwise print a second, forged `path:line:col`).
///
/// Control characters are C0 (U+0000–U+001F) but the tab, DEL (U+007F) and C1
/// (U+0080–U+009F, where U+009B is a second way to start a terminal escape).
public enum ControlCharacterEscaping {
    /// Whether `scalar` is escaped; a tab never is, a line break only when `keepingLineBreaks` is false.
    @inline(__always)
    package static func isEscaped(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool = false) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value != 0x09 && !(keepingLineBreaks && (value == 0x0A || value == 0x0D)) }
        return value == 0x7F || (0x80...0x9F).contains(value)
    }

    /// Whether a UTF-8 byte can belong to an escaped character: every C0 byte, DEL, and `0xC2`,
    /// the lead byte of C1 (and of other Latin-1 characters, which the slow path then keeps).
    @inline(__always)
    static func mayNeedEscape(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x7F || byte == 0xC2 }

    /// `text` with every control character written as `\u{…}` (hexadecimal, upper case).
    public static func escape(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard needsEscape(text, keepingLineBreaks: keepingLineBreaks) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isEscaped(scalar, keepingLineBreaks: keepingLineBreaks) {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether `escape` would change `text`; a pass over its bytes, nearly always false.
    public static func needsEscape(_ text: String, keepingLineBreaks: Bool = false) -> Bool {
        let suspect = text.utf8.withContiguousStorageIfAvailable { $0.contains(where: mayNeedEscape) } ?? text.utf8.contains(where: mayNeedEscape)
        return suspect && text.unicodeScalars.contains { isEscaped($0, keepingLineBreaks: keepingLineBreaks) }
    }
}
