/// An ISO 8601 week (`2026-W47`): Monday to Sunday, numbered within its ISO year.
public struct ISOWeek: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let week: Int

    /// The week holding `day`.
    public init(containing day: Day) {
        // The ISO year of a day is the year of the Thursday of its week.
        let thursday = day.adding(days: 4 - day.weekday)
        year = thursday.year
        week = (Day(year: year, month: 1, day: 1)!.days(to: thursday)) / 7 + 1
    }

    /// Parses `YYYY-Www` (also `YYYY-ww`); `nil` when it is malformed or the week does not exist.
    public init?(_ text: String) {
        let parts = text.uppercased().split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        let weekText = parts[1].hasPrefix("W") ? parts[1].dropFirst() : parts[1]
        guard (1...2).contains(weekText.count), let week = Int(weekText), week >= 1 else { return nil }
        let candidate = ISOWeek(uncheckedYear: year, week: week)
        guard ISOWeek(containing: candidate.monday) == candidate else { return nil }
        self = candidate
    }

    private init(uncheckedYear: Int, week: Int) {
        year = uncheckedYear
        self.week = week
    }

    /// The Monday that starts the week.
    public var monday: Day {
        let january4 = Day(year: year, month: 1, day: 4)!
        let firstMonday = january4.adding(days: 1 - january4.weekday)
        return firstMonday.adding(days: (week - 1) * 7)
    }

    /// The Sunday that ends the week.
    public var sunday: Day { monday.adding(days: 6) }

    public func contains(_ day: Day) -> Bool { day >= monday && day <= sunday }

    public var description: String { "\(year)-W\(week < 10 ? "0" : "")\(week)" }

    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool { (lhs.year, lhs.week) < (rhs.year, rhs.week) }
}
