import ScrumsellBase
import ScrumsellModel

/// Rules on sprints (seed 003): length, overlaps within a team, items due after the end.
enum SprintChecks {
    static func run(_ workspace: Workspace, _ day: Day) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let days = workspace.config.sprintDays
        for sprint in workspace.sprints {
            guard let start = sprint.start, let end = sprint.end else { continue }
            if end < start {
                found.append(.error("sprint-dates", "the sprint ends (\(end)) before it starts (\(start))", at: sprint.location(of: "end"),
                                    hint: "a sprint of \(days) days starting \(start) ends \(start.adding(days: days - 1))"))
                continue
            }
            if let length = sprint.length, length != days {
                found.append(.warning("sprint-length", "the sprint lasts \(length) days; the workspace's sprints last \(days) (sprint_days)",
                                      at: sprint.location(of: "end"), hint: "starting \(start), it should end \(start.adding(days: days - 1))"))
            }
            for item in workspace.items(in: sprint) {
                if let due = item.due, due > end {
                    found.append(.warning("sprint-item-late", "the item is due \(due), after sprint '\(sprint.id)' ends (\(end))", at: item.location,
                                          hint: "move it to a later sprint, or bring the date inside the sprint"))
                }
            }
        }
        let byTeam = Dictionary(grouping: workspace.sprints.filter { $0.start != nil && $0.end != nil && $0.start! <= $0.end! }, by: \.team)
        for team in byTeam.keys.sorted() {
            let sprints = byTeam[team]!.sorted { ($0.start!, $0.id) < ($1.start!, $1.id) }
            // Compare each sprint with the one reaching furthest so far, so a long sprint overlapping several is caught.
            var furthest = sprints[0]
            for later in sprints.dropFirst() {
                if later.start! <= furthest.end! {
                    found.append(.warning("sprint-overlap", "sprint '\(later.id)' starts \(later.start!), before sprint '\(furthest.id)' of team '\(team)' ends (\(furthest.end!))",
                                          at: later.location(of: "start"), hint: "start it on \(furthest.end!.adding(days: 1))"))
                }
                if later.end! > furthest.end! { furthest = later }
            }
        }
        return found
    }
}
