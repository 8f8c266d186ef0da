/// Turns a `WeeklyReport` into the values of `report.md.mustache`.
public enum WeeklyReportPresenter {
    public static let template = "report.md.mustache"

    public static func context(_ report: WeeklyReport, workspace: String) -> [String: Any] {
        let currency = report.currency
        func money(_ amount: Double) -> String { ReportFormatter.money(amount, currency: currency) }
        var values = ContextValues.heading(workspace: workspace, asOf: report.asOf, filter: report.filter)
        values["week"] = report.week
        values["weekStart"] = ReportFormatter.dayWithWeekday(report.weekStart)
        values["weekEnd"] = ReportFormatter.dayWithWeekday(report.weekEnd)

        values["stages"] = report.pipeline.stages.map { row -> [String: Any] in
            ["stage": row.stage, "probability": row.probability.map { ReportFormatter.percent($0 / 100) } ?? ContextValues.none,
             "deals": ReportFormatter.count(row.deals), "value": money(row.value), "weighted": money(row.weighted)]
        }
        values["totalDeals"] = ReportFormatter.count(report.pipeline.total.deals)
        values["totalValue"] = money(report.pipeline.total.value)
        values["totalWeighted"] = money(report.pipeline.total.weighted)
        values["hasCoverage"] = report.coverage != nil
        values["coverage"] = report.coverage.map { ReportFormatter.percent($0.ratio) } ?? ContextValues.none
        values["target"] = report.coverage.map { money($0.target) } ?? ContextValues.none
        values["shortfall"] = report.coverage.map { money($0.shortfall) } ?? ContextValues.none
        values["targetMet"] = report.coverage.map { $0.shortfall == 0 } ?? false

        values["won"] = report.closed.won.map(ContextValues.closedDeal)
        values["hasWon"] = !report.closed.won.isEmpty
        values["lost"] = report.closed.lost.map(ContextValues.closedDeal)
        values["hasLost"] = !report.closed.lost.isEmpty
        values["noDecision"] = report.closed.noDecision.map(ContextValues.closedDeal)
        values["hasNoDecision"] = !report.closed.noDecision.isEmpty

        values["slipped"] = report.slippedDecisions.map { item -> [String: Any] in
            var deal = ContextValues.deal(item.deal)
            deal["date"] = item.date.description
            deal["days"] = ReportFormatter.plural(item.days, "day")
            return deal
        }
        values["hasSlipped"] = !report.slippedDecisions.isEmpty
        values["staleAfterDays"] = String(report.staleAfterDays)
        values["goneDark"] = report.goneDark.map { item -> [String: Any] in
            var deal = ContextValues.deal(item.deal)
            deal["lastContact"] = item.lastContact.description
            deal["days"] = ReportFormatter.plural(item.days, "day")
            return deal
        }
        values["hasGoneDark"] = !report.goneDark.isEmpty
        values["gaps"] = report.nextStepGaps.map { gap -> [String: Any] in
            var deal = ContextValues.deal(gap.deal)
            deal["openSteps"] = String(gap.openSteps)
            deal["required"] = String(gap.required)
            deal["buyerStep"] = gap.hasBuyerStep ? "yes" : "no"
            return deal
        }
        values["hasGaps"] = !report.nextStepGaps.isEmpty

        values["stepsDue"] = report.stepsDue.map { group -> [String: Any] in
            ["name": ContextValues.person(group.owner), "steps": group.steps.map { step -> [String: Any] in
                ["due": step.due.description, "overdue": step.overdue, "daysOverdue": step.daysOverdue.map { ReportFormatter.plural($0, "day") } ?? "",
                 "account": step.deal.account, "text": step.text, "owners": ContextValues.people(step.owners),
                 "section": step.section == "Buying process" ? "buying process" : "next step"]
            }]
        }
        values["hasStepsDue"] = !report.stepsDue.isEmpty

        values["followUps"] = report.followUps.map { item -> [String: Any] in
            var deal = ContextValues.closedDeal(item.deal)
            deal["date"] = item.date.description
            deal["due"] = item.due
            deal["when"] = item.days < 0 ? "\(ReportFormatter.plural(-item.days, "day")) ago" : item.days == 0 ? "today" : "in \(ReportFormatter.plural(item.days, "day"))"
            deal["lostTo"] = item.deal.outcome == .lost ? (item.deal.lostTo ?? "nobody named") : ContextValues.none
            return deal
        }
        values["hasFollowUps"] = !report.followUps.isEmpty

        values["objectives"] = report.objectives.map { objective -> [String: Any] in
            ["id": objective.id, "title": objective.title, "sponsor": objective.sponsor ?? ContextValues.none,
             "hasSponsor": objective.sponsor != nil, "review": objective.review.rawValue,
             "deals": ReportFormatter.plural(objective.deals, "linked deal"),
             "measures": objective.measures.map { measure -> [String: Any] in
                 let isMoney = measure.metric == .wonValue || measure.metric == .pipelineValue
                 func figure(_ value: Double) -> String { isMoney ? money(value) : ReportFormatter.number(value) }
                 return ["metric": metricLabel(measure.metric), "metricID": measure.metric.rawValue, "actual": figure(measure.actual), "target": figure(measure.target),
                         "progress": ReportFormatter.percent(measure.progress), "by": ContextValues.date(measure.by),
                         "state": measure.met ? "met" : measure.late ? "late" : "open", "late": measure.late]
             },
             "hasMeasures": !objective.measures.isEmpty]
        }
        values["hasObjectives"] = !report.objectives.isEmpty

        values["campaigns"] = report.campaigns.map { item -> [String: Any] in
            var funnel = FunnelValues.funnel(item.funnel)
            funnel["sprint"] = item.sprint
            return funnel
        }
        values["hasCampaigns"] = !report.campaigns.isEmpty

        values["upcomingDays"] = String(report.upcomingDays)
        values["upcoming"] = report.upcomingDecisions.map { item -> [String: Any] in
            var deal = ContextValues.deal(item.deal)
            deal["date"] = item.date.description
            deal["when"] = item.days == 0 ? "today" : "in \(ReportFormatter.plural(item.days, "day"))"
            return deal
        }
        values["hasUpcoming"] = !report.upcomingDecisions.isEmpty
        values.merge(HistoryValues.weekly(report.history, note: report.historyNote, currency: currency)) { _, history in history }
        return values
    }

    /// `won value`, `open pipeline value`, …
    static func metricLabel(_ metric: Measure.Metric) -> String {
        switch metric {
        case .wonValue: return "won value"
        case .wonDeals: return "won deals"
        case .pipelineValue: return "open pipeline value"
        case .openDeals: return "open deals"
        }
    }
}
