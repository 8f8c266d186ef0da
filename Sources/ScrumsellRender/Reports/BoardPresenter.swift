import ScrumsellAnalyse

/// Turns a `SprintBoard` into the values of `board.md.mustache` and `board.obsidian.md.mustache`.
public enum BoardPresenter {
    public static let template = "board.md.mustache"
    public static let obsidianTemplate = "board.obsidian.md.mustache"

    public static func values(_ board: SprintBoard, workspace: String) -> [String: TemplateValue] {
        let sprint = board.sprint
        var values = ContextValues.heading(workspace: workspace, asOf: board.asOf, filter: board.filter)
        values["sprintID"] = .text(sprint.id)
        values["teamName"] = .text(sprint.teamName)
        values["start"] = .text(ContextValues.date(sprint.start))
        values["end"] = .text(ContextValues.date(sprint.end))
        values["day"] = .text(sprint.day.map(String.init) ?? ContextValues.none)
        values["length"] = .text(sprint.length.map(String.init) ?? ContextValues.none)
        // A sprint that ends before it starts has no day to count (`check` reports `sprint-dates`).
        values["datesWrong"] = .flag(sprint.start.flatMap { start in sprint.end.map { $0 < start } } ?? false)
        values["status"] = .text(sprint.isCurrent ? "current" : sprint.isFinished ? "finished" : "not started")
        values["goal"] = .text(sprint.goal ?? "")
        values["hasGoal"] = .flag(sprint.goal != nil)
        values["committedItems"] = .text(ReportFormatter.count(board.committed.items))
        values["committedPoints"] = .text(ReportFormatter.number(board.committed.points))
        values["doneItems"] = .text(ReportFormatter.count(board.done.items))
        values["donePoints"] = .text(ReportFormatter.number(board.done.points))
        values["remainingItems"] = .text(ReportFormatter.count(board.remaining.items))
        values["remainingPoints"] = .text(ReportFormatter.number(board.remaining.points))
        values["droppedItems"] = .text(ReportFormatter.count(board.dropped.items))
        values["droppedPoints"] = .text(ReportFormatter.number(board.dropped.points))
        values["completion"] = .text(board.committed.points > 0 ? ReportFormatter.percent(board.done.points / board.committed.points) : ContextValues.none)
        values["overdueItems"] = .text(ReportFormatter.plural(board.overdue.items, "item"))
        values["hasBurndown"] = .flag(!board.burndown.isEmpty)
        values["burndownStart"] = .text(board.burndown.first?.date.description ?? ContextValues.none)
        values["burndown"] = .list(board.burndown.enumerated().map { index, day in
            ["day": .text(String(index + 1)), "remaining": .text(ReportFormatter.number(day.remaining)),
             "ideal": .text(ReportFormatter.number(day.ideal))]
        })
        values["hasOverdue"] = .flag(board.overdue.items > 0)
        values["lanes"] = .list(board.lanes.map { lane in
            [
                "title": .text(ContextValues.laneTitle(lane.state)),
                "count": .text(String(lane.cards.count)),
                "cards": ContextValues.cards(lane.cards),
                "hasCards": .flag(!lane.cards.isEmpty),
                "dateHeader": .text(lane.state == .done ? "done" : "due"),
                "complete": .flag(lane.state == .done),
            ]
        })
        values["swimlanes"] = .list(board.swimlanes.map { lane in
            [
                "name": .text(lane.owner.map(ContextValues.person) ?? "Nobody assigned"),
                "openItems": .text(ReportFormatter.plural(lane.open.items, "open item")),
                "openPoints": .text(ReportFormatter.number(lane.open.points)),
                "doneItems": .text(ReportFormatter.count(lane.done.items)),
                "cards": ContextValues.cards(lane.cards),
            ]
        })
        values["hasSwimlanes"] = .flag(!board.swimlanes.isEmpty)
        values["dueAfterSprint"] = ContextValues.cards(board.dueAfterSprint)
        values["hasDueAfterSprint"] = .flag(!board.dueAfterSprint.isEmpty)
        return values
    }

    /// What `board.html.mustache` adds: the board as a grid, `lanes` across and a row per person
    /// (`grid`: `name`, `openItems`, `openPoints`, `doneItems`, `cells`: `lane`, `cards`, `count`).
    public static func htmlValues(_ board: SprintBoard) -> [String: TemplateValue] {
        let grid = board.swimlanes.map { swimlane -> TemplateValue in
            let cells = BoardCard.State.allCases.map { state -> TemplateValue in
                let cards = swimlane.cards.filter { $0.state == state }
                return ["lane": .text(ContextValues.laneTitle(state)), "cards": ContextValues.cards(cards), "count": .text(String(cards.count))]
            }
            return ["name": .text(swimlane.owner.map(ContextValues.person) ?? "Nobody assigned"),
                    "openItems": .text(ReportFormatter.plural(swimlane.open.items, "open item")),
                    "openPoints": .text(ReportFormatter.number(swimlane.open.points)),
                    "doneItems": .text(ReportFormatter.count(swimlane.done.items)), "cells": .list(cells)]
        }
        return ["grid": .list(grid)]
    }
}
