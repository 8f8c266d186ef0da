import Testing
@testable import ScrumsellKit

@Suite struct SprintBoardTests {
    static let files = [
        "sprints/s1.md": """
            ---
            team: north
            start: 2026-11-16
            end: 2026-11-29
            goal: Sign Acme
            ---
            ## Sprint backlog
            - [x] Plan the sprint @dana due:2026-11-16 done:2026-11-16 pts:1
            - [/] Call list +acme @leo due:2026-11-25 pts:2
            - [ ] Late letter +acme @leo due:2026-11-18 pts:3
            - [-] Dropped idea @dana pts:5
            - [ ] Shared demo +acme @dana @leo due:2026-11-27 pts:2
            - [ ] Nobody's task pts:1
            - [ ] Beyond the sprint +acme @dana due:2026-12-04
            """,
        "deals/acme.md": ReportTestWorkspace.deal("""
            account: "Acme | Sons"
            owner: dana
            stage: qualify
            value: 100
            decision_date: 2026-12-31
            consequence: Nothing
            stakeholders:
              - {id: maria, name: Maria Lopez}
            """, body: """
            ## Backlog
            - [/] Security questionnaire @dana @maria due:2026-11-28 sprint:s1 pts:2
            - [ ] Not in this sprint @dana due:2026-11-20
            """),
    ]

    @Test func lanesPointsAndDayOfSprint() throws {
        let fixture = try ReportTestWorkspace(Self.files)
        defer { fixture.remove() }
        let workspace = fixture.load()
        let board = SprintBoard.build(workspace, sprint: workspace.sprint("s1")!, asOf: .of("2026-11-20"))

        #expect(board.sprint.day == 5)
        #expect(board.sprint.length == 14)
        #expect(board.sprint.goal == "Sign Acme")
        #expect(board.lanes.map(\.state) == [.todo, .doing, .done, .dropped])
        #expect(board.lanes.map(\.cards.count) == [4, 2, 1, 1])
        // Dropped work is not committed; the deal's sprint:s1 item is.
        #expect(board.committed == WorkTotals(items: 7, points: 11))
        #expect(board.done == WorkTotals(items: 1, points: 1))
        #expect(board.remaining == WorkTotals(items: 6, points: 10))
        #expect(board.dropped == WorkTotals(items: 1, points: 5))

        let late = board.lanes[0].cards.first { $0.text == "Late letter" }!
        #expect(late.overdue && late.daysOverdue == 2)
        #expect(late.subject == BoardCard.Subject(kind: .deal, id: "acme", name: "Acme | Sons"))
        #expect(board.overdue.items == 1)
        #expect(board.dueAfterSprint.map(\.text) == ["Beyond the sprint"])

        let questionnaire = board.lanes[1].cards.first { $0.text == "Security questionnaire" }!
        #expect(questionnaire.owners.map(\.side) == [.ours, .buyer])
        #expect(questionnaire.owners[1].name == "Maria Lopez")
    }

    @Test func swimlanesFollowTheTeamThenOthersThenNobody() throws {
        let fixture = try ReportTestWorkspace(Self.files)
        defer { fixture.remove() }
        let workspace = fixture.load()
        let board = SprintBoard.build(workspace, sprint: workspace.sprint("s1")!, asOf: .of("2026-11-20"))

        #expect(board.swimlanes.map { $0.owner?.id } == ["dana", "leo", "maria", nil])
        let dana = board.swimlanes[0]
        // Cards by due date, undated last; the shared demo is in both swimlanes.
        #expect(dana.cards.map(\.text) == ["Plan the sprint", "Shared demo", "Security questionnaire", "Beyond the sprint"])
        #expect(board.swimlanes[1].cards.map(\.text) == ["Late letter", "Call list", "Shared demo"])
        #expect(board.swimlanes[3].cards.map(\.text) == ["Nobody's task"])
        #expect(dana.open == WorkTotals(items: 3, points: 4))
    }

    @Test func filtersNarrowTheCards() throws {
        let fixture = try ReportTestWorkspace(Self.files)
        defer { fixture.remove() }
        let workspace = fixture.load()
        let sprint = workspace.sprint("s1")!
        let leo = SprintBoard.build(workspace, sprint: sprint, asOf: .of("2026-11-20"), filter: ReportFilter(owner: "leo"))
        #expect(leo.lanes.flatMap(\.cards).map(\.text).sorted() == ["Call list", "Late letter", "Shared demo"])
        let qualify = SprintBoard.build(workspace, sprint: sprint, asOf: .of("2026-11-20"), filter: ReportFilter(stage: "qualify"))
        #expect(qualify.lanes.flatMap(\.cards).allSatisfy { $0.subject?.id == "acme" })
        #expect(qualify.committed.items == 5)
        let unknown = ReportFilter(owner: "lea", campaign: "nope").unknownValues(in: workspace)
        #expect(unknown.map(\.option) == ["owner", "campaign"])
        #expect(unknown[0].suggestion == "leo")
    }
}
