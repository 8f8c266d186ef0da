import Testing
@testable import ScrumsellKit

/// The forecast of `report` (docs/metrics.md, "The forecast"), worked out by hand.
@Suite struct ForecastTests {
    static let config = """
        name: Forecast test
        currency: EUR
        pipeline_target: 1000
        quota: 800
        fiscal_year_start: 4
        rates: {USD: 0.5}
        teams:
          - id: north
            members:
              - {id: dana, name: Dana Kim, role: sales-executive, quota: 400, pipeline_target: 200}
              - {id: leo, name: Leo Marsh, role: lead-generator}
        stages:
          - {id: qualify, probability: 20}
          - {id: propose, probability: 50, forecast: best-case}
          - {id: negotiate, probability: 80, forecast: commit}

        """

    static func deal(_ fields: String) -> String { ReportTestWorkspace.deal("owner: dana\n" + fields) }

    static let files = [
        // Fiscal year from April: 2026-11-20 is in FY2027-Q3 (2026-10-01 to 2026-12-31).
        "deals/won.md": deal("account: W\nstage: negotiate\nvalue: 300\noutcome: won\nclosed: 2026-10-05"),
        "deals/won-before.md": deal("account: V\nstage: negotiate\nvalue: 999\noutcome: won\nclosed: 2026-09-30"),
        "deals/commit.md": deal("account: C\nstage: negotiate\nvalue: 200\ndecision_date: 2026-12-31\nconsequence: x"),
        "deals/best.md": deal("account: B\nstage: propose\nvalue: 100\ndecision_date: 2026-11-01\nconsequence: x"),
        // Its own forecast overrides the stage's best case.
        "deals/dropped.md": deal("account: D\nstage: propose\nvalue: 50\nforecast: omitted\ndecision_date: 2026-11-02\nconsequence: x"),
        // USD 400 at 0.5 = 200, pipeline in the quarter.
        "deals/dollar.md": ReportTestWorkspace.deal("account: U\nowner: leo\nstage: qualify\nvalue: 400\ncurrency: USD\ndecision_date: 2026-12-01\nconsequence: x"),
        "deals/yen.md": deal("account: Y\nstage: qualify\nvalue: 400\ncurrency: JPY\ndecision_date: 2026-12-01\nconsequence: x"),
        "deals/next.md": deal("account: N\nstage: negotiate\nvalue: 70\ndecision_date: 2027-01-01\nconsequence: x"),
        "deals/undated.md": deal("account: Z\nstage: qualify\nvalue: 10"),
    ]

    @Test func theQuarterByCategoryAttainmentAndCoverage() throws {
        let fixture = try ReportTestWorkspace(config: Self.config, Self.files)
        defer { fixture.remove() }
        let forecast = Forecast.build(fixture.load().deals, config: fixture.load().config, asOf: .of("2026-11-20"))
        let quarter = forecast.current
        #expect(quarter.quarter == "FY2027-Q3" && quarter.start == .of("2026-10-01") && quarter.end == .of("2026-12-31"))
        #expect(quarter.won == .init(deals: 1, value: 300))
        #expect(quarter.commit == .init(deals: 1, value: 200, weighted: 160))
        #expect(quarter.bestCase == .init(deals: 1, value: 100, weighted: 50))
        #expect(quarter.pipeline == .init(deals: 1, value: 200, weighted: 40))
        #expect(quarter.omitted == .init(deals: 1, value: 50, weighted: 25))
        // (300 won + 200 commit) ÷ 800; gap 300.
        #expect(quarter.attainment == 0.625 && quarter.gap == 300)
        // 200 + 100 + 200 open (omitted left out) ÷ 1000.
        #expect(quarter.coverage.open == 500 && quarter.coverage.ratio == 0.5)
        #expect(quarter.coverage.undated == .init(deals: 1, value: 10))
        #expect(forecast.nextQuarter.quarter == "FY2027-Q4" && forecast.nextQuarter.commit.value == 70)
        #expect(forecast.unconverted == ["yen"])
        #expect(forecast.notes.first?.contains("no rate") == true)
    }

    @Test func anOwnerIsComparedWithTheirOwnTargetOrNone() throws {
        let fixture = try ReportTestWorkspace(config: Self.config, Self.files)
        defer { fixture.remove() }
        let workspace = fixture.load()
        let dana = Forecast.build(workspace.deals.filter { $0.owner == "dana" }, config: workspace.config, asOf: .of("2026-11-20"), owner: "dana")
        #expect(dana.current.quota == 400 && dana.current.attainment == 1.25 && dana.current.gap == 0)
        // Dana's open deals of the quarter: 200 commit + 100 best case = 300 against her 200.
        #expect(dana.current.coverage.target == 200 && dana.current.coverage.ratio == 1.5)
        let leo = Forecast.build(workspace.deals.filter { $0.owner == "leo" }, config: workspace.config, asOf: .of("2026-11-20"), owner: "leo")
        #expect(leo.noPersonalTarget && leo.current.quota == nil && leo.current.attainment == nil && leo.current.coverage.ratio == nil)
        #expect(leo.notes == ["No target for this person: attainment and coverage are not compared with the team's (set 'quota:' or 'pipeline_target:' on the member)."])
    }

    @Test func calendarQuartersAndFiscalNames() {
        #expect(FiscalQuarter(containing: .of("2026-11-20")).description == "2026-Q4")
        #expect(FiscalQuarter(containing: .of("2026-03-31"), fiscalYearStart: 4).description == "FY2026-Q4")
        #expect(FiscalQuarter(containing: .of("2026-04-01"), fiscalYearStart: 4).description == "FY2027-Q1")
        let february = FiscalQuarter(containing: .of("2027-01-15"), fiscalYearStart: 11)
        #expect(february.description == "FY2027-Q1" && february.start == .of("2026-11-01") && february.end == .of("2027-01-31"))
        #expect(FiscalQuarter(containing: .of("2026-12-31")).next.description == "2027-Q1")
        // At the ends of the years a day holds, a quarter is cut, not trapped on.
        #expect(FiscalQuarter(containing: .of("9999-12-01")).next.end == .of("9999-12-31"))
        #expect(FiscalQuarter(containing: .of("0001-02-01"), fiscalYearStart: 4).start == .of("0001-01-01"))
    }
}
