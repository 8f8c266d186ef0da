import Testing
@testable import ScrumsellKit

@Suite("Workspace configuration")
struct WorkspaceConfigTests {
    func decode(_ yaml: String) -> (WorkspaceConfig, [Diagnostic]) {
        let source = SourceText(path: "scrumsell.yml", text: yaml)
        let (root, diagnostics) = YAMLReader.parse(yaml: yaml, firstLine: 1, in: source)
        #expect(diagnostics.isEmpty)
        return WorkspaceConfig.decode(root, defaultName: "folder")
    }

    @Test func defaults() {
        let (config, diagnostics) = decode("teams: [{id: north, members: [{id: dana}]}]\nstages: [{id: prospect}]\n")
        #expect(diagnostics.isEmpty)
        #expect(config.name == "folder")
        #expect(config.currency == "USD")
        #expect(config.sprintDays == 14)
        #expect(config.staleAfterDays == 14)
        #expect(config.nextStepsRequired == 2)
        #expect(config.pipelineTarget == nil)
        #expect(config.teams[0].name == "north")
        #expect(config.members[0].name == "dana")
        #expect(config.members[0].role == "")
        #expect(config.stages[0].name == "prospect")
        #expect(config.stages[0].probability == 0)
        #expect(config.stages[0].exit == [])
    }

    @Test func everyField() {
        let (config, diagnostics) = decode(TestWorkspace.config)
        #expect(diagnostics.isEmpty)
        #expect(config.name == "Test Sales")
        #expect(config.currency == "EUR")
        #expect(config.pipelineTarget == 500000)
        #expect(config.teams.map(\.id) == ["north"])
        #expect(config.teams[0].name == "North team")
        #expect(config.teams[0].location == SourceLocation(path: "scrumsell.yml", line: 8, column: 5))
        #expect(config.members.map(\.id) == ["dana", "leo", "kim"])
        #expect(config.members.map(\.role) == ["sales-executive", "lead-generator", "contact-collector"])
        #expect(config.member("leo")?.name == "Leo Marsh")
        #expect(config.member("leo")?.location.line == 12)
        #expect(config.stages.map(\.id) == ["prospect", "qualify", "evaluate"])
        #expect(config.stages.map(\.probability) == [10, 25, 50])
        #expect(config.stage("qualify")?.exit == ["Buying process mapped", "Decision date agreed"])
        #expect(config.stage("qualify")?.name == "Qualify")
        #expect(config.stageIndex("evaluate") == 2)
        #expect(config.stageIndex("nope") == nil)
        #expect(config.team("north")?.members.count == 3)
    }

    @Test func noTeamsOrStages() {
        let (_, diagnostics) = decode("name: Empty\n")
        #expect(diagnostics.map(\.message) == ["the workspace defines no sales stages", "the workspace defines no team"])
        #expect(diagnostics.allSatisfy { $0.code == "missing-key" && $0.location == SourceLocation(path: "scrumsell.yml", line: 1, column: 1) })
    }

    @Test func problemsAreLocated() {
        let (config, diagnostics) = decode("""
            sprint_days: 0
            stale_after_days: soon
            pipeline_target: [1]
            curency: EUR
            teams:
              - id: north
                members:
                  - {name: Nobody, role: lead-generator}
                  - dana
            stages:
              - {id: prospect, probability: 120, exit: Pain}
            """)
        #expect(config.sprintDays == 14)
        #expect(config.staleAfterDays == 14)
        #expect(diagnostics.sorted().map { "\($0.location.line):\($0.location.column) \($0.severity) \($0.code) \($0.message)" } == [
            "1:14 error out-of-range 'sprint_days' must be between 1 and 366, found 0",
            "2:19 error wrong-type 'stale_after_days' must be a whole number, found 'soon'",
            "3:18 error wrong-type 'pipeline_target' must be a number, found a list",
            "4:1 warning unknown-key unknown workspace key 'curency' (did you mean 'currency'?)",
            "8:9 error missing-key the member has no 'id'",
            "9:9 error wrong-type 'members' must be a list of mappings, found 'dana'",
            "11:33 error out-of-range 'probability' must be between 0 and 100, found 120",
            "11:44 error wrong-type 'exit' must be a list, found 'Pain'",
        ])
    }

    @Test func forecastQuotaAndFiscalYearKeys() {
        let (config, diagnostics) = decode("""
            quota: 900000
            fiscal_year_start: 4
            teams:
              - id: north
                members:
                  - {id: dana, quota: 300000, pipeline_target: 900000}
            stages:
              - {id: prospect, forecast: omitted}
              - {id: negotiate, forecast: commit}
              - {id: legacy}
            """)
        #expect(diagnostics.isEmpty)
        #expect(config.quota == 900_000 && config.fiscalYearStart == 4)
        #expect(config.members[0].quota == 300_000 && config.members[0].pipelineTarget == 900_000)
        #expect(config.stages.map(\.forecast) == [.omitted, .commit, .pipeline])
        #expect(config.quarter(containing: Day("2026-05-01")!).description == "FY2027-Q1")
    }

    @Test func badForecastKeysAreLocated() {
        let (config, diagnostics) = decode("""
            quota: -5
            fiscal_year_start: 13
            teams: [{id: north, members: [{id: dana, quota: lots}]}]
            stages:
              - {id: prospect, forecast: maybe}
            """)
        #expect(config.fiscalYearStart == 1 && config.stages[0].forecast == .pipeline)
        let found = diagnostics.sorted().map { "\($0.location.line):\($0.location.column) \($0.code)" }
        #expect(found == ["1:8 out-of-range", "2:20 out-of-range", "3:49 wrong-type", "5:30 invalid-value"])
    }
}
