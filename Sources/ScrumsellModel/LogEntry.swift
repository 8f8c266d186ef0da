import ScrumsellBase
import ScrumsellRead

/// A dated line of a deal's `Log`: `- 2026-11-18 Call with Maria: budget approved`.
public struct LogEntry: Sendable, Hashable, Codable {
    public var date: Day?
    /// The line's text after its date.
    public var text: String {
        get { textStart == 0 ? written : String(written.utf8.dropFirst(Int(textStart)))! }
        set { (written, textStart) = (newValue, 0) }
    }
    public var line: Int

    /// The line as written, and where its text starts after the date: a log holds many lines
    /// and their text is seldom read, so it is cut out of the line only when it is.
    private var written: String
    private var textStart: Int32

    public init(date: Day?, text: String, line: Int) {
        self.date = date
        written = text
        textStart = 0
        self.line = line
    }

    private init(date: Day, line: Int, written: String, textStart: Int) {
        self.date = date
        self.line = line
        self.written = written
        self.textStart = Int32(textStart)
    }

    private enum CodingKeys: String, CodingKey {
        case date, text, line
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(date: try container.decodeIfPresent(Day.self, forKey: .date), text: try container.decode(String.self, forKey: .text),
                  line: try container.decode(Int.self, forKey: .line))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(date, forKey: .date)
        try container.encode(text, forKey: .text)
        try container.encode(line, forKey: .line)
    }

    public static func == (left: LogEntry, right: LogEntry) -> Bool {
        left.date == right.date && left.line == right.line && left.text == right.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(date)
        hasher.combine(text)
        hasher.combine(line)
    }

    /// Splits a leading `YYYY-MM-DD` off a log line.
    static func parse(_ entry: ListEntry) -> LogEntry {
        // The common shape, `YYYY-MM-DD text`, read from the line's bytes; the line is kept whole.
        var written = entry.text
        let dated = written.withUTF8 { bytes -> Day? in
            guard bytes.count > 11, bytes[10] == 32, bytes[11] != 32, bytes[11] < 0x80 else { return nil }
            return Day(utf8: UnsafeBufferPointer(rebasing: bytes[..<10]))
        }
        if let dated { return LogEntry(date: dated, line: entry.line, written: written, textStart: 11) }
        let words = entry.text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        if let first = words.first, let day = Day(first.trimmingCharacters(in: ":")) {
            return LogEntry(date: day, text: words.count > 1 ? String(words[1]) : "", line: entry.line)
        }
        return LogEntry(date: nil, text: entry.text, line: entry.line)
    }
}

extension Substring {
    package func trimmingCharacters(in characters: String) -> Substring {
        var result = self
        while let last = result.last, characters.contains(last) { result = result.dropLast() }
        return result
    }
}
