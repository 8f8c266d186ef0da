import Testing
@testable import ScrumsellKit

/// The board's burndown (docs/metrics.md, "Burndown"), worked out by hand.
@Suite struct BurndownTests {
    static let sprint = """
        ---
        team: north
        start: 2026-11-02
        end: 2026-11-05
        ---
        # Sprint

        ## Sprint backlog
        - [x] Call @dana pts:3 done:2026-11-02
        - [x] Mail @dana pts:2 done:2026-11-04
        - [-] Fair @leo pts:4
        - [x] Demo @leo pts:1
        - [ ] Visit @dana pts:6
        - [ ] Notes @dana
        """

    static func board(asOf: String) throws -> SprintBoard {
        let fixture = try ReportTestWorkspace(["sprints/s1.md": sprint])
        defer { fixture.remove() }
        let workspace = fixture.load()
        return SprintBoard.build(workspace, sprint: try #require(workspace.sprint("s1")), asOf: .of(asOf))
    }

    @Test func remainingByDoneDayBesideTheIdealLine() throws {
        // 16 points committed, dropped Fair included. Call counts off on day 1, Mail on day 3; Fair (dropped)
        // and Demo (done) have no done: date, so they count off on the last day, 2026-11-05.
        let board = try Self.board(asOf: "2026-11-20")
        #expect(board.burndown.map(\.date) == [.of("2026-11-02"), .of("2026-11-03"), .of("2026-11-04"), .of("2026-11-05")])
        #expect(board.burndown.map(\.remaining) == [13, 13, 11, 6])
        // 16 × 3/4, 16 × 2/4, 16 × 1/4, 0.
        #expect(board.burndown.map(\.ideal) == [12, 8, 4, 0])
    }

    @Test func itStopsAtTheAsOfDayAndIsEmptyBeforeTheStart() throws {
        #expect(try Self.board(asOf: "2026-11-03").burndown.map(\.remaining) == [13, 13])
        #expect(try Self.board(asOf: "2026-11-01").burndown.isEmpty)
    }

    @Test func aDoneItemWithoutItsDateCountsOnTheDayGitFirstShowsItDone() throws {
        let git = try GitFixture()
        let open = "---\nteam: north\nstart: 2026-11-02\nend: 2026-11-05\n---\n# Sprint\n\n## Sprint backlog\n- [ ] Demo pts:2\n- [ ] Call pts:3\n"
        git.write("sprints/s1.md", open)
        try git.commit("sprint", on: "2026-11-02")
        git.write("sprints/s1.md", open.replacingOccurrences(of: "[ ] Demo", with: "[x] Demo"))
        try git.commit("demo done", on: "2026-11-03")
        git.write("sprints/s1.md", open.replacingOccurrences(of: "[ ] Demo", with: "[x] Demo").replacingOccurrences(of: "[ ] Call", with: "[x] Call"))
        let workspace = git.load()
        let sprint = try #require(workspace.sprint("s1"))
        let days = ItemDoneDays.read(workspace: git.workspace, paths: ["sprints/s1.md"], asOf: .of("2026-11-20"), git: git.git)
        #expect(days == ["sprints/s1.md": ["Demo": .of("2026-11-03")]])
        // Demo counts off on day 2 (git); Call, done only in the working copy, on the last day.
        let board = SprintBoard.build(workspace, sprint: sprint, asOf: .of("2026-11-20"), doneDays: days)
        #expect(board.burndown.map(\.remaining) == [5, 3, 3, 0])
        let run = try CLITests.run(["board", "s1", "-w", git.workspace.path, "--as-of", "2026-11-20", "--format", "json"])
        #expect(run.status == 0 && run.stdout.contains("\"remaining\" : 3"))
    }
}
