import Testing
@testable import ScrumsellKit

@Suite struct RetrospectiveSummaryTests {
    static let files = [
        "sprints/s1.md": """
            ---
            team: north
            start: 2026-11-02
            end: 2026-11-15
            goal: Three meetings
            results:
              fleet: {contacted: 100, replies: 10, meetings: 4, opportunities: 1}
              food: {contacted: 50, replies: 2, meetings: 0, opportunities: 0}
            ---
            ## Sprint backlog
            - [x] Plan @dana done:2026-11-02 pts:1
            - [x] Calls +fleet @leo done:2026-11-10 pts:3
            - [ ] Trade-show list +fleet @leo due:2026-11-13 pts:2
            - [x] Late proposal +acme @dana due:2026-11-14 done:2026-11-17 pts:2
            - [-] Dropped @dana pts:8

            ## Daily scrum

            ### 2026-11-03
            - win: Acme booked a demo @dana
            - rejection: Globex has no budget @leo
            - idea: Call fleets before lease renewal @leo
            - reaction: "No new hardware?" @dana
            - Coffee machine fixed

            ## Retrospective

            ### What worked
            - The fleet email

            ### What didn't
            - Food pitch
            """,
        "deals/acme.md": ReportTestWorkspace.deal("""
            account: Acme
            owner: dana
            stage: qualify
            value: 100
            decision_date: 2026-12-31
            consequence: Nothing
            campaign: fleet
            """, body: """
            ## Buying process
            1. [x] Problem agreed done:2026-10-20
            2. [x] Budget confirmed done:2026-11-05

            ## Exit tasks
            - [x] Pain confirmed stage:prospect done:2026-11-04
            """),
        "deals/globex.md": ReportTestWorkspace.deal("""
            account: Globex
            owner: leo
            stage: prospect
            value: 50
            outcome: lost
            closed: 2026-11-06
            lost_to: Rival
            follow_up: 2027-01-15
            campaign: food
            """),
        "deals/initech.md": ReportTestWorkspace.deal("""
            account: Initech
            owner: dana
            stage: propose
            value: 70
            outcome: won
            closed: 2026-10-30
            """),
        "campaigns/fleet.md": "---\ntitle: Fleets\nstatus: active\npriority: 2\n---\n",
        "campaigns/food.md": "---\ntitle: Food\nstatus: active\npriority: 1\n---\n",
        "campaigns/pharma.md": "---\ntitle: Pharma\nstatus: backlog\npriority: 3\n---\n",
        "campaigns/old.md": "---\ntitle: Old\nstatus: done\npriority: 4\n---\n",
    ]

    @Test func committedDoneAndCarryOver() throws {
        let fixture = try ReportTestWorkspace(Self.files)
        defer { fixture.remove() }
        let workspace = fixture.load()
        let retro = RetrospectiveSummary.build(workspace, sprint: workspace.sprint("s1")!, asOf: .of("2026-11-20"))

        #expect(retro.sprint.goal == "Three meetings")
        #expect(retro.committed == WorkTotals(items: 4, points: 8))
        // Done after the sprint's end counts as carried over, not done.
        #expect(retro.done == WorkTotals(items: 2, points: 4))
        #expect(retro.dropped == WorkTotals(items: 1, points: 8))
        #expect(retro.carryOver.map(\.text) == ["Trade-show list", "Late proposal"])
        #expect(!retro.allCommittedDone)
        #expect(retro.completion == 0.5)
    }

    @Test func dealsClosedAndMovedDuringTheSprint() throws {
        let fixture = try ReportTestWorkspace(Self.files)
        defer { fixture.remove() }
        let workspace = fixture.load()
        let retro = RetrospectiveSummary.build(workspace, sprint: workspace.sprint("s1")!, asOf: .of("2026-11-20"))

        #expect(retro.closedDeals.map(\.deal.id) == ["globex"])
        #expect(retro.closedDeals[0].outcome == .lost && retro.closedDeals[0].lostTo == "Rival")
        #expect(retro.movedDeals.map(\.deal.id) == ["acme"])
        #expect(retro.movedDeals[0].steps.map(\.text) == ["Budget confirmed", "Pain confirmed"])
        #expect(retro.movedDeals[0].steps[1].stage == "prospect")
    }

