/// The text encodings a CRM export comes in (`--encoding`), and their decoding to Unicode.
public enum CSVEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"
    case windows1252 = "windows-1252"

    /// Why bytes could not be decoded.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The text of `bytes`: a byte-order mark tells UTF-8 or UTF-16 (either byte order) and
    /// wins over `declared`; without one the declared encoding (default UTF-8) is used. UTF-16
    /// without a mark is read little-endian, as Windows writes it. Invalid UTF-8 is refused
    /// with where it is, so a Windows-1252 file is not silently garbled.
    public static func decode(_ bytes: [UInt8], declared: CSVEncoding?) throws(Failure) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return try utf8(bytes[3...]) }
        if bytes.starts(with: [0xFF, 0xFE]) { return try utf16(bytes[2...], bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try utf16(bytes[2...], bigEndian: true) }
        switch declared ?? .utf8 {
        case .utf8: return try utf8(bytes[...])
        case .utf16: return try utf16(bytes[...], bigEndian: false)
        case .windows1252: return windows1252(bytes)
        }
    }

    static func utf8(_ bytes: ArraySlice<UInt8>) throws(Failure) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        // Locate the first bad byte: line and byte offset, for the message.
        var line = 1
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
            if length == 0 || index + length > bytes.endIndex || String(validating: bytes[index..<index + length], as: UTF8.self) == nil {
                throw Failure(description: "line \(line) is not UTF-8 (byte 0x\(String(lead, radix: 16, uppercase: true)) at offset \(index - bytes.startIndex)); give --encoding windows-1252 or utf-16")
            }
            if lead == 10 { line += 1 }
            index += length
        }
        throw Failure(description: "the file is not UTF-8; give --encoding windows-1252 or utf-16")
    }

    static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) throws(Failure) -> String {
        guard bytes.count % 2 == 0 else { throw Failure(description: "the file is not UTF-16: it holds an odd number of bytes") }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            throw Failure(description: "the file is not UTF-16: it holds an unpaired surrogate")
        }
        return text
    }

    /// Windows-1252: Latin-1 but for 0x80–0x9F, which hold `€`, curly quotes, dashes, …
    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte >= 0x80, byte <= 0x9F, let mapped = high[Int(byte - 0x80)] {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    /// 0x80–0x9F of Windows-1252; the five unassigned bytes read as the C1 controls Latin-1 gives them.
    private static let high: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]
}
