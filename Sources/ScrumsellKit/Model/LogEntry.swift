/// A dated line of a deal's `Log`: `- 2026-11-18 Call with Maria: budget approved`.
public struct LogEntry: Sendable, Hashable, Codable {
    public var date: Day?
    public var text: String
    public var line: Int

    public init(date: Day?, text: String, line: Int) {
        self.date = date
        self.text = text
        self.line = line
    }

    /// Splits a leading `YYYY-MM-DD` off a log line.
    static func parse(_ entry: ListEntry) -> LogEntry {
        let words = entry.text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        if let first = words.first, let day = Day(first.trimmingCharacters(in: ":")) {
            return LogEntry(date: day, text: words.count > 1 ? String(words[1]) : "", line: entry.line)
        }
        return LogEntry(date: nil, text: entry.text, line: entry.line)
    }
}

extension Substring {
    func trimmingCharacters(in characters: String) -> Substring {
        var result = self
        while let last = result.last, characters.contains(last) { result = result.dropLast() }
        return result
    }
}
