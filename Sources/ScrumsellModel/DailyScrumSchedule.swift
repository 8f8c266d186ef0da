import Foundation
import ScrumsellBase
import ScrumsellRead

/// `daily_scrum:` in `scrumsell.yml`: when the team's daily scrum meets, which the calendar
/// turns into one recurring event per sprint.
public struct DailyScrumSchedule: Sendable, Equatable {
    /// Minutes after midnight, local time.
    public var minuteOfDay: Int
    public var minutes: Int
    /// An IANA zone name, e.g. `Europe/Amsterdam`.
    public var timezone: String
    /// RFC 5545 weekday codes, in week order: `MO`, `TU`, …
    public var days: [String]

    /// The weekday codes, Monday first, as RFC 5545's `BYDAY` spells them.
    public static let weekdays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
    public static let knownKeys = ["time", "minutes", "timezone", "days"]

    public init(minuteOfDay: Int, minutes: Int, timezone: String, days: [String]) {
        self.minuteOfDay = minuteOfDay
        self.minutes = minutes
        self.timezone = timezone
        self.days = days
    }

    /// `09:30` written back.
    public var time: String {
        let hour = minuteOfDay / 60, minute = minuteOfDay % 60
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    /// Reads `{time: "09:30", minutes: 20, timezone: Europe/Amsterdam, days: [MO, TU, WE, TH, FR]}`.
    static func decode(_ node: YAMLNode, path: String) -> (DailyScrumSchedule?, [Diagnostic]) {
        var reader = FieldReader(node, path: path, subject: "daily scrum", known: knownKeys)
        var schedule = DailyScrumSchedule(minuteOfDay: 9 * 60, minutes: 15, timezone: "UTC", days: Array(weekdays.prefix(5)))
        if let time = reader.text("time", required: true, example: "\"09:30\"") {
            let parts = time.trimmingSpaces().split(separator: ":", omittingEmptySubsequences: false)
            if parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCII) }),
               let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute) {
                schedule.minuteOfDay = hour * 60 + minute
            } else {
                reader.report(.error("invalid-value", "the daily scrum's time must be HH:MM, found '\(time)'", at: reader.location("time"),
                                     hint: "write it as time: \"09:30\" (quoted)"))
            }
        }
        schedule.minutes = reader.integer("minutes", in: 1...480, example: "15") ?? 15
        if let zone = reader.text("timezone") {
            if TimeZone(identifier: zone) == nil {
                reader.report(.error("invalid-value", "unknown time zone '\(zone)'", at: reader.location("timezone"),
                                     hint: "name an IANA zone, e.g. timezone: Europe/Amsterdam"))
            } else {
                schedule.timezone = zone
            }
        }
        if reader.node("days") != nil {
            var days: [String] = []
            for (day, location) in reader.textList("days", example: "[MO, TU, WE, TH, FR]") {
                let written = day.trimmingSpaces().lowercased()
                let code = String(written.uppercased().prefix(2))
                // `MO` or a weekday's name (`monday`, `mon`).
                guard written.count >= 2, weekdays.contains(code), weekdayNames[code]?.hasPrefix(written) ?? false else {
                    reader.report(.error("invalid-value", "'\(day)' is not a weekday", at: location, hint: "use MO, TU, WE, TH, FR, SA, SU"))
                    continue
                }
                if !days.contains(code) { days.append(code) }
            }
            schedule.days = weekdays.filter(days.contains)
        }
        return (schedule, reader.diagnostics)
    }

    static let weekdayNames = ["MO": "monday", "TU": "tuesday", "WE": "wednesday", "TH": "thursday", "FR": "friday", "SA": "saturday", "SU": "sunday"]

    /// True when the scrum meets on `day`.
    public func meets(on day: Day) -> Bool { days.contains(Self.weekdays[day.weekday - 1]) }
}
