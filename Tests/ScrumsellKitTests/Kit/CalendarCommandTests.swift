import Foundation
import Testing
@testable import ScrumsellKit

/// `scrumsell calendar` and the calendars `build` writes, read back by Python's `icalendar`.
@Suite("scrumsell calendar")
struct CalendarCommandTests {
    static let config = TestWorkspace.config + """
        daily_scrum: {time: "09:30", minutes: 15, timezone: Europe/Amsterdam, days: [MO, TU, WE, TH, FR]}

        """

    static let lostDeal = """
        ---
        account: Beta BV
        title: Hub, phase 2; EU
        owner: dana
        stage: qualify
        outcome: lost
        closed: 2026-11-02
        lost_to: Rival Systems
        follow_up: 2027-02-01
        ---
        # Beta BV

        ## Next steps
        - [ ] Not on the calendar: the deal is closed due:2026-11-25

        """

    static func workspace() throws -> TestWorkspace {
        try TestWorkspace(config: config, files: [
            "deals/acme.md": TestWorkspace.healthyDeal, "deals/beta.md": lostDeal, "sprints/2026-s47.md": TestWorkspace.healthySprint,
        ])
    }

    /// Runs `calendar` into `calendar.ics` in the workspace and returns its events as icalendar reads them, by UID.
    static func events(_ workspace: TestWorkspace, _ extra: [String] = []) throws -> [String: [String: String]] {
        let run = try CLITests.run(["calendar", "-w", workspace.root.path, "--as-of", "2026-11-20", "-o", workspace.url("calendar.ics").path] + extra)
        #expect(run.status == 0, "\(run.stderr)")
        let events = try PythonTool.calendarEvents(workspace.url("calendar.ics").path)
        return Dictionary(events.map { ($0["uid"] ?? "", $0) }, uniquingKeysWith: { first, _ in first })
    }

    static let domain = "test-sales.scrumsell"

