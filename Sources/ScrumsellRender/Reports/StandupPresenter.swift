import ScrumsellAnalyse

/// Turns a `StandupAgenda` into the values of `standup.md.mustache`.
public enum StandupPresenter {
    public static let template = "standup.md.mustache"

    public static func values(_ agenda: StandupAgenda, workspace: String) -> [String: TemplateValue] {
        var values = ContextValues.heading(workspace: workspace, asOf: agenda.asOf, filter: agenda.filter)
        values["hasSprint"] = .flag(agenda.sprint != nil)
        if let sprint = agenda.sprint {
            values["sprintID"] = .text(sprint.id)
            values["teamName"] = .text(sprint.teamName)
            values["day"] = .text(sprint.day.map(String.init) ?? ContextValues.none)
            values["length"] = .text(sprint.length.map(String.init) ?? ContextValues.none)
            values["goal"] = .text(sprint.goal ?? "")
            values["hasGoal"] = .flag(sprint.goal != nil)
        } else {
            values["hasGoal"] = .flag(false)
        }
        values["people"] = .list(agenda.people.map { person in
            let rows = person.overdue.map { row($0, "overdue \($0.daysOverdue.map { ReportFormatter.plural($0, "day") } ?? "")") }
                + person.dueToday.map { row($0, "due today") }
                + person.doing.map { row($0, "doing") }
            return ["name": .text(person.person.name), "role": .text(person.person.role ?? ""), "hasRole": .flag(!(person.person.role ?? "").isEmpty),
                    "rows": .list(rows), "hasRows": .flag(!rows.isEmpty)]
        })
        values["attention"] = .list(agenda.attention.map { item in
            ContextValues.deal(item.deal, adding: ["why": .text(item.reasons.map(reason).joined(separator: "; "))])
        })
        values["hasAttention"] = .flag(!agenda.attention.isEmpty)
        values["hasPrevious"] = .flag(agenda.previousScrum != nil)
        if let previous = agenda.previousScrum {
            values["previousDate"] = .text(ReportFormatter.dayWithWeekday(previous.date))
            values["previousSprint"] = .text(previous.sprint)
            values["previousNotes"] = .list(previous.notes.map(ContextValues.scrumLine))
            values["hasPreviousNotes"] = .flag(!previous.notes.isEmpty)
        }
        return values
    }

    static func row(_ card: BoardCard, _ what: String) -> TemplateValue {
        ContextValues.card(card, adding: ["what": .text(what)])
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
        case .singleThreaded: return "single-threaded: \(ReportFormatter.plural(reason.count ?? 0, "buyer-side stakeholder"))"
        case .noEconomicBuyer: return "no economic buyer named"
        }
    }
}
