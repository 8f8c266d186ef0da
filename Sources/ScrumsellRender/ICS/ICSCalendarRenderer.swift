import ScrumsellBase
import ScrumsellAnalyse

/// A calendar feed as an RFC 5545 iCalendar file: CRLF lines folded at 75 octets, text
/// escaped, `DTSTAMP` from as-of (so the bytes depend on nothing but the workspace and the
/// day), all-day events as `VALUE=DATE`, the daily scrum as a weekly `RRULE` in its zone
/// with the zone's `VTIMEZONE`.
public enum ICSCalendarRenderer {
    public static let productID = "-//Scrumsell//Scrumsell 0.1.0//EN"

    public static func render(_ feed: CalendarFeed) -> String {
        var lines = ContentLines()
        lines.add("BEGIN", "VCALENDAR")
        lines.add("VERSION", "2.0")
        lines.add("PRODID", productID)
        lines.add("CALSCALE", "GREGORIAN")
        lines.add("METHOD", "PUBLISH")
        lines.add("X-WR-CALNAME", text: feed.name)
        let scheduled = feed.events.filter { $0.recurrence != nil }
        if let first = scheduled.map(\.day).min(), let last = scheduled.compactMap(\.recurrence?.until).max() {
            for zone in feed.timezones { ICSTimeZone.write(zone, years: first.year...max(first.year, last.year), into: &lines) }
        }
        let stamp = date(feed.asOf) + "T000000Z"
        for event in feed.events {
            lines.add("BEGIN", "VEVENT")
            lines.add("UID", text: event.uid)
            lines.add("DTSTAMP", stamp)
            if let recurrence = event.recurrence {
                lines.add("DTSTART;TZID=\(recurrence.timezone)", date(event.day) + "T" + time(recurrence.minuteOfDay))
                lines.add("DURATION", "PT\(recurrence.minutes)M")
                // UNTIL is UTC when DTSTART names a zone (RFC 5545, 3.3.10): the last meeting, on the sprint's last day.
                let until = ICSTimeZone.utcStamp(recurrence.until, minuteOfDay: recurrence.minuteOfDay, in: recurrence.timezone)
                lines.add("RRULE", "FREQ=WEEKLY;BYDAY=\(recurrence.weekdays.joined(separator: ","));UNTIL=\(until)")
            } else {
                lines.add("DTSTART;VALUE=DATE", date(event.day))
                lines.add("DTEND;VALUE=DATE", date(event.day.adding(days: 1)))
                lines.add("TRANSP", "TRANSPARENT")
            }
            lines.add("SUMMARY", text: event.summary)
            if !event.description.isEmpty { lines.add("DESCRIPTION", text: event.description.joined(separator: "\n")) }
            lines.add("CATEGORIES", text: event.kind.rawValue)
            lines.add("END", "VEVENT")
        }
        lines.add("END", "VCALENDAR")
        return lines.text
    }

    /// `YYYYMMDD`.
    static func date(_ day: Day) -> String {
        let (year, month, dayOfMonth) = day.parts
        let digits = String(year)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits + ICSTimeZone.two(month) + ICSTimeZone.two(dayOfMonth)
    }

    /// `HHMMSS` of a minute of the day.
    static func time(_ minuteOfDay: Int) -> String { ICSTimeZone.two(minuteOfDay / 60) + ICSTimeZone.two(minuteOfDay % 60) + "00" }
}
