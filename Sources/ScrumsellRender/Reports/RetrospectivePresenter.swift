import ScrumsellAnalyse
import ScrumsellModel

/// Turns a `RetrospectiveSummary` into the values of `retro.md.mustache`.
public enum RetrospectivePresenter {
    public static let template = "retro.md.mustache"

    public static func values(_ retro: RetrospectiveSummary, workspace: String) -> [String: TemplateValue] {
        let sprint = retro.sprint
        var values = ContextValues.heading(workspace: workspace, asOf: retro.asOf, filter: retro.filter)
        values["sprintID"] = .text(sprint.id)
        values["teamName"] = .text(sprint.teamName)
        values["start"] = .text(ContextValues.date(sprint.start))
        values["end"] = .text(ContextValues.date(sprint.end))
        values["goal"] = .text(sprint.goal ?? "")
        values["hasGoal"] = .flag(sprint.goal != nil)
        values["finished"] = .flag(sprint.isFinished)
        values["allDone"] = .flag(retro.allCommittedDone)
        values["completion"] = .text(ContextValues.percent(retro.completion))
        let carried = WorkTotals(retro.carryOver)
        for (name, totals) in [("committed", retro.committed), ("done", retro.done), ("carried", carried), ("dropped", retro.dropped)] {
            values[name + "Items"] = .text(ReportFormatter.count(totals.items))
            values[name + "Points"] = .text(ReportFormatter.number(totals.points))
        }
        values["carryOver"] = ContextValues.cards(retro.carryOver)
        values["hasCarryOver"] = .flag(!retro.carryOver.isEmpty)
        values["closedDeals"] = .list(retro.closedDeals.map { closed in
            ContextValues.closedDeal(closed, adding: ["detail": .text(closedDetail(closed))])
        })
        values["hasClosedDeals"] = .flag(!retro.closedDeals.isEmpty)
        values["movedDeals"] = .list(retro.movedDeals.map { moved in
            let buyerSteps = moved.steps.filter { $0.section != DealSection.exitTasks.title }
            // Exit tasks grouped by their stage, in the order they appear: `prospect: A, B; qualify: C`.
            var stages: [(String, [String])] = []
            for step in moved.steps where step.section == DealSection.exitTasks.title {
                let stage = step.stage ?? "?"
                if let index = stages.firstIndex(where: { $0.0 == stage }) { stages[index].1.append(step.text) } else { stages.append((stage, [step.text])) }
            }
            return ContextValues.deal(moved.deal, adding: [
                "buyerSteps": .text(buyerSteps.isEmpty ? ContextValues.none : buyerSteps.map { "\($0.text) (\($0.done))" }.joined(separator: "; ")),
                "exitTasks": .text(stages.isEmpty ? ContextValues.none : stages.map { "\($0.0): \($0.1.joined(separator: ", "))" }.joined(separator: "; ")),
            ])
        })
        values["hasMovedDeals"] = .flag(!retro.movedDeals.isEmpty)
        let scrum = retro.scrum
        values["scrum"] = .list([("Wins", scrum.wins), ("Rejections", scrum.rejections), ("Lead-sourcing ideas", scrum.ideas),
                                 ("Prospect reactions", scrum.reactions), ("Other notes", scrum.notes)]
            .filter { !$0.1.isEmpty || $0.0 != "Other notes" }
            .map { title, lines -> TemplateValue in
                ["title": .text(title), "count": .text(String(lines.count)), "lines": .list(lines.map(ContextValues.scrumLine)), "hasLines": .flag(!lines.isEmpty)]
            })
        values["funnel"] = .list(retro.funnel.map { .object(FunnelValues.funnel($0)) })
        values["hasFunnel"] = .flag(!retro.funnel.isEmpty)
        values["funnelTotal"] = .object(retro.funnelTotal.map(FunnelValues.funnel) ?? FunnelValues.funnel(CampaignFunnel.total([])))
        values["ranking"] = FunnelValues.ranking(retro.ranking)
        values["hasRanking"] = .flag(!retro.ranking.entries.isEmpty)
        values["rankingChanges"] = .flag(retro.ranking.hasMoves)
        values["retrospective"] = .list(retro.retrospective.map { part in
            ["title": .text(part.title), "notes": .list(part.notes.map { ["note": .text($0)] }), "hasNotes": .flag(!part.notes.isEmpty)]
        })
        values["hasRetrospective"] = .flag(!retro.retrospective.isEmpty)
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
