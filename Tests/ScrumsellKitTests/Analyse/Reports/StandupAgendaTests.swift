import Testing
@testable import ScrumsellKit

@Suite struct StandupAgendaTests {
    static let files = [
        "sprints/s1.md": """
            ---
            team: north
            start: 2026-11-02
            end: 2026-11-15
            ---
            ## Sprint backlog
            - [ ] Carried over @leo due:2026-11-10

            ## Daily scrum

            ### 2026-11-13
            - win: Old news @dana
            """,
        "sprints/s2.md": """
            ---
            team: north
            start: 2026-11-16
            end: 2026-11-29
            goal: Close Acme
            ---
            ## Sprint backlog
            - [/] Write the proposal +acme @dana due:2026-11-25
            - [ ] Due today +acme @dana due:2026-11-20
            - [/] Doing and due today @leo due:2026-11-20
            - [x] Done already @dana due:2026-11-18 done:2026-11-18

            ## Daily scrum

            ### 2026-11-19
            - win: Acme liked the demo @dana
            - idea: Call the CFO @leo

            ### 2026-11-20
            - win: Today's news is not yesterday's @dana
            """,
        "sprints/south.md": """
            ---
            team: south
            start: 2026-11-16
            end: 2026-11-29
            ---
            ## Sprint backlog
            - [ ] South work @sam due:2026-11-19
            """,
        "deals/acme.md": ReportTestWorkspace.deal("""
            account: Acme
            owner: dana
            stage: qualify
            value: 100
            decision_date: 2026-11-24
            consequence: Renewal
            last_contact: 2026-11-19
            stakeholders:
              - {id: maria, name: Maria Lopez}
            """, body: """
            ## Buying process
            1. [ ] Legal review @maria due:2026-11-17

            ## Next steps
            1. [ ] Maria signs @maria due:2026-11-24
            2. [ ] Send the contract @dana due:2026-11-21
            """),
    ]

    @Test func perPersonOverdueDueTodayAndDoing() throws {
        let fixture = try ReportTestWorkspace(Self.files)
        defer { fixture.remove() }
        let agenda = StandupAgenda.build(fixture.load(), asOf: .of("2026-11-20"), filter: ReportFilter(team: "north"))
        #expect(agenda.sprint?.id == "s2" && agenda.sprint?.day == 5)
        #expect(agenda.people.map(\.person.id) == ["dana", "leo"])
        let dana = agenda.people[0]
        #expect(dana.overdue.isEmpty)
        #expect(dana.dueToday.map(\.text) == ["Due today"])
        #expect(dana.doing.map(\.text) == ["Write the proposal"])
        let leo = agenda.people[1]
        // The lists do not overlap: a doing item due today is only under "due today".
        #expect(leo.overdue.map(\.text) == ["Carried over"] && leo.overdue[0].daysOverdue == 10)
        #expect(leo.dueToday.map(\.text) == ["Doing and due today"])
        #expect(leo.doing.isEmpty)
    }

    @Test func dealsNeedingAttentionAndThePreviousScrum() throws {
        let fixture = try ReportTestWorkspace(Self.files)
        defer { fixture.remove() }
        let agenda = StandupAgenda.build(fixture.load(), asOf: .of("2026-11-20"), filter: ReportFilter(team: "north"))
        #expect(agenda.attention.map(\.deal.id) == ["acme"])
        let reasons = agenda.attention[0].reasons
        // Maria is the deal's only stakeholder, past the first stage: single-threaded.
        #expect(reasons.map(\.kind) == [.buyerStepOverdue, .decisionSoon, .singleThreaded])
        #expect(reasons[0].step == "Legal review" && reasons[0].days == 3 && reasons[0].owners?.map(\.name) == ["Maria Lopez"])
        #expect(reasons[1].days == 4)

        let previous = try #require(agenda.previousScrum)
        #expect(previous.date == .of("2026-11-19") && previous.sprint == "s2")
        #expect(previous.notes.map(\.text) == ["Acme liked the demo", "Call the CFO"])
        #expect(previous.notes.map(\.kind) == [.win, .idea])
    }

    @Test func whoNarrowsToOnePerson() throws {
        let fixture = try ReportTestWorkspace(Self.files)
        defer { fixture.remove() }
        let workspace = fixture.load()
        let leo = StandupAgenda.build(workspace, asOf: .of("2026-11-20"), filter: ReportFilter(owner: "leo"))
        #expect(leo.people.map(\.person.id) == ["leo"])
        #expect(leo.attention.isEmpty)   // leo owns no deal
        #expect(leo.previousScrum?.notes.map(\.text) == ["Call the CFO"])

        // Two teams run a sprint: without a team, the agenda is everyone's and names no sprint.
        let everyone = StandupAgenda.build(workspace, asOf: .of("2026-11-20"))
        #expect(everyone.people.map(\.person.id) == ["dana", "leo", "sam"])
        #expect(everyone.sprint == nil)
        let south = StandupAgenda.build(workspace, asOf: .of("2026-11-20"), filter: ReportFilter(team: "south"))
        #expect(south.sprint?.id == "south" && south.people.map(\.person.id) == ["sam"])
        #expect(south.people[0].overdue.map(\.text) == ["South work"])
        #expect(south.previousScrum == nil)
    }
}
