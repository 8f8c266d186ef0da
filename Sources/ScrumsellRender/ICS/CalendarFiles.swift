import ScrumsellBase
import ScrumsellModel
import ScrumsellAnalyse

/// The calendars `build` writes beside the reports: `calendar.ics`, the team's, then one
/// `calendar-MEMBER.ics` per member, in the configuration's order.
public enum CalendarFiles {
    public static func render(_ workspace: Workspace, asOf day: Day) -> [(fileName: String, text: String)] {
        var members: [String] = []
        for member in workspace.config.members where !members.contains(member.id) { members.append(member.id) }
        let feeds = CalendarBuilder.feeds(workspace, asOf: day, owners: members)
        return [("calendar.ics", ICSCalendarRenderer.render(feeds.team))]
            + zip(members, feeds.members).map { ("calendar-\($0).ics", ICSCalendarRenderer.render($1)) }
    }
}
