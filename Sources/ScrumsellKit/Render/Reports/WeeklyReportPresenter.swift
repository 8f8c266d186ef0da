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
        values["hasCoverage"] = .flag(report.coverage != nil)
        values["coverage"] = .text(report.coverage.map { ReportFormatter.percent($0.ratio) } ?? ContextValues.none)
        values["target"] = .text(report.coverage.map { money($0.target) } ?? ContextValues.none)
        values["shortfall"] = .text(report.coverage.map { money($0.shortfall) } ?? ContextValues.none)
        values["targetMet"] = .flag(report.coverage.map { $0.shortfall == 0 } ?? false)

        values["won"] = .list(report.closed.won.map { ContextValues.closedDeal($0) })
        values["hasWon"] = .flag(!report.closed.won.isEmpty)
        values["lost"] = .list(report.closed.lost.map { ContextValues.closedDeal($0) })
        values["hasLost"] = .flag(!report.closed.lost.isEmpty)
        values["noDecision"] = .list(report.closed.noDecision.map { ContextValues.closedDeal($0) })
        values["hasNoDecision"] = .flag(!report.closed.noDecision.isEmpty)

        values["slipped"] = .list(report.slippedDecisions.map { item in
            ContextValues.deal(item.deal, adding: ["date": .text(item.date.description), "days": .text(ReportFormatter.plural(item.days, "day"))])
        })
        values["hasSlipped"] = .flag(!report.slippedDecisions.isEmpty)
        values["staleAfterDays"] = .text(String(report.staleAfterDays))
        values["goneDark"] = .list(report.goneDark.map { item in
            ContextValues.deal(item.deal, adding: ["lastContact": .text(item.lastContact.description), "days": .text(ReportFormatter.plural(item.days, "day"))])
        })
        values["hasGoneDark"] = .flag(!report.goneDark.isEmpty)
        values["gaps"] = .list(report.nextStepGaps.map { gap in
            ContextValues.deal(gap.deal, adding: ["openSteps": .text(String(gap.openSteps)), "required": .text(String(gap.required)),
                                                  "buyerStep": .text(gap.hasBuyerStep ? "yes" : "no")])
        })
        values["hasGaps"] = .flag(!report.nextStepGaps.isEmpty)

        values["stepsDue"] = .list(report.stepsDue.map { group in
            ["name": .text(ContextValues.person(group.owner)), "steps": .list(group.steps.map { .object(StepDueValues(step: $0)) })]
        })
        values["hasStepsDue"] = .flag(!report.stepsDue.isEmpty)

        values["followUps"] = .list(report.followUps.map { item in
            let when = item.days < 0 ? "\(ReportFormatter.plural(-item.days, "day")) ago" : item.days == 0 ? "today" : "in \(ReportFormatter.plural(item.days, "day"))"
            return ContextValues.closedDeal(item.deal, adding: [
                "date": .text(item.date.description), "due": .flag(item.due), "when": .text(when),
                "lostTo": .text(item.deal.outcome == .lost ? (item.deal.lostTo ?? "nobody named") : ContextValues.none),
            ])
        })
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
             "hasMeasures": .flag(!objective.measures.isEmpty)]
        })
        values["hasObjectives"] = .flag(!report.objectives.isEmpty)

        values["campaigns"] = .list(report.campaigns.map { item in
            var funnel = FunnelValues.funnel(item.funnel)
            funnel["sprint"] = .text(item.sprint)
            return .object(funnel)
        })
        values["hasCampaigns"] = .flag(!report.campaigns.isEmpty)

        values["upcomingDays"] = .text(String(report.upcomingDays))
        values["upcoming"] = .list(report.upcomingDecisions.map { item in
            ContextValues.deal(item.deal, adding: ["date": .text(item.date.description),
                                                   "when": .text(item.days == 0 ? "today" : "in \(ReportFormatter.plural(item.days, "day"))")])
        })
        values["hasUpcoming"] = .flag(!report.upcomingDecisions.isEmpty)
        values.merge(HistoryValues.weekly(report.history, note: report.historyNote, currency: currency)) { _, history in history }
        return values
    }

    /// A step of "Steps overdue or due this week": `due`, `overdue`, `daysOverdue`, `account`,
    /// `text`, `owners`, `section` (the report lists thousands).
    struct StepDueValues: TemplateObject {
        static let names = ["due", "overdue", "daysOverdue", "account", "text", "owners", "section"]

        var step: StepDue

        var names: [String] { StepDueValues.names }

        func value(forKey key: String) -> TemplateValue? {
            switch key {
            case "due": return .text(step.due.description)
            case "overdue": return .flag(step.overdue)
            case "daysOverdue": return .text(step.daysOverdue.map { ReportFormatter.plural($0, "day") } ?? "")
            case "account": return .text(step.deal.account)
            case "text": return .text(step.text)
            case "owners": return .text(ContextValues.people(step.owners))
            case "section": return .text(step.section == "Buying process" ? "buying process" : "next step")
            default: return nil
            }
        }
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
