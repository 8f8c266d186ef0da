import Foundation
import Testing
@testable import ScrumsellKit

/// `show`, `check --owner` and the report filters of `history` and `build`, through the binary.
@Suite struct ShowCommandTests {
    static func run(_ arguments: [String], in folder: URL) throws -> FrictionTests.Run {
        try FrictionTests.run(arguments, in: folder)
    }

    @Test func inAGitRepositoryThePageEndsWithTheDealsTimeline() throws {
        let fixture = try GitFixture()
        fixture.write("deals/acme.md", GitFixture.deal(stage: "prospect", decision: "2026-12-01", value: 80_000))
        try fixture.commit("Acme found", on: "2026-10-01")
        fixture.write("deals/acme.md", GitFixture.deal(stage: "qualify", decision: "2026-12-15", value: 100_000, log: ["2026-10-20 Call with Maria"]))
        try fixture.commit("Acme qualified", on: "2026-10-20")
        let page = try Self.run(["show", "acme", "--as-of", "2026-11-20"], in: fixture.workspace)
        #expect(page.status == 0)
        let history = try #require(page.output.components(separatedBy: "## History\n").last)
        // prospect 2026-10-01 → 2026-10-20 (19 days); qualify since 2026-10-20 (31 days to 2026-11-20).
        #expect(history.contains("| prospect | 2026-10-01 | 2026-10-20 | 19 |\n| qualify | 2026-10-20 | still there | 31 |"))
        #expect(history.contains("| 2026-10-20 | 2026-12-01 | 2026-12-15 | slipped 14 days |"))
        #expect(history.contains("| 2026-10-20 | €80,000 | €100,000 | +€20,000 |"))
        #expect(page.output.contains("| maria | Maria Lopez | CFO | economic | – | 2026-10-20 |"))

        let json = try Self.run(["show", "acme", "--format", "json", "--as-of", "2026-11-20"], in: fixture.workspace)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["kind"] as? String == "deal")
        #expect(((object["timeline"] as? [String: Any])?["stages"] as? [Any])?.count == 2)
        #expect(((object["stakeholders"] as? [[String: Any]])?.first?["last_mentioned"]) as? String == "2026-10-20")
    }

    @Test func outsideARepositoryTheHistorySaysWhyAndAnUnknownDealExits2() throws {
        let workspace = try TempWorkspace.sample()
        let page = try Self.run(["show", "kade-transport", "--as-of", "2026-11-20"], in: workspace.root)
        #expect(page.status == 0)
        #expect(page.output.contains("\n## History\n\nHistory is left out: the workspace is not in a git repository.\n"))
        let json = try Self.run(["show", "kade-transport", "--format", "json", "--as-of", "2026-11-20"], in: workspace.root)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["history_note"] as? String == "History is left out: the workspace is not in a git repository.")
        #expect(object["timeline"] == nil)
        let unknown = try Self.run(["show", "kade", "--as-of", "2026-11-20"], in: workspace.root)
        #expect(unknown.status == 2)
        #expect(unknown.errors == "scrumsell: no deal 'kade' in the workspace (did you mean 'kade-transport'?)\n")
    }

    @Test func checkOwnerKeepsThatPersonsDeals() throws {
        let workspace = try TempWorkspace.sample()
        // Of the sample's deal warnings, Polder Bakeries is Amira's; Rijnmond Haulage and Van Dam Dairy are Sofia's.
        let amira = try Self.run(["check", "--owner", "amira", "--as-of", "2026-11-20"], in: workspace.root)
        #expect(CLITests.headlines(amira.output).map { String($0.prefix { $0 != ":" }) } == ["deals/polder-bakeries.md"])
        let sofia = try Self.run(["check", "--owner", "sofia", "--as-of", "2026-11-20"], in: workspace.root)
        #expect(CLITests.headlines(sofia.output).map { String($0.prefix { $0 != ":" }) } == ["deals/rijnmond-haulage.md", "deals/vandam-dairy.md"])
        let nobody = try Self.run(["check", "--owner", "nobdy", "--as-of", "2026-11-20"], in: workspace.root)
        #expect(nobody.status == 2)
    }

    @Test func buildAndHistoryTakeTheReportFilters() throws {
        let workspace = try TempWorkspace.sample()
        let build = try Self.run(["build", "--owner", "amira", "--out", "amira", "--no-history", "--as-of", "2026-11-20"], in: workspace.root)
        #expect(build.status == 0)
        let report = workspace.text("amira/report-2026-W47.md")
        #expect(report.contains("Filtered by"))
        #expect(report.contains("Polder Bakeries"))
        #expect(!report.contains("Kade Transport"))

        let git = try GitFixture()
        git.write("deals/acme.md", GitFixture.deal(stage: "prospect"))
        git.write("deals/globex.md", GitFixture.deal(account: "Globex", stage: "qualify").replacingOccurrences(of: "owner: dana", with: "owner: dana\ncampaign: spring"))
        try git.commit("Two deals", on: "2026-10-01")
        let all = try Self.run(["history", "--as-of", "2026-11-20"], in: git.workspace)
        #expect(all.output.contains("| acme |") && all.output.contains("| globex |"))
        let prospects = try Self.run(["history", "--stage", "prospect", "--as-of", "2026-11-20"], in: git.workspace)
        #expect(prospects.status == 0)
        #expect(prospects.output.contains("| acme |") && !prospects.output.contains("| globex |"))
    }
}