    @Test func theEventsDatesUIDsAndTheDailyScrumsRecurrence() throws {
        let workspace = try Self.workspace()
        let events = try Self.events(workspace)
        #expect(events.count == 8)
        let decision = try #require(events["decision.acme@\(Self.domain)"])
        #expect(decision["summary"] == "Decision: Acme Corp — Payments hub")
        #expect(decision["start"] == "2026-12-15" && decision["end"] == "2026-12-16" && decision["allDay"] == "True")
        #expect(decision["description"] == "Consequence: Legacy contract renews for 3 years\nStage: Qualify\nValue: 100000 EUR\nOwner: Dana Kim\ndeals/acme.md")
        #expect(decision["stamp"] == "2026-11-20T00:00:00+00:00")

        let steps = events.values.filter { $0["uid"]?.hasPrefix("item.acme.") ?? false }.sorted { $0["start"]! < $1["start"]! }
        #expect(steps.map { $0["start"]! } == ["2026-11-24", "2026-11-26", "2026-11-30"])
        #expect(steps.map { $0["summary"]! } == ["Maria confirms the criteria — Acme Corp — Payments hub",
                                                 "Book the security review — Acme Corp — Payments hub",
                                                 "Technical evaluation — Acme Corp — Payments hub"])
        #expect(steps[0]["description"] == "Deal: Acme Corp — Payments hub\nSection: Next steps\nOwner: Maria Lopez (buyer)\ndeals/acme.md")

        let followUp = try #require(events["follow-up.beta@\(Self.domain)"])
        #expect(followUp["summary"] == "Follow up: Beta BV — Hub, phase 2; EU" && followUp["start"] == "2027-02-01")
        #expect(followUp["description"] == "Outcome: lost on 2026-11-02\nLost to: Rival Systems\nOwner: Dana Kim\ndeals/beta.md")

        #expect(events["sprint-planning.2026-s47@\(Self.domain)"]?["start"] == "2026-11-16")
        #expect(events["retrospective.2026-s47@\(Self.domain)"]?["start"] == "2026-11-29")
        let scrum = try #require(events["daily-scrum.2026-s47@\(Self.domain)"])
        // 09:30 in Amsterdam in November is 08:30 UTC (CET, +01:00).
        #expect(scrum["start"] == "2026-11-16T09:30:00+01:00")
        #expect(scrum["duration"] == "0:15:00")
        let rule = Set((scrum["rrule"] ?? "").split(separator: ";").map(String.init))
        #expect(rule == ["FREQ=WEEKLY", "BYDAY=MO,TU,WE,TH,FR", "UNTIL=20261129T083000Z"])
        #expect(scrum["zones"] == "Europe/Amsterdam")
    }

    @Test func theOccurrencesOfTheDailyScrumAreTheSprintsWeekdays() throws {
        let workspace = try Self.workspace()
        _ = try Self.events(workspace)
        let script = """
            import sys, icalendar, datetime
            from dateutil.rrule import rrulestr
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            for e in cal.walk('VEVENT'):
                if 'RRULE' in e:
                    start = e['DTSTART'].dt
                    rule = rrulestr(e['RRULE'].to_ical().decode(), dtstart=start)
                    print(' '.join(d.strftime('%m-%d') for d in rule))
            """
        let occurrences = try PythonTool.run(script, arguments: [workspace.url("calendar.ics").path])
        #expect(occurrences == "11-16 11-17 11-18 11-19 11-20 11-23 11-24 11-25 11-26 11-27\n")
    }

    @Test func linesAreCRLFFoldedAt75OctetsAndTextIsEscaped() throws {
        let workspace = try Self.workspace()
        _ = try Self.events(workspace)
        let bytes = Array(try Data(contentsOf: workspace.url("calendar.ics")))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(!lines.contains { $0.contains("\n") || $0.contains("\r") })
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(lines.contains { $0.hasPrefix(" ") })
        #expect(text.contains("SUMMARY:Follow up: Beta BV — Hub\\, phase 2\\; EU\r\n"))
    }

    @Test func anEditKeepsTheUIDsOfTheEventsItLeavesAlone() throws {
        let workspace = try Self.workspace()
        let before = try Self.events(workspace)
        // A step added above the others (every line below it moves), one step's date changed, one done.
        var deal = TestWorkspace.healthyDeal
        deal = deal.replacingOccurrences(of: "1. [ ] Maria confirms the criteria @maria due:2026-11-24\n2. [ ] Book the security review @dana due:2026-11-26",
                                         with: "1. [ ] Send the agenda @dana due:2026-11-23\n2. [x] Maria confirms the criteria @maria due:2026-11-24 done:2026-11-20\n3. [ ] Book the security review @dana due:2026-11-27")
        deal = deal.replacingOccurrences(of: "# Acme Corp\n", with: "# Acme Corp\n\nA paragraph that moves every line.\n")
        try workspace.write("deals/acme.md", deal)
        let after = try Self.events(workspace)
        let byTitle = { (events: [String: [String: String]], title: String) in events.values.first { $0["summary"]!.hasPrefix(title) }?["uid"] }
        let kept = ["Decision:", "Book the security review", "Technical evaluation", "Follow up:", "Sprint planning", "Retrospective", "Daily scrum"]
        for title in kept {
            #expect(byTitle(before, title) != nil && byTitle(before, title) == byTitle(after, title), "\(title)")
        }
        #expect(after.values.first { $0["summary"]!.hasPrefix("Book the security review") }?["start"] == "2026-11-27")
        #expect(byTitle(after, "Maria confirms") == nil)
        let added = try #require(byTitle(after, "Send the agenda"))
        #expect(!before.keys.contains(added))
        #expect(after.count == 8)
    }

    @Test func ownerGivesOnlyThatMembersDealsItemsAndSprints() throws {
        let workspace = try Self.workspace()
        let dana = try Self.events(workspace, ["--owner", "dana"])
        #expect(Set(dana.values.map { $0["summary"]! }) == [
            "Decision: Acme Corp — Payments hub", "Book the security review — Acme Corp — Payments hub", "Follow up: Beta BV — Hub, phase 2; EU",
            "Sprint planning: 2026-s47", "Retrospective: 2026-s47", "Daily scrum: 2026-s47",
        ])
        let unknown = try CLITests.run(["calendar", "-w", workspace.root.path, "--as-of", "2026-11-20", "--owner", "dan"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean 'dana'"))
    }

    @Test func buildWritesTheTeamsCalendarAndOnePerMemberOnlyWhenTheBytesChange() throws {
        let workspace = try Self.workspace()
        let first = try CLITests.run(["build", "-w", workspace.root.path, "--as-of", "2026-11-20", "--no-history"])
        #expect(first.status == 0, "\(first.stderr)")
        for name in ["calendar.ics", "calendar-dana.ics", "calendar-leo.ics", "calendar-kim.ics"] {
            #expect(first.stdout.contains("  created    \(name)\n"), "\(name)")
            let events = try PythonTool.calendarEvents(workspace.url("reports/\(name)").path)
            #expect(!events.isEmpty)
        }
        let leo = try PythonTool.calendarEvents(workspace.url("reports/calendar-leo.ics").path)
        #expect(Set(leo.map { $0["summary"]! }) == ["Sprint planning: 2026-s47", "Retrospective: 2026-s47", "Daily scrum: 2026-s47"])
        let second = try CLITests.run(["build", "-w", workspace.root.path, "--as-of", "2026-11-20", "--no-history"])
        #expect(second.stdout.contains("  unchanged  calendar.ics\n") && second.stdout.contains(": 0 created, 0 updated, "))
    }

    @Test func aBadDailyScrumIsACheckError() throws {
        let workspace = try TestWorkspace(config: TestWorkspace.config + "daily_scrum: {time: \"9h30\", timezone: Mars/Olympus, days: [MO, XX]}\n")
        let codes = workspace.check().diagnostics.filter { $0.severity == .error }.map(\.message)
        #expect(codes == ["the daily scrum's time must be HH:MM, found '9h30'", "unknown time zone 'Mars/Olympus'", "'XX' is not a weekday"])
    }

    @Test func aDailyScrumAcrossTheEndOfSummerTimeStaysAt0930LocalTime() throws {
        let sprint = TestWorkspace.healthySprint.replacingOccurrences(of: "start: 2026-11-16\nend: 2026-11-29", with: "start: 2026-10-19\nend: 2026-11-01")
        let workspace = try TestWorkspace(config: Self.config, files: ["sprints/2026-s43.md": sprint])
        _ = try Self.events(workspace)
        let script = """
            import sys, icalendar
            from dateutil.rrule import rrulestr
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            for e in cal.walk('VEVENT'):
                if 'RRULE' in e:
                    rule = rrulestr(e['RRULE'].to_ical().decode(), dtstart=e['DTSTART'].dt)
                    print(' '.join(d.strftime('%d %H:%M%z') for d in rule))
            """
        let occurrences = try PythonTool.run(script, arguments: [workspace.url("calendar.ics").path])
        // Summer time ends on 2026-10-25: the offset changes, the meeting's local time does not.
        #expect(occurrences == "19 09:30+0200 20 09:30+0200 21 09:30+0200 22 09:30+0200 23 09:30+0200 26 09:30+0100 27 09:30+0100 28 09:30+0100 29 09:30+0100 30 09:30+0100\n")
        let text = try String(contentsOf: workspace.url("calendar.ics"), encoding: .utf8)
        #expect(text.contains("RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20261101T083000Z\r\n"))
        #expect(text.contains("BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n"))
    }
}