    /// With two teams, north's sprint looks back on north's deals only; with one team, on every deal.
    @Test func theSprintsTeamsDealsOnly() throws {
        var files = Self.files
        files["deals/initech.md"] = ReportTestWorkspace.deal("""
            account: Initech
            owner: sam
            stage: qualify
            value: 70
            decision_date: 2026-12-31
            consequence: Nothing
            outcome: won
            closed: 2026-11-06
            """, body: """
            ## Buying process
            1. [x] Budget confirmed done:2026-11-05
            """)
        files["deals/umbrella.md"] = ReportTestWorkspace.deal("""
            account: Umbrella
            owner: sam
            stage: qualify
            value: 30
            decision_date: 2026-12-31
            consequence: Nothing
            """, body: """
            ## Exit tasks
            - [x] Pain confirmed stage:prospect done:2026-11-04
            """)
        let fixture = try ReportTestWorkspace(files)
        defer { fixture.remove() }
        let workspace = fixture.load()
        let retro = RetrospectiveSummary.build(workspace, sprint: workspace.sprint("s1")!, asOf: .of("2026-11-20"))
        #expect(retro.closedDeals.map(\.deal.id) == ["globex"])
        #expect(retro.movedDeals.map(\.deal.id) == ["acme"])

        let oneTeam = ReportTestWorkspace.config.replacingOccurrences(of: "  - id: south\n    name: South team\n    members:\n      - {id: sam, name: Sam Reyes, role: sales-executive}\n", with: "")
        #expect(oneTeam != ReportTestWorkspace.config)
        let single = try ReportTestWorkspace(config: oneTeam, files)
        defer { single.remove() }
        let whole = single.load()
        let everyone = RetrospectiveSummary.build(whole, sprint: whole.sprint("s1")!, asOf: .of("2026-11-20"))
        #expect(everyone.closedDeals.map(\.deal.id) == ["initech", "globex"] || everyone.closedDeals.map(\.deal.id) == ["globex", "initech"])
        #expect(everyone.movedDeals.map(\.deal.id) == ["acme", "umbrella"])
    }

    @Test func dailyScrumsAndTeamNotes() throws {
        let fixture = try ReportTestWorkspace(Self.files)
        defer { fixture.remove() }
        let workspace = fixture.load()
        let retro = RetrospectiveSummary.build(workspace, sprint: workspace.sprint("s1")!, asOf: .of("2026-11-20"))

        #expect(retro.scrum.wins.map(\.text) == ["Acme booked a demo"])
        #expect(retro.scrum.wins[0].who.map(\.name) == ["Dana Kim"])
        #expect(retro.scrum.rejections.count == 1 && retro.scrum.ideas.count == 1 && retro.scrum.reactions.count == 1)
        #expect(retro.scrum.notes.map(\.text) == ["Coffee machine fixed"])
        #expect(retro.retrospective.map(\.title) == ["What worked", "What didn't"])
        #expect(retro.retrospective[0].notes == ["The fleet email"])

        let leo = RetrospectiveSummary.build(workspace, sprint: workspace.sprint("s1")!, asOf: .of("2026-11-20"), filter: ReportFilter(owner: "leo"))
        #expect(leo.scrum.rejections.count == 1 && leo.scrum.wins.isEmpty)
    }

    @Test func funnelRatesAndRanking() throws {
        let fixture = try ReportTestWorkspace(Self.files)
        defer { fixture.remove() }
        let workspace = fixture.load()
        let retro = RetrospectiveSummary.build(workspace, sprint: workspace.sprint("s1")!, asOf: .of("2026-11-20"))

        // In current priority order: food (1), then fleet (2).
        #expect(retro.funnel.map(\.campaign) == ["food", "fleet"])
        let fleet = retro.funnel[1]
        #expect(fleet.replyRate == 0.1 && fleet.meetingRate == 0.4 && fleet.opportunityRate == 0.25)
        #expect(fleet.score == 32)           // (10 + 3×4 + 10×1) per 100 contacted
        #expect(retro.funnel[0].opportunityRate == nil)   // no meetings
        #expect(retro.funnelTotal?.contacted == 150)

        // Fleet outscored food: it moves up, food moves down; pharma had no results; done campaigns are left out.
        let ranking = retro.ranking.entries
        #expect(ranking.map(\.campaign) == ["fleet", "food", "pharma"])
        #expect(ranking.map(\.move) == [.up, .down, .same])
        #expect(ranking[0].reason == CampaignRanking.Reason(kind: .overtook, other: "food", otherScore: 4))
        #expect(ranking[1].reason == CampaignRanking.Reason(kind: .overtakenBy, other: "fleet", otherScore: 32))
        #expect(ranking[2].reason.kind == .noResults)
    }
}
