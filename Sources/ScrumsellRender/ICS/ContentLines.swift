/// The content lines of RFC 5545 (iCalendar) and RFC 6350 (vCard): `NAME;PARAM=V:value`,
/// ended by CRLF and folded so that no line is longer than 75 octets, a continuation line
/// starting with one space. A fold never splits a UTF-8 sequence.
public struct ContentLines {
    public private(set) var text = ""

    public init() {}

    /// Adds one property; `value` is written as given (escape text with `escaped`).
    public mutating func add(_ name: String, _ value: String) {
        var line = Array((name + ":" + value).utf8)
        var width = 75
        while line.count > width {
            var cut = width
            // Back up to the start of a UTF-8 sequence.
            while cut > 0, line[cut] & 0xC0 == 0x80 { cut -= 1 }
            text += String(decoding: line[..<cut], as: UTF8.self) + "\r\n "
            line.removeFirst(cut)
            width = 74
        }
        text += String(decoding: line, as: UTF8.self) + "\r\n"
    }

    /// A TEXT value: `\`, `;` and `,` escaped with a backslash, line breaks written `\n`.
    public static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var previousCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n": if !previousCR { result += "\\n" }
            case "\u{2028}", "\u{2029}": result += "\\n"
            default:
                // Other control characters are not allowed in a content line.
                if scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F { result += " " } else { result.unicodeScalars.append(scalar) }
            }
            previousCR = scalar == "\r"
        }
        return result
    }
}
