/// One change to a file, addressed by the reader's line numbers (1-based, counted after any
/// byte-order mark) and, within a line, by byte offsets into the line's text (its line ending
/// excluded). Replacement text never holds a line break: each element of a line list is one line,
/// and the plan writes it with the file's own line ending.
public enum TextEdit: Sendable, Equatable {
    /// Replaces `bytes` of line `line` with `text`; an empty range inserts.
    case splice(line: Int, bytes: Range<Int>, text: String)
    /// Replaces lines `first...last` with `lines` (no lines: deletes them).
    case replaceLines(first: Int, last: Int, with: [String])
    /// Inserts `lines` before line `before`; `before` one past the last line appends them.
    case insertLines(before: Int, lines: [String])

    /// The original lines the edit rewrites (none for a pure insertion).
    public var touchedLines: ClosedRange<Int>? {
        switch self {
        case .splice(let line, _, _): return line...line
        case .replaceLines(let first, let last, _): return first <= last ? first...last : nil
        case .insertLines: return nil
        }
    }

    /// How many lines the edit adds to the file (negative when it removes some).
    public var lineDelta: Int {
        switch self {
        case .splice: return 0
        case .replaceLines(let first, let last, let lines): return lines.count - (last - first + 1)
        case .insertLines(_, let lines): return lines.count
        }
    }
}
