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
        endLine(from: start)
    }

    /// Adds one property whose value is TEXT, escaped as `escaped` does.
    public mutating func add(_ name: String, text: String) {
        let start = bytes.count
        bytes.append(contentsOf: name.utf8)
        bytes.append(UInt8(ascii: ":"))
        Self.appendEscaped(text, to: &bytes)
        endLine(from: start)
    }

    /// Ends the line that starts at `start`, folding it when it is longer than 75 octets.
    private mutating func endLine(from start: Int) {
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
        var bytes: [UInt8] = []
        appendEscaped(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `escaped`, on the UTF-8 bytes: a calendar escapes tens of thousands of texts. Other
    /// control characters, which a content line may not hold, become spaces.
    static func appendEscaped(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            bytes.reserveCapacity(bytes.count + utf8.count + 8)
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                switch byte {
                case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","):
                    bytes.append(UInt8(ascii: "\\"))
                    bytes.append(byte)
                case 13:
                    bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                    if index + 1 < utf8.count, utf8[index + 1] == 10 { index += 1 }
                case 10:
                    bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                case 9:
                    bytes.append(9)
                case 0..<32, 127:
                    bytes.append(32)
                case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                    // U+2028 and U+2029, the line and paragraph separators.
                    bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                    index += 2
                default:
                    bytes.append(byte)
                }
                index += 1
            }
        }
    }
}
