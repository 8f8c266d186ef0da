#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ScrumsellBase

/// The bytes of one workspace file, decoded once, with its line table.
///
/// Lines are numbered from 1. A leading UTF-8 byte-order mark is remembered and skipped;
/// `\r\n` and `\n` both end lines, and `usesCRLF` records which one the file uses so
/// editors can write the same.
public struct SourceText: Sendable {
    /// Path relative to the workspace root, as diagnostics print it.
    public let path: String
    /// The file's bytes after any byte-order mark.
    public let bytes: [UInt8]
    public let hasByteOrderMark: Bool
    public let usesCRLF: Bool
    /// Byte offset in `bytes` where each line starts.
    public let lineStarts: [Int]

    public init(path: String, bytes raw: [UInt8]) {
        self.path = path
        let bom = raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF
        hasByteOrderMark = bom
        bytes = bom ? Array(raw[3...]) : raw
        var starts = [0]
        var crlf = false
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            // Lines average some forty bytes: memchr finds each end faster than a loop over bytes.
            starts.reserveCapacity(buffer.count / 32 + 1)
            var index = 0
            while index < buffer.count, let found = memchr(base + index, 10, buffer.count - index) {
                let newline = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                if newline > 0, base[newline - 1] == 13 { crlf = true }
                index = newline + 1
                if index < buffer.count { starts.append(index) }
            }
        }
        usesCRLF = crlf
        lineStarts = starts
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    public var lineCount: Int { bytes.isEmpty ? 0 : lineStarts.count }

    /// Byte range of a line without its line ending; empty for lines past the end.
    public func byteRange(ofLine line: Int) -> Range<Int> {
        guard line >= 1, line <= lineStarts.count, !bytes.isEmpty else { return bytes.count..<bytes.count }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        if end > start, bytes[end - 1] == 10 { end -= 1 }
        if end > start, bytes[end - 1] == 13 { end -= 1 }
        return start..<end
    }

    /// A line's text without its line ending.
    public func line(_ line: Int) -> String {
        String(decoding: bytes[byteRange(ofLine: line)], as: UTF8.self)
    }

    /// The text of lines `first...last`, joined with `\n`.
    public func lines(_ first: Int, _ last: Int) -> [String] {
        guard first <= last else { return [] }
        return (first...last).map { line($0) }
    }

    /// Converts a 1-based byte column of a line into a 1-based Unicode-scalar column.
    public func characterColumn(line: Int, byteColumn: Int) -> Int {
        let range = byteRange(ofLine: line)
        let end = min(range.lowerBound + max(byteColumn - 1, 0), range.upperBound)
        var column = 1
        var index = range.lowerBound
        while index < end {
            // Count scalar starts: every byte that is not a UTF-8 continuation byte.
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return column + max(0, byteColumn - 1 - (end - range.lowerBound))
    }

    public func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }
}
