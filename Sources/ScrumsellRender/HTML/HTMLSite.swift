import ScrumsellBase
import ScrumsellModel
import ScrumsellGit
import ScrumsellAnalyse

/// The self-contained site `scrumsell build` writes to `reports/html/`: the board of each current
/// sprint, the week's report and every finished sprint's retrospective, named as their Markdown
/// pages are (`board-2026-s47.html`, `report-2026-W47.html`, `retro-2026-s45.html`), a page per
/// deal (`deals/ID.html`), the buyer's plan of each open deal (`plans/ID.html`), and the dashboard
/// (`index.html`) linking them all; and `metrics.html` when the caller has it rendered.
public enum HTMLSite {
    /// One file of the site: its path inside the site's folder, and its text.
    public struct Page: Sendable, Equatable {
        public var fileName: String
        public var text: String
    }

    /// Renders every page as of `day`, handing each to `deliver` as soon as it is made, in the
    /// order above with the dashboard last.
    /// - Parameters:
    ///   - forecast: the quarter's forecast for the dashboard; without one, the weekly report's.
    ///   - burndown: the current sprint's burndown for the dashboard; without one, the first current sprint's board's.
    ///   - metricsPage: the text of `metrics.html`, a complete page (`HTMLPage.render` with `root: ""`);
    ///     without one the site has no metrics page and the dashboard no link to it.
    public static func render(_ workspace: Workspace, asOf day: Day, renderer: ReportRenderer,
                              history: Result<WorkspaceHistory, HistoryUnavailable>? = nil,
                              forecast: DashboardForecast? = nil, burndown: DashboardBurndown? = nil, metricsPage: String? = nil,
                              deliver: (Page) -> Void) throws(TemplateError) {
        var links: [DashboardPresenter.Link] = []
        if let metricsPage {
            deliver(Page(fileName: "metrics.html", text: metricsPage))
            links.append(DashboardPresenter.Link(title: "Metrics", href: "metrics.html"))
        }
        let current = workspace.sprints.filter { $0.isCurrent(asOf: day) }
        try ReportBook.inBatches(current, deliver: { deliver(Page(fileName: $0.fileName, text: $0.text)) }) { sprint throws(TemplateError) in
            let board = SprintBoard.build(workspace, sprint: sprint, asOf: day)
            return ReportBook.Page(fileName: "board-\(sprint.id).html", title: "", note: nil, section: .current,
                                   text: try renderer.render(.board(board), as: .html))
        }
        links += current.map { DashboardPresenter.Link(title: "Sprint board: \($0.id)", href: HTMLPage.href("board-\($0.id).html")) }

        let week = ISOWeek(containing: day)
        let weekly = WeeklyReport.build(workspace, asOf: day, week: week, history: history)
        deliver(Page(fileName: "report-\(week).html", text: try renderer.render(.weekly(weekly), as: .html)))
        links.append(DashboardPresenter.Link(title: "Weekly report: \(week)", href: HTMLPage.href("report-\(week).html")))

        // Newest first, as build's Markdown retrospectives are.
        let finished = workspace.sprints.compactMap { sprint in sprint.end.flatMap { sprint.isFinished(asOf: day) ? (end: $0, sprint: sprint) : nil } }
            .sorted { ($0.end, $0.sprint.id) > ($1.end, $1.sprint.id) }.map(\.sprint)
        try ReportBook.inBatches(finished, deliver: { deliver(Page(fileName: $0.fileName, text: $0.text)) }) { sprint throws(TemplateError) in
            let retro = RetrospectiveSummary.build(workspace, sprint: sprint, asOf: day, history: history)
            return ReportBook.Page(fileName: "retro-\(sprint.id).html", title: "", note: nil, section: .retrospective,
                                   text: try renderer.render(.retrospective(retro), as: .html, root: ""))
        }
        links += finished.map { DashboardPresenter.Link(title: "Retrospective: \($0.id)", href: HTMLPage.href("retro-\($0.id).html")) }

        let library = renderer.library, name = renderer.workspaceName
        try ReportBook.inBatches(workspace.deals, deliver: { deliver(Page(fileName: $0.fileName, text: $0.text)) }) { deal throws(TemplateError) in
            ReportBook.Page(fileName: "deals/\(deal.id).html", title: "", note: nil, section: .current,
                            text: try dealPage(deal, in: workspace, asOf: day, library: library))
        }
        let open = workspace.deals.filter(\.isOpen)
        try ReportBook.inBatches(open, deliver: { deliver(Page(fileName: $0.fileName, text: $0.text)) }) { deal throws(TemplateError) in
            let plan = MutualActionPlan.build(deal, config: workspace.config, asOf: day)
            return ReportBook.Page(fileName: "plans/\(deal.id).html", title: "", note: nil, section: .current,
                                   text: try PlanPresenter.render(plan, html: true, library: library, workspace: name, root: "../"))
        }

        let dashboard = Dashboard.build(workspace, asOf: day, weekly: weekly)
        let values = DashboardPresenter.values(dashboard, workspace: workspace, links: links,
                                               forecast: forecast ?? DashboardForecast(weekly.forecast.current),
                                               burndown: burndown ?? current.first.flatMap { DashboardBurndown(SprintBoard.build(workspace, sprint: $0, asOf: day)) })
        deliver(Page(fileName: "index.html", text: try HTMLPage.render(DashboardPresenter.template, values: values, title: "Dashboard",
                                                                      workspace: name, asOf: day, root: "", library: library)))
    }

    /// A deal's page (`deals/ID.html`), from the deal as the workspace holds it.
    public static func dealPage(_ deal: Deal, in workspace: Workspace, asOf day: Day, library: TemplateLibrary) throws(TemplateError) -> String {
        try HTMLPage.render(DealHTMLPagePresenter.template, values: DealHTMLPagePresenter.values(deal, in: workspace, asOf: day),
                            title: deal.account, workspace: workspace.config.name, asOf: day, root: "../", library: library)
    }
}
