import ScrumsellBase

/// One event of the workspace's calendar feed: an all-day date (a decision, a step due, a
/// follow-up, a sprint's planning or retrospective) or the daily scrum, recurring through a sprint.
public struct CalendarEvent: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case decision, step, followUp = "follow-up", sprintPlanning = "sprint-planning", retrospective, dailyScrum = "daily-scrum"
    }

    /// Stable across runs and edits: made of the workspace, the file id and the item's identity, never a line number.
    public var uid: String
    public var kind: Kind
    public var summary: String
    /// Lines, joined with line breaks in the feed.
    public var description: [String]
    /// The day (all-day events) or the first meeting (the daily scrum).
    public var day: Day
    /// The daily scrum's schedule; `nil` for an all-day event.
    public var recurrence: Recurrence?

    /// A meeting on the schedule's weekdays from `day` until `until`, both included.
    public struct Recurrence: Sendable, Equatable {
        public var minuteOfDay: Int
        public var minutes: Int
        public var timezone: String
        /// RFC 5545 weekday codes.
        public var weekdays: [String]
        public var until: Day

        public init(minuteOfDay: Int, minutes: Int, timezone: String, weekdays: [String], until: Day) {
            self.minuteOfDay = minuteOfDay
            self.minutes = minutes
            self.timezone = timezone
            self.weekdays = weekdays
            self.until = until
        }
    }

    public init(uid: String, kind: Kind, summary: String, description: [String], day: Day, recurrence: Recurrence? = nil) {
        self.uid = uid
        self.kind = kind
        self.summary = summary
        self.description = description
        self.day = day
        self.recurrence = recurrence
    }
}

/// The calendar of a workspace (or of one member) as of a day: what `scrumsell calendar` writes as ICS.
public struct CalendarFeed: Sendable, Equatable {
    public var name: String
    public var asOf: Day
    /// By day, then UID.
    public var events: [CalendarEvent]

    public init(name: String, asOf: Day, events: [CalendarEvent]) {
        self.name = name
        self.asOf = asOf
        self.events = events
    }

    /// The zones the events name, each once, sorted.
    public var timezones: [String] { Array(Set(events.compactMap { $0.recurrence?.timezone })).sorted() }
}
