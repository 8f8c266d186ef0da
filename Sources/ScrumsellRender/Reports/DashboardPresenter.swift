import ScrumsellBase
import ScrumsellModel
import ScrumsellAnalyse

/// Turns a `Dashboard` into the values of `index.html.mustache`: the headline figures, the
/// charts (drawn by `ChartRenderer`, inserted raw), the deals needing attention, and the links
/// to every page of the site.
public enum DashboardPresenter {
    public static let template = "index.html.mustache"

    /// A link the dashboard lists: a page of the site.
    public struct Link: Sendable, Equatable {
        public var title: String
        public var href: String
        public var note: String?

        public init(title: String, href: String, note: String? = nil) {
            self.title = title
            self.href = href
            self.note = note
        }
    }

    public static func values(_ dashboard: Dashboard, workspace: Workspace, links: [Link], forecast: DashboardForecast?,
                              burndown: DashboardBurndown?) -> [String: TemplateValue] {
        let currency = dashboard.currency
        @Sendable func money(_ amount: Double) -> String { ReportFormatter.money(amount, currency: currency) }
        @Sendable func axisMoney(_ amount: Double) -> String { ReportFormatter.prefix(currency) + ChartRenderer.compact(amount) }
        var values = ContextValues.heading(workspace: workspace.config.name, asOf: dashboard.asOf, filter: ReportFilter())
        values["openPipeline"] = .text(money(dashboard.pipeline.total.value))
        values["openWeighted"] = .text(money(dashboard.pipeline.total.weighted))
        values["openDeals"] = .text(ReportFormatter.plural(dashboard.pipeline.total.deals, "open deal"))
        values["hasCoverage"] = .flag(dashboard.coverage != nil)
        values["coverage"] = .text(ContextValues.percent(dashboard.coverage?.ratio))
        values["target"] = .text(dashboard.coverage?.target.map(money) ?? ContextValues.none)
        values["attentionCount"] = .text(ReportFormatter.count(dashboard.attention.count))
        values["attention"] = .list(dashboard.attention.map { item in
            ContextValues.deal(item.deal, adding: ["why": .text(item.reasons.map(StandupPresenter.reason).joined(separator: "; "))])
        })
        values["hasAttention"] = .flag(!dashboard.attention.isEmpty)
        values["sprints"] = .list(dashboard.currentSprints.map { points -> TemplateValue in
            let row: [String: TemplateValue] = ["sprintID": .text(points.sprint.id), "teamName": .text(points.sprint.teamName),
             "page": .text(HTMLPage.href("board-\(points.sprint.id).html")),
             "done": .text(ReportFormatter.number(points.done.points)), "committed": .text(ReportFormatter.number(points.committed.points)),
             "remaining": .text(ReportFormatter.number(points.remaining.points)),
             "day": .text(points.sprint.day.map(String.init) ?? ContextValues.none),
             "length": .text(points.sprint.length.map(String.init) ?? ContextValues.none)]
            return .object(row)
        })
        values["hasSprints"] = .flag(!dashboard.currentSprints.isEmpty)

        let stages = dashboard.pipeline.stages
        values["pipelineChart"] = .text(ChartRenderer.render(Chart(
            .bar, id: "chart-pipeline", title: "Open pipeline by stage: value and weighted", categoryName: "stage",
            categories: stages.map(\.name),
            series: [Chart.Series("value", stages.map(\.value)), Chart.Series("weighted", stages.map(\.weighted))],
            format: money, axisFormat: axisMoney)))
        values["velocityChart"] = .text(ChartRenderer.render(Chart(
            .line, id: "chart-velocity", title: "Velocity: points committed and done per sprint", categoryName: "sprint",
            categories: dashboard.velocity.map(\.sprint.id),
            series: [Chart.Series("committed", dashboard.velocity.map(\.committed.points)),
                     Chart.Series("done", dashboard.velocity.map(\.done.points))],
            format: { ReportFormatter.number($0) })))
        let funnel = dashboard.funnel
        values["funnelChart"] = .text(ChartRenderer.render(Chart(
            .funnel, id: "chart-funnel", title: "Campaign funnel: the active campaigns' latest results", categoryName: "step",
            categories: ["contacted", "replies", "meetings", "opportunities"],
            series: [Chart.Series("people", [funnel.contacted, funnel.replies, funnel.meetings, funnel.opportunities].map(Double.init))],
            format: { ReportFormatter.count(Int(clamping: Int64(exactly: $0.rounded()) ?? 0)) })))
        var decisions = Chart(
            .stackedBar, id: "chart-decisions", title: "Decisions due in the next \(Dashboard.decisionWeeks) weeks: value by stage", categoryName: "week",
            categories: dashboard.decisions.map { "\($0.week) (\(ReportFormatter.plural($0.deals, "deal")))" },
            series: dashboard.stages.enumerated().map { index, name in Chart.Series(name, dashboard.decisions.map { $0.valueByStage[index] }) },
            format: money, axisFormat: axisMoney)
        decisions.wide = true
        decisions.axisLabels = dashboard.decisions.map { "W" + ($0.week.split(separator: "W").last.map(String.init) ?? $0.week) }
        values["decisionsChart"] = .text(ChartRenderer.render(decisions))
        values.merge(forecastValues(forecast, currency: currency)) { _, slot in slot }
        values.merge(burndownValues(burndown)) { _, slot in slot }

        values["links"] = .list(links.map { link -> TemplateValue in ["title": .text(link.title), "href": .text(link.href), "note": .text(link.note ?? ""), "hasNote": .flag(link.note != nil)] })
        // Open deals first, by decision date (none last), then closed ones; by id within a date.
        func order(_ deal: Deal) -> (Int, Int, String) { (deal.isOpen ? 0 : 1, deal.decisionDate?.ordinal ?? Int.max, deal.id) }
        let deals = workspace.deals.sorted { order($0) < order($1) }
        values["deals"] = .list(deals.map { deal in
            ContextValues.deal(DealSummary(deal, config: workspace.config), adding: [
                "isOpen": .flag(deal.isOpen), "outcome": .text(deal.outcome.rawValue), "planPage": .text(HTMLPage.planPage(deal.id)),
            ])
        })
        values["hasDeals"] = .flag(!workspace.deals.isEmpty)
        return values
    }

