import ScrumsellModel
import ScrumsellAnalyse

/// Turns a `WeeklyReport` into the values of `report.md.mustache`.
public enum WeeklyReportPresenter {
    public static let template = "report.md.mustache"

    public static func values(_ report: WeeklyReport, workspace: String) -> [String: TemplateValue] {
        let currency = report.currency
        func money(_ amount: Double) -> String { ReportFormatter.money(amount, currency: currency) }
        var values = ContextValues.heading(workspace: workspace, asOf: report.asOf, filter: report.filter)
        values["week"] = .text(report.week)
        values["weekStart"] = .text(ReportFormatter.dayWithWeekday(report.weekStart))
        values["weekEnd"] = .text(ReportFormatter.dayWithWeekday(report.weekEnd))

        values["stages"] = .list(report.pipeline.stages.map { row in
            ["stage": .text(row.stage), "probability": .text(row.probability.map { ReportFormatter.percent($0 / 100) } ?? ContextValues.none),
             "deals": .text(ReportFormatter.count(row.deals)), "value": .text(money(row.value)), "weighted": .text(money(row.weighted))]
        })
        values["totalDeals"] = .text(ReportFormatter.count(report.pipeline.total.deals))
        values["totalValue"] = .text(money(report.pipeline.total.value))
        values["totalWeighted"] = .text(money(report.pipeline.total.weighted))
        values["leftOut"] = ContextValues.leftOut(report.pipeline.leftOut)
        values["hasLeftOut"] = .flag(report.pipeline.leftOut != nil)
        values.merge(ForecastValues.forecast(report.forecast, notes: report.forecastNotes, currency: currency)) { _, forecast in forecast }

        values["won"] = WeeklyReportRows.list(report.closed.won) { WeeklyReportRows.Closed(rows: $0, index: $1) }
        values["hasWon"] = .flag(!report.closed.won.isEmpty)
        values["lost"] = WeeklyReportRows.list(report.closed.lost) { WeeklyReportRows.Closed(rows: $0, index: $1) }
        values["hasLost"] = .flag(!report.closed.lost.isEmpty)
        values["noDecision"] = WeeklyReportRows.list(report.closed.noDecision) { WeeklyReportRows.Closed(rows: $0, index: $1) }
        values["hasNoDecision"] = .flag(!report.closed.noDecision.isEmpty)

        values["slipped"] = WeeklyReportRows.list(report.slippedDecisions) { WeeklyReportRows.Slipped(rows: $0, index: $1) }
        values["hasSlipped"] = .flag(!report.slippedDecisions.isEmpty)
        values["staleAfterDays"] = .text(String(report.staleAfterDays))
        values["goneDark"] = WeeklyReportRows.list(report.goneDark) { WeeklyReportRows.GoneDark(rows: $0, index: $1) }
        values["hasGoneDark"] = .flag(!report.goneDark.isEmpty)
        values["gaps"] = WeeklyReportRows.list(report.nextStepGaps) { WeeklyReportRows.Gap(rows: $0, index: $1) }
        values["hasGaps"] = .flag(!report.nextStepGaps.isEmpty)
        values["risks"] = WeeklyReportRows.list(report.influenceRisks ?? []) { WeeklyReportRows.Risk(rows: $0, index: $1) }
        values["hasRisks"] = .flag(report.influenceRisks != nil)

        values["stepsDue"] = .list(report.stepsDue.map { group in
            ["name": .text(ContextValues.person(group.owner)), "steps": WeeklyReportRows.list(group.steps) { WeeklyReportRows.Step(rows: $0, index: $1) }]
        })
        values["hasStepsDue"] = .flag(!report.stepsDue.isEmpty)

        values["followUps"] = WeeklyReportRows.list(report.followUps) { WeeklyReportRows.FollowUp(rows: $0, index: $1) }
        values["hasFollowUps"] = .flag(!report.followUps.isEmpty)

        values["objectives"] = .list(report.objectives.map { objective in
            ["id": .text(objective.id), "title": .text(objective.title), "sponsor": .text(objective.sponsor ?? ContextValues.none),
             "hasSponsor": .flag(objective.sponsor != nil), "review": .text(objective.review.rawValue),
             "deals": .text(ReportFormatter.plural(objective.deals, "linked deal")),
             "measures": .list(objective.measures.map { measure in
                 let isMoney = measure.metric == .wonValue || measure.metric == .pipelineValue
                 func figure(_ value: Double) -> String { isMoney ? money(value) : ReportFormatter.number(value) }
                 return ["metric": .text(metricLabel(measure.metric)), "metricID": .text(measure.metric.rawValue),
                         "actual": .text(figure(measure.actual)), "target": .text(figure(measure.target)),
                         "progress": .text(ReportFormatter.percent(measure.progress)), "by": .text(ContextValues.date(measure.by)),
                         "state": .text(measure.met ? "met" : measure.late ? "late" : "open"), "late": .flag(measure.late)]
             }),
             "hasMeasures": .flag(!objective.measures.isEmpty),
             "leftOut": ContextValues.leftOut(objective.leftOut), "hasLeftOut": .flag(objective.leftOut != nil)]
        })
        values["hasObjectives"] = .flag(!report.objectives.isEmpty)

        values["campaigns"] = .list(report.campaigns.map { item in
            var funnel = FunnelValues.funnel(item.funnel)
            funnel["sprint"] = .text(item.sprint)
            return .object(funnel)
        })
        values["hasCampaigns"] = .flag(!report.campaigns.isEmpty)

        values["upcomingDays"] = .text(String(report.upcomingDays))
        values["upcoming"] = WeeklyReportRows.list(report.upcomingDecisions) { WeeklyReportRows.Upcoming(rows: $0, index: $1) }
        values["hasUpcoming"] = .flag(!report.upcomingDecisions.isEmpty)
        values["hasPastCommit"] = .flag(report.readFromCommit != nil)
        values["pastCommit"] = .text(report.readFromCommit.map { "\($0.shortSHA) of \($0.date), \"\($0.subject)\"" } ?? "")
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
