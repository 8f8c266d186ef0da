/// The content lines of RFC 5545 (iCalendar) and RFC 6350 (vCard): `NAME;PARAM=V:value`,
/// ended by CRLF and folded so that no line is longer than 75 octets, a continuation line
/// starting with one space. A fold never splits a UTF-8 sequence.
public struct ContentLines {
    private var bytes: [UInt8] = []

    public init() {}

    /// The lines written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Adds one property; `value` is written as given (escape text with `escaped`).
    public mutating func add(_ name: String, _ value: String) {
        let start = bytes.count
        bytes.append(contentsOf: name.utf8)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(contentsOf: value.utf8)
        guard bytes.count - start > 75 else {
            bytes.append(contentsOf: [13, 10])
            return
        }
        // Fold: cut the line into pieces of at most 75 octets (74 after the first, which the
        // continuation's space makes 75), each cut backed up to the start of a UTF-8 sequence.
        let line = Array(bytes[start...])
        bytes.removeSubrange(start...)
        var from = 0, width = 75
        while line.count - from > width {
            var cut = from + width
            while cut > from, line[cut] & 0xC0 == 0x80 { cut -= 1 }
            bytes.append(contentsOf: line[from..<cut])
            bytes.append(contentsOf: [13, 10, 32])
            from = cut
            width = 74
        }
        bytes.append(contentsOf: line[from...])
        bytes.append(contentsOf: [13, 10])
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
