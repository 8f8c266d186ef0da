import Foundation
import Testing
@testable import ScrumsellKit

/// `report --week W` for a past week reads the workspace as git had it at the end of W's Sunday.
@Suite struct PastWeekReportTests {
    static func fixture() throws -> GitFixture {
        let git = try GitFixture()
        git.write("deals/a.md", GitFixture.deal(account: "Alpha", stage: "qualify", value: 100_000))
        try git.commit("Alpha qualifies", on: "2026-11-03")
        // Monday of W46: after W45's Sunday, so not read for W45.
        git.write("deals/a.md", GitFixture.deal(account: "Alpha", stage: "propose", value: 200_000))
        try git.commit("Alpha proposal", on: "2026-11-09")
        return git
    }

    @Test func aPastWeekIsReportedAsItStood() throws {
        let git = try Self.fixture()
        let sha = try git.run("rev-parse", "--short=7", "HEAD~1").trimmingCharacters(in: .whitespacesAndNewlines)
        let run = try CLITests.run(["report", "--week", "2026-W45", "-w", git.workspace.path, "--no-history"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("as of Sunday 2026-11-08"))
        #expect(run.stdout.contains("The workspace as git had it at the end of the week: commit \(sha) of 2026-11-03, \"Alpha qualifies\"."))
        #expect(run.stdout.contains("| qualify | 25% | 1 | €100,000 | €25,000 |"))
        #expect(!run.stdout.contains("€200,000"))

        // --as-is: today's files under W45.
        let asIs = try CLITests.run(["report", "--week", "2026-W45", "--as-is", "-w", git.workspace.path, "--as-of", "2026-11-20", "--no-history"])
        #expect(asIs.status == 0 && asIs.stdout.contains("| propose | 70% | 1 | €200,000 | €140,000 |"))
        #expect(!asIs.stdout.contains("as git had it"))
    }

    @Test func withoutHistoryItExitsTwoWithOneLine() throws {
        let git = try Self.fixture()
        let before = try CLITests.run(["report", "--week", "2026-W40", "-w", git.workspace.path, "--as-of", "2026-11-20"])
        #expect(before.status == 2)
        #expect(before.stderr == "scrumsell: cannot report 2026-W40 as it stood: no commit up to 2026-10-04 touches the deals or campaigns; --as-is reports today's files under that week\n")

        let outside = try ReportTestWorkspace()
        defer { outside.remove() }
        let run = try CLITests.run(["report", "--week", "2026-W45", "-w", outside.root.path, "--as-of", "2026-11-20"])
        #expect(run.status == 2 && run.stdout.isEmpty)
        #expect(run.stderr.split(separator: "\n").count == 1 && run.stderr.contains("not in a git repository"))
    }
}
