import Foundation

/// Writes text as a YAML scalar that reads back as exactly that text, quoting only when a
/// plain scalar would be read differently (a leading symbol, `: ` or ` #` inside, a word YAML
/// reads as a number, boolean or null, a line break, surrounding spaces).
public enum YAMLScalar {
    /// How a scalar is written.
    public enum Style: Sendable, Equatable {
        case plain, doubleQuoted, singleQuoted
    }

    /// `text` as a scalar in `style`; a plain scalar that would not read back as `text`
    /// (or as text at all) is double-quoted, and so is a single-quoted one that cannot hold it.
    public static func text(_ text: String, style: Style = .plain, inFlow: Bool = false) -> String {
        switch style {
        case .plain:
            return isSafePlain(text, inFlow: inFlow) && !readsAsNonText(text) ? text : doubleQuoted(text)
        case .singleQuoted:
            return singleQuoted(text) ?? doubleQuoted(text)
        case .doubleQuoted:
            return doubleQuoted(text)
        }
    }

    /// A value meant to be read as written — a date, a number, an id — plain when that is safe.
    public static func token(_ text: String, style: Style = .plain, inFlow: Bool = false) -> String {
        switch style {
        case .plain: return isSafePlain(text, inFlow: inFlow) ? text : doubleQuoted(text)
        case .singleQuoted: return singleQuoted(text) ?? doubleQuoted(text)
        case .doubleQuoted: return doubleQuoted(text)
        }
    }

    /// True when `text` can stand unquoted and a YAML reader returns exactly `text`.
    public static func isSafePlain(_ text: String, inFlow: Bool = false) -> Bool {
        guard let first = text.unicodeScalars.first?.yamlByte, let last = text.unicodeScalars.last?.yamlByte else { return false }
        if YAMLLineLexer.isBlank(first) || YAMLLineLexer.isBlank(last) { return false }
        if YAMLLineLexer.isIndicator(first) { return false }
        if text.hasPrefix("...") { return false }
        var previous: UInt8 = 0x20
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || scalar == "\u{FEFF}" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                return false
            }
            let byte = scalar.yamlByte
            if YAMLLineLexer.startsComment(byte, after: previous) { return false }
            // A `:` before a blank would end a key (before the end, too: checked below).
            if previous == UInt8(ascii: ":") && YAMLLineLexer.isBlank(byte) { return false }
            if inFlow && (YAMLLineLexer.isFlowIndicator(byte) || byte == UInt8(ascii: ":")) { return false }
            previous = byte
        }
        return last != UInt8(ascii: ":")
    }

    /// True for words a YAML 1.1 or 1.2 reader takes for null, a boolean or a number.
    package static func readsAsNonText(_ text: String) -> Bool {
        let lowered = text.lowercased()
        if ["~", "null", "true", "false", "yes", "no", "on", "off", "y", "n", ".nan", ".inf", "-.inf", "+.inf"].contains(lowered) { return true }
        var body = Substring(lowered)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        if body.hasPrefix("0x") || body.hasPrefix("0o") || body.hasPrefix("0b") { return body.dropFirst(2).allSatisfy { $0.isHexDigit || $0 == "_" } && body.count > 2 }
        if body.isEmpty { return false }
        var digits = 0
        for character in body {
            if character.isASCII, character.isNumber { digits += 1; continue }
            guard ".e+-_:".contains(character) else { return false }
        }
        return digits > 0
    }

    /// `"text"` with YAML's double-quote escapes; holds any text on one line.
    public static func doubleQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{2028}": result += "\\L"
            case "\u{2029}": result += "\\P"
            case "\u{85}": result += "\\N"
            case "\u{FEFF}": result += "\\uFEFF"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\x" + (hex.count < 2 ? "0" + hex : hex)
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// `'text'` (a quote doubled), or `nil` when the text holds a character single quotes cannot.
    public static func singleQuoted(_ text: String) -> String? {
        guard text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) && $0 != "\u{FEFF}" && $0 != "\u{2028}" && $0 != "\u{2029}" }) else {
            return nil
        }
        return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
