import Foundation
import ScrumsellBase
import ScrumsellRead

/// The list entries of a section, as the merge matches and orders them.
enum SectionEntry {
    /// Whether a line starts a top-level list entry (`- `, `* `, `+ `, `1. `, `1) `).
    static func startsEntry(_ line: String) -> Bool {
        markerLength(line) != nil
    }

    /// The length of the list marker and the blank after it, or `nil`.
    static func markerLength(_ line: String) -> Int? {
        let bytes = Array(line.utf8)
        guard let first = bytes.first else { return nil }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
            return bytes.count > 1 && bytes[1] == UInt8(ascii: " ") ? 2 : nil
        }
        var index = 0
        while index < bytes.count, index < 9, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
        guard index > 0, index + 1 < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")"),
              bytes[index + 1] == UInt8(ascii: " ") else { return nil }
        return index + 2
    }

    /// An item's text without its marker, checkbox and inline tokens: what matches it across
    /// versions whose state, owner or dates changed. `nil` for an entry that is not an item.
    static func itemKey(_ line: String) -> String? {
        guard let marker = markerLength(line) else { return nil }
        let rest = line.utf8.dropFirst(marker)
        let bytes = Array(rest)
        guard bytes.count >= 3, bytes[0] == UInt8(ascii: "["), bytes[2] == UInt8(ascii: "]"),
              Checkbox(character: bytes[1]) != nil, bytes.count == 3 || bytes[3] == UInt8(ascii: " ") else { return nil }
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        return text.split(whereSeparator: { $0 == " " || $0 == "\t" })
            .filter { InlineToken.classify($0, line: 0, column: 0) == nil }
            .joined(separator: " ")
    }

    /// The date an entry starts with (`- 2026-11-20 Call with Maria`).
    static func date(_ entry: [String]) -> Day? {
        guard let line = entry.first, let marker = markerLength(line) else { return nil }
        let word = line.dropFirst(marker).prefix { $0 != " " }
        return Day(word.trimmingCharacters(in: CharacterSet(charactersIn: ":")))
    }

    /// Whether a log is written newest first (as `LogEditor` reads it).
    static func isNewestFirst(_ entries: [[String]]) -> Bool {
        let dates = entries.compactMap(date)
        guard dates.count >= 2, let first = dates.first, let last = dates.last else { return false }
        return zip(dates, dates.dropFirst()).allSatisfy { $0 >= $1 } && first > last
    }

    /// Entries in date order (stable); an undated entry keeps the date of the one before it.
    static func inDateOrder(_ entries: [[String]], newestFirst: Bool) -> [[String]] {
        var last = Day(ordinal: Int.min)
        let keyed = entries.enumerated().map { index, entry -> (Day, Int, [String]) in
            if let day = date(entry) { last = day }
            return (last, index, entry)
        }
        return keyed.sorted { left, right in
            if left.0 != right.0 { return newestFirst ? left.0 > right.0 : left.0 < right.0 }
            return left.1 < right.1
        }.map(\.2)
    }

    /// A numbered list numbered again from its first number after entries were added or removed.
    static func renumbered(_ entries: [[String]]) -> [[String]] {
        func number(_ line: String) -> (Int, Substring)? {
            let digits = line.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count < 10, let value = Int(digits) else { return nil }
            return (value, line.dropFirst(digits.count))
        }
        guard let firstLine = entries.first?.first, let (start, _) = number(firstLine) else { return entries }
        var next = start
        return entries.map { entry in
            guard let (_, rest) = number(entry[0]) else { return entry }
            var entry = entry
            entry[0] = "\(next)" + rest
            next += 1
            return entry
        }
    }
}
