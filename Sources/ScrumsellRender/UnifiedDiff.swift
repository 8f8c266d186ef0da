import ScrumsellRead

/// Prints the difference between two versions of a file as a unified diff (`git diff`'s
/// format, three lines of context), paths prefixed `a/` and `b/` so `git apply` takes it
/// from the workspace root. A file that did not exist is diffed against `/dev/null`.
public enum UnifiedDiff {
    public static let contextLines = 3

    /// The diff of `path` from `old` (`nil`: a new file) to `new`; empty when they are equal.
    public static func render(path: String, old: [UInt8]?, new: [UInt8]) -> String {
        guard old != new else { return "" }
        let before = old.map { Lines($0) } ?? Lines([])
        let after = Lines(new)
        let script = LineDiff.script(before.lines, after.lines)
        var text = "--- \(old == nil ? "/dev/null" : "a/" + path)\n+++ b/\(path)\n"
        for hunk in hunks(script) {
            let oldStart = hunk.first?.oldIndex ?? 0, newStart = hunk.first?.newIndex ?? 0
            let oldCount = hunk.count { $0.kind != .insert }, newCount = hunk.count { $0.kind != .delete }
            text += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            for step in hunk {
                switch step.kind {
                case .keep: text += " " + Lines.written(before.lines[step.oldIndex])
                case .delete: text += "-" + Lines.written(before.lines[step.oldIndex])
                case .insert: text += "+" + Lines.written(after.lines[step.newIndex])
                }
            }
        }
        return text
    }

    /// `start,count` with 1-based start; a range of no lines names the line before it.
    static func range(_ start: Int, _ count: Int) -> String {
        let first = count == 0 ? start : start + 1
        return count == 1 ? "\(first)" : "\(first),\(count)"
    }

    /// Groups the edit script into hunks of changes with their context, merging hunks whose context touches.
    static func hunks(_ script: [LineDiff.Step]) -> [[LineDiff.Step]] {
        let changed = script.indices.filter { script[$0].kind != .keep }
        guard !changed.isEmpty else { return [] }
        var result: [[LineDiff.Step]] = []
        var start = max(0, changed[0] - contextLines)
        var end = min(script.count - 1, changed[0] + contextLines)
        for index in changed.dropFirst() {
            if index - contextLines <= end + 1 {
                end = min(script.count - 1, index + contextLines)
            } else {
                result.append(Array(script[start...end]))
                start = index - contextLines
                end = min(script.count - 1, index + contextLines)
            }
        }
        result.append(Array(script[start...end]))
        return result
    }

    /// A file's lines, each with its own line ending as written (`\n`, `\r\n`, none on a last
    /// line without one), the byte-order mark on the first: `git apply` compares every byte, so
    /// a diff of a CRLF file carries its carriage returns.
    struct Lines {
        var lines: [String]

        init(_ bytes: [UInt8]) {
            let text = SourceText(path: "", bytes: bytes)
            lines = (0..<text.lineCount).map { index in
                let start = text.lineStarts[index]
                let end = index + 1 < text.lineStarts.count ? text.lineStarts[index + 1] : text.bytes.count
                return String(decoding: text.bytes[start..<end], as: UTF8.self)
            }
            if text.hasByteOrderMark, !lines.isEmpty { lines[0] = "\u{FEFF}" + lines[0] }
        }

        /// A line as the diff writes it after its `+`, `-` or space: with its ending, or marked as having none.
        static func written(_ line: String) -> String {
            // By bytes: "\r\n" is one Character, which `hasSuffix("\n")` would not see.
            line.utf8.last == 10 ? line : line + "\n\\ No newline at end of file\n"
        }
    }
}

/// The shortest edit script between two lists of lines (Myers' O(ND) algorithm).
enum LineDiff {
    struct Step: Equatable {
        enum Kind { case keep, delete, insert }
        var kind: Kind
        /// Index into the old lines (for keep and delete) and the new lines (for keep and insert);
        /// for the other side, the index the step would have there.
        var oldIndex: Int
        var newIndex: Int
    }

    static func script(_ a: [String], _ b: [String]) -> [Step] {
        let n = a.count, m = b.count
        let limit = n + m
        guard limit > 0 else { return [] }
        var frontier = [Int](repeating: 0, count: 2 * limit + 2)
        var trace: [[Int]] = []
        var found = false
        for d in 0...limit {
            trace.append(frontier)
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && frontier[k - 1 + limit] < frontier[k + 1 + limit]) {
                    x = frontier[k + 1 + limit]
                } else {
                    x = frontier[k - 1 + limit] + 1
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                frontier[k + limit] = x
                if x >= n, y >= m { found = true; break }
            }
            if found { break }
        }
        // Walk back through the saved frontiers.
        var steps: [Step] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previousK = (k == -d || (k != d && v[k - 1 + limit] < v[k + 1 + limit])) ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : v[previousK + limit]
            let previousY = previousX - previousK
            while x > previousX, y > previousY {
                x -= 1; y -= 1
                steps.append(Step(kind: .keep, oldIndex: x, newIndex: y))
            }
            if d > 0 {
                if x == previousX {
                    y -= 1
                    steps.append(Step(kind: .insert, oldIndex: x, newIndex: y))
                } else {
                    x -= 1
                    steps.append(Step(kind: .delete, oldIndex: x, newIndex: y))
                }
            }
        }
        return steps.reversed()
    }
}
