import ScrumsellRead

/// The edits of one file, applied to the bytes they were planned from.
///
/// Lines no edit names are copied byte for byte, line endings included. Inserted and
/// replacement lines take the file's own line ending (CRLF in a CRLF file); a byte-order
/// mark stays; a file without a final line break still ends without one.
public struct EditPlan: Sendable {
    public let source: SourceText
    public private(set) var edits: [TextEdit] = []

    public init(source: SourceText) {
        self.source = source
    }

    public mutating func add(_ edit: TextEdit) { edits.append(edit) }
    public mutating func add(_ more: [TextEdit]) { edits += more }

    /// The file's new bytes, byte-order mark included.
    public func apply() throws -> [UInt8] {
        let count = source.lineCount
        var splices: [Int: [(bytes: Range<Int>, text: String)]] = [:]
        var replacements: [Int: (last: Int, lines: [String])] = [:]
        var insertions: [Int: [String]] = [:]
        var replaced = Set<Int>()
        func refuse(_ problem: String) -> EditRefusal { EditRefusal("internal: \(problem) (\(source.path))") }
        for edit in edits {
            switch edit {
            case .splice(let line, let bytes, let text):
                guard line >= 1, line <= count else { throw refuse("an edit names line \(line) of \(count)") }
                guard bytes.lowerBound >= 0, bytes.upperBound <= source.byteRange(ofLine: line).count else { throw refuse("an edit reaches past the end of line \(line)") }
                for other in splices[line] ?? [] where other.bytes.overlaps(bytes) || other.bytes == bytes {
                    throw refuse("two edits overlap on line \(line)")
                }
                splices[line, default: []].append((bytes, text))
            case .replaceLines(let first, let last, let lines):
                guard first >= 1, first <= last, last <= count else { throw refuse("an edit names lines \(first)-\(last) of \(count)") }
                for line in first...last where !replaced.insert(line).inserted { throw refuse("two edits rewrite line \(line)") }
                replacements[first] = (last, lines)
            case .insertLines(let before, let lines):
                guard before >= 1, before <= count + 1 else { throw refuse("an insertion before line \(before) of \(count)") }
                insertions[before, default: []] += lines
            }
        }
        if let line = splices.keys.first(where: replaced.contains) { throw refuse("two edits rewrite line \(line)") }
        for edit in edits {
            let lines: [String]
            switch edit {
            case .splice(_, _, let text): lines = [text]
            case .replaceLines(_, _, let new): lines = new
            case .insertLines(_, let new): lines = new
            }
            guard !lines.contains(where: { $0.utf8.contains(10) || $0.utf8.contains(13) }) else {
                throw EditRefusal("internal: an edit of \(source.path) holds a line break inside a line")
            }
        }

        let newline = dominantLineEnding
        let bytes = source.bytes
        var output: [UInt8] = source.hasByteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        output.reserveCapacity(bytes.count + 256)
        func append(_ line: String) {
            output += Array(line.utf8)
            output += newline
        }
        var line = 1
        while line <= count + 1 {
            for inserted in insertions[line] ?? [] { append(inserted) }
            guard line <= count else { break }
            let content = source.byteRange(ofLine: line)
            let end = line < count ? source.lineStarts[line] : bytes.count
            if let replacement = replacements[line] {
                for new in replacement.lines { append(new) }
                line = replacement.last + 1
                continue
            }
            if let pieces = splices[line] {
                var cursor = content.lowerBound
                for piece in pieces.sorted(by: { $0.bytes.lowerBound < $1.bytes.lowerBound }) {
                    output += bytes[cursor..<content.lowerBound + piece.bytes.lowerBound]
                    output += Array(piece.text.utf8)
                    cursor = content.lowerBound + piece.bytes.upperBound
                }
                output += bytes[cursor..<content.upperBound]
            } else {
                output += bytes[content]
            }
            // The line's own ending, or the file's when the last line had none and more follows.
            if content.upperBound < end {
                output += bytes[content.upperBound..<end]
            } else {
                output += newline
            }
            line += 1
        }
        // A file that ended without a line break still does.
        if count > 0, !endsWithLineBreak, output.count >= newline.count, Array(output.suffix(newline.count)) == newline {
            output.removeLast(newline.count)
        }
        return output
    }

    /// The ending most of the file's lines use: CRLF or LF.
    var dominantLineEnding: [UInt8] {
        var crlf = 0, lf = 0
        // Each line break ends the line before a line start, plus the file's final one.
        let breaks = source.lineStarts.dropFirst() + (endsWithLineBreak ? [source.bytes.count] : [])
        for next in breaks {
            if next >= 2, source.bytes[next - 2] == 13 { crlf += 1 } else { lf += 1 }
        }
        return crlf > lf ? [13, 10] : [10]
    }

    var endsWithLineBreak: Bool { source.bytes.last == 10 }
}
