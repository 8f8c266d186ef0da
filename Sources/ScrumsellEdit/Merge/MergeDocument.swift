/// One version of a plan file as the merge sees it: its lines (without line endings) cut
/// into front-matter and body. A byte-order mark and CRLF endings are read; the merged text
/// is written with the endings of our version.
struct MergeDocument {
    struct Parts {
        /// The top-level entries between the `---` lines, or `nil` for a file without front-matter.
        var frontMatter: [KeyedBlock]?
        var body: [String]
    }

    struct Unreadable: Error {
        var reason: String
    }

    let parts: Result<Parts, Unreadable>
    private let byteOrderMark: Bool
    private let carriageReturns: Bool
    private let finalNewline: Bool

    init(_ text: String) {
        var text = Substring(text)
        byteOrderMark = text.hasPrefix("\u{FEFF}")
        if byteOrderMark { text = text.dropFirst() }
        carriageReturns = text.contains("\r\n")
        finalNewline = text.isEmpty || text.hasSuffix("\n")
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        if finalNewline, !lines.isEmpty { lines.removeLast() }
        parts = MergeDocument.cut(lines)
    }

    private static func cut(_ lines: [String]) -> Result<Parts, Unreadable> {
        guard lines.first == "---" else { return .success(Parts(frontMatter: nil, body: lines)) }
        guard let close = lines.dropFirst().firstIndex(where: { $0 == "---" || $0 == "..." }) else {
            return .failure(Unreadable(reason: "the front-matter has no closing '---' line"))
        }
        if lines[close] == "..." { return .failure(Unreadable(reason: "the front-matter ends with '...'")) }
        let body = Array(lines[(close + 1)...])
        return FrontMatterMerge.entries(Array(lines[1..<close])).map { Parts(frontMatter: $0, body: body) }
    }

    /// Merged lines as a file written like this version.
    func join(_ lines: [String]) -> String {
        let ending = carriageReturns ? "\r\n" : "\n"
        var text = byteOrderMark ? "\u{FEFF}" : ""
        text += lines.joined(separator: ending)
        if finalNewline, !lines.isEmpty { text += ending }
        return text
    }
}
