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
        // The common shape, `YYYY-MM-DD text`, without splitting the line.
        let utf8 = entry.text.utf8
        if utf8.count > 11 {
            let dateEnd = utf8.index(utf8.startIndex, offsetBy: 10)
            let textStart = utf8.index(after: dateEnd)
            if utf8[dateEnd] == 32, utf8[textStart] != 32, utf8[textStart] < 0x80, let day = Day(entry.text[..<dateEnd]) {
                return LogEntry(date: day, text: String(entry.text[textStart...]), line: entry.line)
            }
        }
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
