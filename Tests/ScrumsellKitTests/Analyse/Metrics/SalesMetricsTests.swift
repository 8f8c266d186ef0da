import Foundation
import Testing
@testable import ScrumsellKit

/// `scrumsell metrics` (docs/metrics.md) on a small workspace with a dated git history, every
/// number worked out by hand below.
@Suite struct SalesMetricsTests {
    static func deal(_ id: String, owner: String = "dana", stage: String, value: Int, outcome: String = "open", closed: String? = nil,
                     extra: String = "") -> String {
        var text = "---\naccount: \(id.uppercased())\nowner: \(owner)\nstage: \(stage)\nvalue: \(value)\noutcome: \(outcome)\n"
        if let closed { text += "closed: \(closed)\n" }
        return text + extra + "---\n# \(id)\n"
    }

    static func sprint(start: String, end: String, items: [String]) -> String {
        "---\nteam: north\nstart: \(start)\nend: \(end)\n---\n# Sprint\n\n## Sprint backlog\n" + items.map { "- \($0)\n" }.joined()
    }

    /// The history (window 2026-10-01 to 2026-11-20):
    /// - a: added in prospect 09-01 (no `opened:`), qualify 10-05, evaluate 10-15, won 11-10. Cycle 09-01 → 11-10 = 70 days.
    /// - b: added in qualify 09-10, lost 10-20 (to Rival, price).
    /// - c: `opened: 2026-09-20`, added in prospect 10-02, propose 10-12 (a skip: forward), back to qualify 11-12; still open.
    /// - d (leo): added in evaluate 10-03, no decision 11-01.
    /// - e: added in prospect 09-05, won 09-25: before the window.
    static func fixture() throws -> GitFixture {
        let git = try GitFixture()
        git.write("deals/a.md", deal("a", stage: "prospect", value: 100_000))
        try git.commit("a", on: "2026-09-01")
        git.write("deals/e.md", deal("e", stage: "prospect", value: 999))
        try git.commit("e", on: "2026-09-05")
        git.write("deals/b.md", deal("b", stage: "qualify", value: 50_000))
        try git.commit("b", on: "2026-09-10")
        git.write("deals/e.md", deal("e", stage: "prospect", value: 999, outcome: "won", closed: "2026-09-25"))
        try git.commit("e won", on: "2026-09-25")
        git.write("deals/c.md", deal("c", stage: "prospect", value: 200_000, extra: "opened: 2026-09-20\n"))
        try git.commit("c", on: "2026-10-02")
        git.write("deals/d.md", deal("d", owner: "leo", stage: "evaluate", value: 80_000))
        try git.commit("d", on: "2026-10-03")
        git.write("deals/a.md", deal("a", stage: "qualify", value: 100_000))
        try git.commit("a qualify", on: "2026-10-05")
        git.write("sprints/s1.md", sprint(start: "2026-10-05", end: "2026-10-18", items: ["[x] Call pts:3", "[ ] Mail pts:2", "[x] Demo pts:5"]))
        git.write("sprints/s2.md", sprint(start: "2026-10-19", end: "2026-11-01", items: ["[x] Visit pts:4", "[-] Fair pts:8"]))
        git.write("sprints/s3.md", sprint(start: "2026-11-16", end: "2026-11-29", items: ["[x] Running pts:1"]))
        git.write("deals/c.md", deal("c", stage: "propose", value: 200_000, extra: "opened: 2026-09-20\n"))
        try git.commit("c propose", on: "2026-10-12")
        git.write("deals/a.md", deal("a", stage: "evaluate", value: 100_000))
        try git.commit("a evaluate", on: "2026-10-15")
        git.write("deals/b.md", deal("b", stage: "qualify", value: 50_000, outcome: "lost", closed: "2026-10-20",
                                     extra: "lost_to: Rival\nlost_reason: Price\nfollow_up: 2027-03-01\n"))
        try git.commit("b lost", on: "2026-10-20")
        git.write("deals/d.md", deal("d", owner: "leo", stage: "evaluate", value: 80_000, outcome: "no-decision", closed: "2026-11-01",
                                     extra: "follow_up: 2027-03-01\n"))
        try git.commit("d no decision", on: "2026-11-01")
        git.write("deals/a.md", deal("a", stage: "evaluate", value: 100_000, outcome: "won", closed: "2026-11-10"))
        try git.commit("a won", on: "2026-11-10")
        git.write("deals/c.md", deal("c", stage: "qualify", value: 200_000, extra: "opened: 2026-09-20\n"))
        try git.commit("c back", on: "2026-11-12")
        return git
    }

    static func metrics(_ git: GitFixture, byOwner: Bool = false, history: Bool = true) -> SalesMetrics {
        SalesMetrics.build(git.load(), since: .of("2026-10-01"), asOf: .of("2026-11-20"), byOwner: byOwner,
                           history: history ? git.history(asOf: "2026-11-20") : nil)
    }

