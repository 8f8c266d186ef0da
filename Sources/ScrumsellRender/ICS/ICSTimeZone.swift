import Foundation
import ScrumsellBase

/// A `VTIMEZONE` for an IANA zone, from the system's zone data: one observance per offset
/// change in the years the calendar spans, and the offset in force at their start.
enum ICSTimeZone {
    static func write(_ identifier: String, years: ClosedRange<Int>, into lines: inout ContentLines) {
        guard let zone = TimeZone(identifier: identifier), let utc = TimeZone(identifier: "UTC") else { return }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        guard let start = calendar.date(from: DateComponents(year: years.lowerBound, month: 1, day: 1)),
              let end = calendar.date(from: DateComponents(year: years.upperBound + 1, month: 1, day: 1)) else { return }
        lines.add("BEGIN", "VTIMEZONE")
        lines.add("TZID", identifier)
        let initial = zone.secondsFromGMT(for: start)
        observance(zone.isDaylightSavingTime(for: start) ? "DAYLIGHT" : "STANDARD", at: start, from: initial, to: initial, into: &lines)
        var cursor = start
        var count = 0
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < end, count < 200 {
            let before = zone.secondsFromGMT(for: next.addingTimeInterval(-1))
            let after = zone.secondsFromGMT(for: next)
            if before != after {
                observance(zone.isDaylightSavingTime(for: next) ? "DAYLIGHT" : "STANDARD", at: next, from: before, to: after, into: &lines)
            }
            cursor = next
            count += 1
        }
        lines.add("END", "VTIMEZONE")
    }

    /// An onset: its `DTSTART` is the wall-clock time in the offset it changes from.
    private static func observance(_ kind: String, at instant: Date, from: Int, to: Int, into lines: inout ContentLines) {
        lines.add("BEGIN", kind)
        lines.add("DTSTART", localStamp(instant, offset: from))
        lines.add("TZOFFSETFROM", offset(from))
        lines.add("TZOFFSETTO", offset(to))
        lines.add("END", kind)
    }

    /// `YYYYMMDDTHHMMSS` of `instant` seen at `offset` seconds east of UTC.
    static func localStamp(_ instant: Date, offset: Int) -> String {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + offset
        let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        let rest = seconds - days * 86400
        let day = Day(ordinal: days)  // ordinal 0 is 1970-01-01
        return ICSCalendarRenderer.date(day) + "T" + two(rest / 3600) + two(rest / 60 % 60) + two(rest % 60)
    }

    /// `+0100`, `-0330`.
    static func offset(_ seconds: Int) -> String {
        let magnitude = abs(seconds)
        return (seconds < 0 ? "-" : "+") + two(magnitude / 3600) + two(magnitude / 60 % 60) + (magnitude % 60 == 0 ? "" : two(magnitude % 60))
    }

    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// The UTC instant of `minuteOfDay` on `day`, local time in `identifier`.
    static func utcStamp(_ day: Day, minuteOfDay: Int, in identifier: String) -> String {
        var calendar = Calendar(identifier: .gregorian)
        if let zone = TimeZone(identifier: identifier) ?? TimeZone(identifier: "UTC") { calendar.timeZone = zone }
        let parts = DateComponents(year: day.year, month: day.month, day: day.day, hour: minuteOfDay / 60, minute: minuteOfDay % 60)
        guard let date = calendar.date(from: parts) else { return ICSCalendarRenderer.date(day) + "T000000Z" }
        return localStamp(date, offset: 0) + "Z"
    }
}
