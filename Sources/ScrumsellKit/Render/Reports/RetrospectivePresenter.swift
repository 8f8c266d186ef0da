/// Turns a `RetrospectiveSummary` into the values of `retro.md.mustache`.
public enum RetrospectivePresenter {
    public static let template = "retro.md.mustache"

    public static func context(_ retro: RetrospectiveSummary, workspace: String) -> [String: Any] {
        let sprint = retro.sprint
        var values = ContextValues.heading(workspace: workspace, asOf: retro.asOf, filter: retro.filter)
        values["sprintID"] = sprint.id
        values["teamName"] = sprint.teamName
        values["start"] = ContextValues.date(sprint.start)
        values["end"] = ContextValues.date(sprint.end)
        values["goal"] = sprint.goal ?? ""
        values["hasGoal"] = sprint.goal != nil
        values["finished"] = sprint.isFinished
        values["allDone"] = retro.allCommittedDone
        values["completion"] = ContextValues.percent(retro.completion)
        let carried = WorkTotals(retro.carryOver)
        for (name, totals) in [("committed", retro.committed), ("done", retro.done), ("carried", carried), ("dropped", retro.dropped)] {
            values[name + "Items"] = ReportFormatter.count(totals.items)
            values[name + "Points"] = ReportFormatter.number(totals.points)
        }
        values["carryOver"] = ContextValues.cards(retro.carryOver)
        values["hasCarryOver"] = !retro.carryOver.isEmpty
        values["closedDeals"] = retro.closedDeals.map { closed -> [String: Any] in
            var deal = ContextValues.closedDeal(closed)
            deal["detail"] = closedDetail(closed)
            return deal
        }
        values["hasClosedDeals"] = !retro.closedDeals.isEmpty
        values["movedDeals"] = retro.movedDeals.map { moved -> [String: Any] in
            var deal = ContextValues.deal(moved.deal)
            let buyerSteps = moved.steps.filter { $0.section != "Exit tasks" }
            deal["buyerSteps"] = buyerSteps.isEmpty ? ContextValues.none : buyerSteps.map { "\($0.text) (\($0.done))" }.joined(separator: "; ")
            // Exit tasks grouped by their stage, in the order they appear: `prospect: A, B; qualify: C`.
            var stages: [(String, [String])] = []
            for step in moved.steps where step.section == "Exit tasks" {
                let stage = step.stage ?? "?"
                if let index = stages.firstIndex(where: { $0.0 == stage }) { stages[index].1.append(step.text) } else { stages.append((stage, [step.text])) }
            }
            deal["exitTasks"] = stages.isEmpty ? ContextValues.none : stages.map { "\($0.0): \($0.1.joined(separator: ", "))" }.joined(separator: "; ")
            return deal
        }
        values["hasMovedDeals"] = !retro.movedDeals.isEmpty
        let scrum = retro.scrum
        values["scrum"] = [("Wins", scrum.wins), ("Rejections", scrum.rejections), ("Lead-sourcing ideas", scrum.ideas),
                           ("Prospect reactions", scrum.reactions), ("Other notes", scrum.notes)]
            .filter { !$0.1.isEmpty || $0.0 != "Other notes" }
            .map { title, lines -> [String: Any] in
                ["title": title, "count": String(lines.count), "lines": lines.map(ContextValues.scrumLine), "hasLines": !lines.isEmpty]
            }
        values["funnel"] = retro.funnel.map(FunnelValues.funnel)
        values["hasFunnel"] = !retro.funnel.isEmpty
        values["funnelTotal"] = retro.funnelTotal.map(FunnelValues.funnel) ?? FunnelValues.funnel(CampaignFunnel.total([]))
        values["ranking"] = FunnelValues.ranking(retro.ranking)
        values["hasRanking"] = !retro.ranking.entries.isEmpty
        values["rankingChanges"] = retro.ranking.hasMoves
        values["retrospective"] = retro.retrospective.map { part -> [String: Any] in
            ["title": part.title, "notes": part.notes.map { ["note": $0] }, "hasNotes": !part.notes.isEmpty]
        }
        values["hasRetrospective"] = !retro.retrospective.isEmpty
        values.merge(HistoryValues.retro(retro.history, note: retro.historyNote)) { _, history in history }
        return values
    }

    /// `lost to FieldForce Pro: price; follow up 2027-01-15`.
    static func closedDetail(_ closed: ClosedDeal) -> String {
        var parts: [String] = []
        if closed.outcome == .lost {
            parts.append("to \(closed.lostTo ?? "nobody named")" + (closed.lostReason.map { ": \($0)" } ?? ""))
        }
        if let followUp = closed.followUp { parts.append("follow up \(followUp)") }
        return parts.isEmpty ? ContextValues.none : parts.joined(separator: "; ")
    }
}
