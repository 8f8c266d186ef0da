import ScrumsellAnalyse

/// The values of the weekly report's forecast section (`report.md.mustache`).
enum ForecastValues {
    static func forecast(_ forecast: Forecast, notes: [String], currency: String) -> [String: TemplateValue] {
        func money(_ amount: Double) -> String { ReportFormatter.money(amount, currency: currency) }
        let quarter = forecast.current
        var values: [String: TemplateValue] = [:]
        values["quarter"] = .text(quarter.quarter)
        values["quarterStart"] = .text(quarter.start.description)
        values["quarterEnd"] = .text(quarter.end.description)
        func row(_ label: String, _ tally: QuarterForecast.Tally) -> TemplateValue {
            ["category": .text(label), "deals": .text(ReportFormatter.count(tally.deals)), "value": .text(money(tally.value)),
             "weighted": .text(tally.weighted.map(money) ?? "")]
        }
        values["forecastRows"] = .list([row("won", quarter.won), row("commit", quarter.commit), row("best case", quarter.bestCase),
                                        row("pipeline", quarter.pipeline), row("omitted", quarter.omitted)])
        values["hasQuota"] = .flag(quarter.quota != nil)
        values["attainment"] = .text(ContextValues.percent(quarter.attainment))
        values["quota"] = .text(ContextValues.money(quarter.quota, currency))
        values["committedValue"] = .text(money(quarter.committedValue))
        values["quotaGap"] = .text(ContextValues.money(quarter.gap, currency))
        values["quotaMet"] = .flag(quarter.gap == 0)
        values["hasTarget"] = .flag(quarter.coverage.target != nil)
        values["coverage"] = .text(ContextValues.percent(quarter.coverage.ratio))
        values["coverageOpen"] = .text(money(quarter.coverage.open))
        values["target"] = .text(ContextValues.money(quarter.coverage.target, currency))
        let shortfall = quarter.coverage.target.map { max(0, $0 - quarter.coverage.open) }
        values["shortfall"] = .text(ContextValues.money(shortfall, currency))
        values["targetMet"] = .flag(shortfall == 0)
        values["noPersonalTarget"] = .flag(forecast.noPersonalTarget)
        let undated = quarter.coverage.undated
        values["hasUndated"] = .flag(undated.deals > 0)
        values["undated"] = .text("\(ReportFormatter.plural(undated.deals, "open deal")) (\(money(undated.value)))")
        let next = forecast.nextQuarter
        var nextLine = "won \(money(next.won.value)), commit \(money(next.commit.value)), best case \(money(next.bestCase.value)), "
            + "pipeline \(money(next.pipeline.value))"
        if let ratio = next.coverage.ratio { nextLine += ", coverage \(ReportFormatter.percent(ratio))" }
        if let attainment = next.attainment { nextLine += ", attainment \(ReportFormatter.percent(attainment))" }
        values["nextQuarter"] = .text(next.quarter)
        values["nextQuarterLine"] = .text(nextLine)
        values["forecastNotes"] = .list(notes.map { ["note": .text($0)] })
        values["hasForecastNotes"] = .flag(!notes.isEmpty)
        return values
    }
}