    @Test func winRatesAverageCycleAndVelocity() throws {
        let git = try Self.fixture()
        let all = Self.metrics(git).all
        // Closed in the window: a won (100,000), b lost (50,000), d no decision (80,000); e closed before it.
        #expect(all.deals.won == 1 && all.deals.lost == 1 && all.deals.noDecision == 1 && all.deals.open == 1)
        #expect(all.winRate.count == 1.0 / 3 && all.winRate.value == 100_000.0 / 230_000)
        #expect(all.winRate.competitive == 0.5 && all.winRate.noDecision == 1.0 / 3)
        #expect(all.wonAverage == 100_000)
        // a has no `opened:`: the commit that added it, 2026-09-01, to 2026-11-10.
        #expect(all.cycleDays == 70)
        // 1 open deal × 100,000 × 1/3 ÷ 70 days.
        let perDay = try #require(all.velocity.perDay)
        #expect(abs(perDay - 100_000.0 / 3 / 70) < 1e-9 && all.velocity.per30Days.map { abs($0 - perDay * 30) < 1e-9 } == true)
        #expect(all.losses.lostTo == [.init(name: "Rival", deals: 1)] && all.losses.lostReason == [.init(name: "Price", deals: 1)])
        #expect(all.losses.noDecision == ["d"])
    }

    @Test func stageConversionAndMedianDaysFromGit() throws {
        let git = try Self.fixture()
        let conversion = Self.metrics(git).all.conversion
        #expect(conversion.map(\.stage) == ["prospect", "qualify", "evaluate", "propose", "negotiate"])
        // prospect: a (34 days, on to qualify) and c (10 days, skipping to propose) left, both forward.
        #expect(conversion[0] == .init(stage: "prospect", left: 2, forward: 2, rate: 1, medianDays: 22))
        // qualify: a on to evaluate after 10 days; b lost after 40; c is still there and not counted.
        #expect(conversion[1] == .init(stage: "qualify", left: 2, forward: 1, rate: 0.5, medianDays: 25))
        // evaluate: a won after 26 days (forward); d ended without decision after 29.
        #expect(conversion[2] == .init(stage: "evaluate", left: 2, forward: 1, rate: 0.5, medianDays: 27.5))
        // propose: c moved back to qualify after 31 days.
        #expect(conversion[3] == .init(stage: "propose", left: 1, forward: 0, rate: 0, medianDays: 31))
        #expect(conversion[4] == .init(stage: "negotiate", left: 0, forward: 0, rate: nil, medianDays: nil))
    }

    @Test func perOwnerAndNoData() throws {
        let git = try Self.fixture()
        let owners = try #require(Self.metrics(git, byOwner: true).byOwner)
        #expect(owners.map(\.owner) == ["dana", "leo"])
        #expect(owners[0].metrics.winRate.count == 0.5 && owners[0].metrics.winRate.competitive == 0.5)
        // Leo's only closed deal ended without decision: no win rate among won and lost.
        let leo = owners[1].metrics
        #expect(leo.winRate.count == 0 && leo.winRate.competitive == nil && leo.notes["win_rate.competitive"] != nil)
        #expect(leo.wonAverage == nil && leo.cycleDays == nil && leo.velocity.perDay == nil && leo.notes["velocity"] != nil)

        let without = Self.metrics(git, history: false)
        #expect(without.all.conversion.isEmpty && without.all.notes["conversion"] == "no git history")
        // Without history a has no opening: no cycle length, said so.
        #expect(without.all.cycleDays == nil && without.all.deals.wonWithoutOpening == 1)
    }

    @Test func sprintVelocityOverTheLastFinishedSprints() throws {
        let git = try Self.fixture()
        let velocity = Self.metrics(git).sprintVelocity
        // s1: 3 + 5 done; s2: 4 done (the dropped 8 is not); s3 is not finished on 2026-11-20.
        #expect(velocity.map(\.team) == ["north"])
        #expect(velocity[0].sprints.map(\.sprint) == ["s1", "s2"] && velocity[0].sprints.map(\.points) == [8, 4] && velocity[0].mean == 6)
    }

    @Test func theCommandPrintsEveryFormat() throws {
        let git = try Self.fixture()
        let arguments = ["metrics", "-w", git.workspace.path, "--as-of", "2026-11-20", "--since", "2026-10-01"]
        let markdown = try CLITests.run(arguments)
        #expect(markdown.status == 0)
        #expect(markdown.stdout.contains("| win rate by count | 33% |"))
        #expect(markdown.stdout.contains("| prospect | 2 | 2 | 100% | 22 |"))
        let json = try CLITests.run(arguments + ["--format", "json", "--by", "owner"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        for key in ["win_rate", "won_average", "cycle_days", "velocity", "conversion", "losses", "sprint_velocity", "by_owner"] {
            #expect(object[key] != nil, "no \(key)")
        }
        #expect((object["win_rate"] as? [String: Any])?.keys.sorted() == ["competitive", "count", "no_decision", "value"])
        let csv = try CLITests.run(arguments + ["--format", "csv"])
        // Python's csv module reads it back: the header, then `,win_rate.competitive,0.5,`.
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", "import csv,sys; rows=list(csv.reader(sys.stdin)); print(rows[0]); print([r for r in rows if r[1]=='win_rate.competitive'])"]
        let input = Pipe(), output = Pipe()
        python.standardInput = input
        python.standardOutput = output
        try python.run()
        input.fileHandleForWriting.write(Data(csv.stdout.utf8))
        try input.fileHandleForWriting.close()
        let read = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        #expect(read == "['owner', 'figure', 'value', 'note']\n[['', 'win_rate.competitive', '0.5', '']]\n")
        let bad = try CLITests.run(["metrics", "-w", git.workspace.path, "--as-of", "2026-11-20", "--since", "2026-12-01"])
        #expect(bad.status == 2)
    }
}
