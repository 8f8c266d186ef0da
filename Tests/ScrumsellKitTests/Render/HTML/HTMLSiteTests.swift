import Foundation
import Testing
@testable import ScrumsellKit

/// The site's dashboard with its slots: the quarter's forecast and the sprint burndown, taken
/// from the weekly report and the current sprint's board unless given.
@Suite struct HTMLSiteTests {
    static func dashboard(forecast: DashboardForecast? = nil, burndown: DashboardBurndown? = nil, metricsPage: String? = nil,
                          pages: inout [String]) throws -> String {
        let workspace = SampleReports.workspace()
        var index: String?
        var names: [String] = []
        try HTMLSite.render(workspace, asOf: SampleReports.asOf, renderer: ReportTestWorkspace.renderer(workspace),
                            forecast: forecast, burndown: burndown, metricsPage: metricsPage) { page in
            names.append(page.fileName)
            if page.fileName == "index.html" { index = page.text }
        }
        pages = names
        return try #require(index)
    }

    static func dashboard(forecast: DashboardForecast? = nil, burndown: DashboardBurndown? = nil) throws -> String {
        var pages: [String] = []
        return try dashboard(forecast: forecast, burndown: burndown, pages: &pages)
    }

    @Test func withoutSlotsGivenTheWeeklyForecastAndTheCurrentSprintsBurndownAreShown() throws {
        var pages: [String] = []
        let index = try Self.dashboard(pages: &pages)
        #expect(index.contains("id=\"forecast-coverage\"") && index.contains("id=\"chart-burndown\"") && !index.contains("metrics"))
        #expect(!pages.contains("metrics.html") && pages.last == "index.html")
    }

    @Test func aMetricsPageIsWrittenAndLinked() throws {
        var pages: [String] = []
        let index = try Self.dashboard(metricsPage: "<!DOCTYPE html>\n<title>Metrics</title>\n", pages: &pages)
        #expect(pages.filter { $0 == "metrics.html" }.count == 1)
        #expect(index.contains("<li><a href=\"metrics.html\">Metrics</a></li>"))
    }

    @Test func aForecastAndABurndownFillTheirSlots() throws {
        let forecast = DashboardForecast(quarter: "2026-Q4", won: 165_000, commit: 300_000, bestCase: 560_000, quota: 600_000,
                                         attainment: 0.275, coverage: 1.6)
        let days = (0..<14).map { Day.of("2026-11-16").adding(days: $0) }
        let burndown = DashboardBurndown(sprint: "2026-s47", days: days, remaining: [47, 46, 44, 44, 42],
                                         ideal: (0..<14).map { 47 - 47 * Double($0) / 13 })
        let index = try Self.dashboard(forecast: forecast, burndown: burndown)
        for text in ["<h2>Forecast: 2026-Q4</h2>", "<span class=\"figure\" id=\"forecast-won\">€165,000</span>",
                     "<span class=\"figure\" id=\"forecast-commit\">€300,000</span>", "<span class=\"figure\" id=\"forecast-best-case\">€560,000</span>",
                     "<span class=\"figure\" id=\"forecast-attainment\">28%</span>", "attainment of the quota €600,000",
                     "<figure class=\"chart\" id=\"chart-forecast\">", "<span class=\"figure\" id=\"burndown-last\">42</span>",
                     "<figure class=\"chart\" id=\"chart-burndown\">", "<polyline class=\"s1 ideal\""] {
            #expect(index.contains(text), "the dashboard lacks \(text)")
        }
    }
}
