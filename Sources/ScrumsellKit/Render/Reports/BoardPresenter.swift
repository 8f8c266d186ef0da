/// Turns a `SprintBoard` into the values of `board.md.mustache` and `board.obsidian.md.mustache`.
public enum BoardPresenter {
    public static let template = "board.md.mustache"
    public static let obsidianTemplate = "board.obsidian.md.mustache"

    public static func context(_ board: SprintBoard, workspace: String) -> [String: Any] {
        let sprint = board.sprint
        var values = ContextValues.heading(workspace: workspace, asOf: board.asOf, filter: board.filter)
        values["sprintID"] = sprint.id
        values["teamName"] = sprint.teamName
        values["start"] = ContextValues.date(sprint.start)
        values["end"] = ContextValues.date(sprint.end)
        values["day"] = sprint.day.map(String.init) ?? ContextValues.none
        values["length"] = sprint.length.map(String.init) ?? ContextValues.none
        values["status"] = sprint.isCurrent ? "current" : sprint.isFinished ? "finished" : "not started"
        values["goal"] = sprint.goal ?? ""
        values["hasGoal"] = sprint.goal != nil
        values["committedItems"] = ReportFormatter.count(board.committed.items)
        values["committedPoints"] = ReportFormatter.number(board.committed.points)
        values["doneItems"] = ReportFormatter.count(board.done.items)
        values["donePoints"] = ReportFormatter.number(board.done.points)
        values["remainingItems"] = ReportFormatter.count(board.remaining.items)
        values["remainingPoints"] = ReportFormatter.number(board.remaining.points)
        values["droppedItems"] = ReportFormatter.count(board.dropped.items)
        values["droppedPoints"] = ReportFormatter.number(board.dropped.points)
        values["completion"] = board.committed.points > 0 ? ReportFormatter.percent(board.done.points / board.committed.points) : ContextValues.none
        values["overdueItems"] = ReportFormatter.plural(board.overdue.items, "item")
        values["hasOverdue"] = board.overdue.items > 0
        values["lanes"] = board.lanes.map { lane -> [String: Any] in
            [
                "title": ContextValues.laneTitle(lane.state),
                "count": String(lane.cards.count),
                "cards": ContextValues.cards(lane.cards),
                "hasCards": !lane.cards.isEmpty,
                "dateHeader": lane.state == .done ? "done" : "due",
                "complete": lane.state == .done,
            ]
        }
        values["swimlanes"] = board.swimlanes.map { lane -> [String: Any] in
            [
                "name": lane.owner.map(ContextValues.person) ?? "Nobody assigned",
                "openItems": ReportFormatter.plural(lane.open.items, "open item"),
                "openPoints": ReportFormatter.number(lane.open.points),
                "doneItems": ReportFormatter.count(lane.done.items),
                "cards": ContextValues.cards(lane.cards),
            ]
        }
        values["hasSwimlanes"] = !board.swimlanes.isEmpty
        values["dueAfterSprint"] = ContextValues.cards(board.dueAfterSprint)
        values["hasDueAfterSprint"] = !board.dueAfterSprint.isEmpty
        return values
    }
}
