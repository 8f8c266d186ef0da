/// Turns a `StandupAgenda` into the values of `standup.md.mustache`.
public enum StandupPresenter {
    public static let template = "standup.md.mustache"

    public static func context(_ agenda: StandupAgenda, workspace: String) -> [String: Any] {
        var values = ContextValues.heading(workspace: workspace, asOf: agenda.asOf, filter: agenda.filter)
        values["hasSprint"] = agenda.sprint != nil
        if let sprint = agenda.sprint {
            values["sprintID"] = sprint.id
            values["teamName"] = sprint.teamName
            values["day"] = sprint.day.map(String.init) ?? ContextValues.none
            values["length"] = sprint.length.map(String.init) ?? ContextValues.none
            values["goal"] = sprint.goal ?? ""
            values["hasGoal"] = sprint.goal != nil
        } else {
            values["hasGoal"] = false
        }
        values["people"] = agenda.people.map { person -> [String: Any] in
            let rows = person.overdue.map { row($0, "overdue \($0.daysOverdue.map { ReportFormatter.plural($0, "day") } ?? "")") }
                + person.dueToday.map { row($0, "due today") }
                + person.doing.map { row($0, "doing") }
            return ["name": person.person.name, "role": person.person.role ?? "", "hasRole": !(person.person.role ?? "").isEmpty,
                    "rows": rows, "hasRows": !rows.isEmpty]
        }
        values["attention"] = agenda.attention.map { item -> [String: Any] in
            var deal = ContextValues.deal(item.deal)
            deal["why"] = item.reasons.map(reason).joined(separator: "; ")
            return deal
        }
        values["hasAttention"] = !agenda.attention.isEmpty
        values["hasPrevious"] = agenda.previousScrum != nil
        if let previous = agenda.previousScrum {
            values["previousDate"] = ReportFormatter.dayWithWeekday(previous.date)
            values["previousSprint"] = previous.sprint
            values["previousNotes"] = previous.notes.map(ContextValues.scrumLine)
            values["hasPreviousNotes"] = !previous.notes.isEmpty
        }
        return values
    }

    static func row(_ card: BoardCard, _ what: String) -> [String: Any] {
        var values = ContextValues.card(card)
        values["what"] = what
        return values
    }

    /// One short clause per reason: `decision date 2026-11-13 passed 7 days ago`.
    static func reason(_ reason: AttentionReason) -> String {
        let days = reason.days.map { ReportFormatter.plural($0, "day") } ?? ""
        let date = ContextValues.date(reason.date)
        switch reason.kind {
        case .decisionPassed: return "decision date \(date) passed \(days) ago"
        case .goneDark: return "no contact for \(days) (since \(date))"
        case .fewNextSteps: return "\(reason.count ?? 0) of \(reason.required ?? 0) next steps"
        case .noBuyerStep: return "no next step owned by the buyer"
        case .buyerStepOverdue:
            return "\((reason.owners ?? []).map(\.name).joined(separator: " and "))'s step overdue since \(date): \(reason.step ?? "")"
        case .decisionSoon: return reason.days == 0 ? "decision due today" : "decision due in \(days) (\(date))"
        }
    }
}
