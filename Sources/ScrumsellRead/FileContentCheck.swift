#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ScrumsellBase

/// Problems with a file's bytes that stop it from being read as text: empty, binary,
/// not UTF-8, or holding git merge-conflict markers.
public enum FileContentCheck {
    /// The diagnostic for bytes that are not a readable text file, or `nil` when they are.
    public static func problem(path: String, bytes: [UInt8]) -> Diagnostic? {
        let start = SourceLocation(path: path, line: 1, column: 1)
        let content = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        if content.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }) {
            return .error("file-empty", "the file is empty", at: start, hint: "delete it, or start it from `scrumsell new`")
        }
        if let nul = firstNUL(content) {
            let line = content[..<nul].reduce(1) { $1 == 10 ? $0 + 1 : $0 }
            return .error("file-binary", "the file is binary (it holds a NUL byte), not Markdown",
                          at: SourceLocation(path: path, line: line, column: 1), hint: "keep only Markdown files in this folder")
        }
        if let bad = firstInvalidUTF8(content) {
            return .error("file-encoding", "the file is not UTF-8 (invalid byte 0x\(String(content[bad], radix: 16, uppercase: true)))",
                          at: location(of: bad, in: content, path: path),
                          hint: "save the file as UTF-8 in your editor")
        }
        return nil
    }

    /// Lines that start a git merge-conflict block (`<<<<<<<`, `|||||||`, `>>>>>>>`).
    public static func conflictMarkers(in source: SourceText) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for line in 1...max(source.lineCount, 1) where source.lineCount > 0 {
            let range = source.byteRange(ofLine: line)
            guard range.count >= 7 else { continue }
            let first = source.bytes[range.lowerBound]
            guard first == UInt8(ascii: "<") || first == UInt8(ascii: ">") || first == UInt8(ascii: "|") else { continue }
            let run = source.bytes[range.lowerBound..<range.lowerBound + 7]
            guard run.allSatisfy({ $0 == first }), range.count == 7 || source.bytes[range.lowerBound + 7] == 32 else { continue }
            if first == UInt8(ascii: "<") {
                found.append(.error("merge-conflict", "unresolved git merge conflict", at: source.location(line: line, column: 1),
                                    hint: "keep the right side, delete the <<<<<<< ======= >>>>>>> lines, then commit"))
            }
        }
        return found
    }

    private static func firstNUL(_ bytes: ArraySlice<UInt8>) -> Int? {
        let offset: Int? = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
        return offset.map { bytes.startIndex + $0 }
    }

    private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        let offset: Int? = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            let count = buffer.count
            var index = 0
            while index < count {
                // Skip ASCII eight bytes at a time: most of every file is ASCII, with a few
                // accented letters and dashes in between.
                while index + 8 <= count, UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
                guard index < count else { break }
                let byte = base[index]
                if byte < 0x80 { index += 1; continue }
                let length: Int
                switch byte {
                case 0xC2...0xDF: length = 2
                case 0xE0...0xEF: length = 3
                case 0xF0...0xF4: length = 4
                default: return index
                }
                guard index + length <= count else { return index }
                for next in 1..<length where base[index + next] & 0xC0 != 0x80 { return index }
                let second = base[index + 1]
                if byte == 0xE0 && second < 0xA0 || byte == 0xED && second > 0x9F || byte == 0xF0 && second < 0x90 || byte == 0xF4 && second > 0x8F {
                    return index
                }
                index += length
            }
            return nil
        }
        return offset.map { bytes.startIndex + $0 }
    }

    private static func location(of offset: Int, in bytes: ArraySlice<UInt8>, path: String) -> SourceLocation {
        var line = 1, lineStart = bytes.startIndex
        for index in bytes.startIndex..<offset where bytes[index] == 10 {
            line += 1
            lineStart = index + 1
        }
        let column = bytes[lineStart..<offset].reduce(1) { $1 & 0xC0 != 0x80 ? $0 + 1 : $0 }
        return SourceLocation(path: path, line: line, column: column)
    }
}
