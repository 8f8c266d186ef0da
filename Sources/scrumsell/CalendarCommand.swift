import ArgumentParser
import Foundation
import ScrumsellKit

/// `scrumsell calendar [--owner ID] [-o FILE]`.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Write an iCalendar (ICS) feed: decision dates, steps due, follow-ups, sprint planning, retrospectives and the daily scrum.",
        discussion: "UIDs are stable across runs and edits and DTSTAMP is --as-of, so a subscribed calendar updates rather than duplicates. build writes reports/calendar.ics and one reports/calendar-ID.ics per member."
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this member's deals and items, and their team's sprints.") var owner: String?
    @OptionGroup var output: ReportOutput

    func run() throws {
        let day = try global.day()
        let workspace = try global.load(scope: .calendar)
        if let owner, workspace.config.member(owner) == nil {
            throw CommandFailure.usage("unknown member '\(owner)'\(Suggestion.didYouMean(owner, in: workspace.config.members.map(\.id)))")
        }
        ReportOutput.noteProblems(in: workspace)
        let text = ICSCalendarRenderer.render(CalendarBuilder.feed(workspace, asOf: day, owner: owner))
        try ContactsCommand.emit(text, to: output.output)
    }
}