    /// The forecast section's values: `hasForecast`, and with a forecast `forecastWon`, `forecastCommit`,
    /// `forecastBestCase`, `forecastQuota`, `forecastAttainment`, `forecastCoverage`, `forecastChart`.
    public static func forecastValues(_ forecast: DashboardForecast?, currency: String) -> [String: TemplateValue] {
        guard let forecast else { return ["hasForecast": .flag(false)] }
        @Sendable func money(_ amount: Double) -> String { ReportFormatter.money(amount, currency: currency) }
        var categories = ["won", "commit", "best case"], figures = [forecast.won, forecast.commit, forecast.bestCase]
        if let quota = forecast.quota { categories.append("quota"); figures.append(quota) }
        return [
            "hasForecast": .flag(true), "forecastQuarter": .text(forecast.quarter),
            "forecastWon": .text(money(forecast.won)), "forecastCommit": .text(money(forecast.commit)),
            "forecastBestCase": .text(money(forecast.bestCase)), "forecastQuota": .text(forecast.quota.map(money) ?? ContextValues.none),
            "forecastAttainment": .text(ContextValues.percent(forecast.attainment)), "forecastCoverage": .text(ContextValues.percent(forecast.coverage)),
            "forecastChart": .text(ChartRenderer.render(Chart(
                .bar, id: "chart-forecast", title: "Forecast for \(forecast.quarter) by category, against the quota", categoryName: "category",
                categories: categories, series: [Chart.Series("amount", figures)], format: money,
                axisFormat: { ReportFormatter.prefix(currency) + ChartRenderer.compact($0) }))),
        ]
    }

    /// The burndown's values: `hasBurndown`, and with one `burndownSprint`, `burndownLast` (the last
    /// point's points remaining) and `burndownChart`.
    public static func burndownValues(_ burndown: DashboardBurndown?) -> [String: TemplateValue] {
        guard let burndown else { return ["hasBurndown": .flag(false)] }
        return [
            "hasBurndown": .flag(true), "burndownSprint": .text(burndown.sprint),
            "burndownLast": .text(burndown.remaining.last.map(ReportFormatter.number) ?? ContextValues.none),
            "burndownChart": .text(ChartRenderer.render(Chart(
                .line, id: "chart-burndown", title: "Burndown of \(burndown.sprint): points remaining against the ideal", categoryName: "day",
                categories: burndown.days.map(\.description),
                series: [Chart.Series("remaining", burndown.remaining), Chart.Series("ideal", burndown.ideal, dashed: true)],
                format: { ReportFormatter.number($0) }))),
        ]
    }
}
