/// The YAML block between the opening `---` line and the closing `---` (or `...`) line.
public struct FrontMatter: Sendable {
    /// The YAML text, lines joined with `\n`.
    public let yaml: String
    /// Line number (in the file) of the YAML's first line.
    public let firstLine: Int
    /// Line of the closing delimiter.
    public let closingLine: Int
    /// First line of the Markdown body (the line after the closing delimiter).
    public var bodyFirstLine: Int { closingLine + 1 }

    /// Why a file has no usable front-matter block.
    public enum Problem: Error, Equatable, Sendable {
        case missing
        case unclosed
    }

    /// Finds the block at the top of `source`.
    public static func split(_ source: SourceText) -> Result<FrontMatter, Problem> {
        guard source.lineCount >= 1, isDelimiter(source, line: 1, allowDots: false) else { return .failure(.missing) }
        var line = 2
        while line <= source.lineCount {
            if isDelimiter(source, line: line, allowDots: true) {
                var yaml = ""
                if line > 2 {
                    let start = source.lineStarts[1]
                    let end = source.lineStarts[line - 1]
                    let slice = source.bytes[start..<end]
                    yaml = String(decoding: source.usesCRLF ? withoutCarriageReturns(slice)[...] : slice, as: UTF8.self)
                }
                return .success(FrontMatter(yaml: yaml, firstLine: 2, closingLine: line))
            }
            line += 1
        }
        return .failure(.unclosed)
    }

    private static func isDelimiter(_ source: SourceText, line: Int, allowDots: Bool) -> Bool {
        let range = source.byteRange(ofLine: line)
        var end = range.upperBound
        while end > range.lowerBound, source.bytes[end - 1] == 32 || source.bytes[end - 1] == 9 { end -= 1 }
        guard end - range.lowerBound == 3 else { return false }
        let a = source.bytes[range.lowerBound], b = source.bytes[range.lowerBound + 1], c = source.bytes[range.lowerBound + 2]
        if a == 45, b == 45, c == 45 { return true }
        return allowDots && a == 46 && b == 46 && c == 46
    }
}

/// Drops the `\r` of every `\r\n`, so YAML positions count lines the same way either way.
package func withoutCarriageReturns(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    var result = [UInt8]()
    result.reserveCapacity(bytes.count)
    var index = bytes.startIndex
    while index < bytes.endIndex {
        let byte = bytes[index]
        if !(byte == 13 && index + 1 < bytes.endIndex && bytes[index + 1] == 10) { result.append(byte) }
        index += 1
    }
    return result
}
