import Testing
@testable import ScrumsellKit

@Suite("Campaigns")
struct CampaignTests {
    @Test func everyFieldAndSection() throws {
        var diagnostics: [Diagnostic] = []
        let document = readDocument("""
            ---
            title: Fintech CFOs
            status: active
            priority: 1
            owner: dana
            industry: Financial services
            offering: Payments hub
            audience: [CFO, Finance Director]
            target_companies: [Acme Corp, Globex]
            differentiator: Reconciliation in two days
            ---
            # Fintech CFOs

            Email pitch
            -----------
            Hi {name},
            month-end takes six days?

            ## Voicemail pitch
            This is Dana from Northwind.

            ## Backlog
            - [ ] List 40 CFOs @kim #list sprint:2026-s47
            - [x] Write the pitch @dana

            ## Learnings
            - CFOs answer on Fridays
            - Finance directors forward to IT
            """, kind: .campaign, id: "fintech-cfo")
        let campaign = try #require(Campaign.decode(document, diagnostics: &diagnostics))
        #expect(diagnostics.isEmpty)
        #expect(campaign.id == "fintech-cfo")
        #expect(campaign.title == "Fintech CFOs")
        #expect(campaign.status == .active)
        #expect(campaign.priority == 1)
        #expect(campaign.owner == "dana")
        #expect(campaign.industry == "Financial services")
        #expect(campaign.offering == "Payments hub")
        #expect(campaign.audience == ["CFO", "Finance Director"])
        #expect(campaign.targetCompanies == ["Acme Corp", "Globex"])
        #expect(campaign.differentiator == "Reconciliation in two days")
        // A setext section's prose starts on the line after its underline.
        #expect(campaign.emailPitch == "Hi {name},\nmonth-end takes six days?")
        #expect(campaign.voicemailPitch == "This is Dana from Northwind.")
        #expect(campaign.backlog.map(\.title) == ["List 40 CFOs", "Write the pitch"])
        #expect(campaign.backlog[0].sprint == "2026-s47")
        #expect(campaign.backlog[0].section == "Backlog")
        #expect(campaign.allItems.count == 2)
        #expect(campaign.learnings == ["CFOs answer on Fridays", "Finance directors forward to IT"])
        #expect(campaign.sectionLocations["Email pitch"]?.line == 14)
        #expect(campaign.location(of: "audience").line == 8)
    }

    @Test func defaultsAndBadValues() throws {
        var diagnostics: [Diagnostic] = []
        let campaign = try #require(Campaign.decode(readDocument("---\nstatus: running\npriority: first\n---\n## Email pitch\n\n", kind: .campaign, id: "c"),
                                                    diagnostics: &diagnostics))
        #expect(campaign.title == "c")
        #expect(campaign.status == .backlog)
        #expect(campaign.priority == nil)
        #expect(campaign.emailPitch == nil)
        #expect(diagnostics.sorted().map { "\($0.location.line):\($0.location.column) \($0.code)" } == ["2:9 invalid-value", "3:11 wrong-type"])
    }
}

@Suite("Sprints")
struct SprintTests {
    static let sprintText = """
        ---
        team: north
        start: 2026-11-16
        end: 2026-11-29
        goal: Book ten meetings
        results:
          fintech-cfo: {contacted: 120, replies: 14, meetings: 5, opportunities: 2}
          logistics: {contacted: 40}
        ---
        # Sprint 47

        ## Sprint backlog
        - [x] Plan the sprint @dana due:2026-11-16 pts:1
        - [/] Call 40 carriers +logistics @leo pts:3
          - [ ] Flanders first @leo

        ## Daily scrum

        ### 2026-11-16
        - win: Booked a demo with Acme @leo
        - Rejection: Globex said no @dana @kim
        - idea: Use job adverts as triggers
        - reaction: CFOs like the two-day promise
        - plain note without a kind

        ### Tuesday
        - win: not a date heading

        ### 2026-11-17
        - idea: ask for referrals @kim

        ## Retrospective
        ### What worked
        - The audit pitch
        ### What didn't
        Cold calls before 9.
        ### Pitch changes
        ### Next sprint
        - Pause utilities
        """

    func decode() throws -> (Sprint, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let sprint = try #require(Sprint.decode(readDocument(Self.sprintText, kind: .sprint, id: "2026-s47"), diagnostics: &diagnostics))
        return (sprint, diagnostics)
    }

    @Test func everyFieldAndSection() throws {
        let (sprint, diagnostics) = try decode()
        #expect(sprint.team == "north")
        #expect(sprint.start == Day("2026-11-16"))
        #expect(sprint.end == Day("2026-11-29"))
        #expect(sprint.goal == "Book ten meetings")
        #expect(sprint.results.map(\.campaign) == ["fintech-cfo", "logistics"])
        #expect(sprint.results[0] == CampaignResult(campaign: "fintech-cfo", contacted: 120, replies: 14, meetings: 5, opportunities: 2,
                                                    location: SourceLocation(path: "sprints/2026-s47.md", line: 7, column: 3)))
        #expect(sprint.results[1].replies == 0)
        #expect(sprint.backlog.map(\.title) == ["Plan the sprint", "Call 40 carriers"])
        #expect(sprint.backlog[1].links == ["logistics"])
        #expect(sprint.allItems.count == 3)
        #expect(sprint.dailyScrum.map(\.date) == [Day("2026-11-16")!, Day("2026-11-17")!])
        let day = sprint.dailyScrum[0]
        #expect(day.line == 19)
        #expect(day.notes.map(\.kind) == [.win, .rejection, .idea, .reaction, .note])
        #expect(day.notes[0].text == "Booked a demo with Acme @leo")
        #expect(day.notes[1].who == ["dana", "kim"])
        #expect(day.notes[4].text == "plain note without a kind")
        #expect(day.notes[0].location == SourceLocation(path: "sprints/2026-s47.md", line: 20, column: 3))
        #expect(sprint.retrospective.map(\.title) == RetrospectivePart.standardTitles)
        #expect(sprint.retrospective.map(\.notes) == [["The audit pitch"], ["Cold calls before 9."], [], ["Pause utilities"]])
        #expect(diagnostics.map { "\($0.location.line):\($0.location.column) \($0.severity) \($0.code)" } == ["26:1 warning scrum-day-heading"])
        #expect(diagnostics[0].message == "a daily-scrum heading must be a date, found 'Tuesday'")
    }

    @Test func lengthCurrentFinishedAndDayNumber() throws {
        let (sprint, _) = try decode()
        #expect(sprint.length == 14)
        #expect(!sprint.isCurrent(asOf: Day("2026-11-15")!))
        #expect(sprint.isCurrent(asOf: Day("2026-11-16")!))
        #expect(sprint.isCurrent(asOf: Day("2026-11-29")!))
        #expect(!sprint.isCurrent(asOf: Day("2026-11-30")!))
        #expect(!sprint.isFinished(asOf: Day("2026-11-29")!))
        #expect(sprint.isFinished(asOf: Day("2026-11-30")!))
        #expect(sprint.dayNumber(asOf: Day("2026-11-20")!) == 5)
        #expect(sprint.dayNumber(asOf: Day("2026-11-16")!) == 1)
        #expect(sprint.dayNumber(asOf: Day("2026-12-25")!) == 14)
        #expect(sprint.dayNumber(asOf: Day("2026-11-01")!) == 0)
        var undated = sprint
        undated.end = nil
        #expect(undated.length == nil)
        #expect(!undated.isCurrent(asOf: Day("2026-11-20")!))
        #expect(!undated.isFinished(asOf: Day("2026-11-20")!))
        #expect(undated.dayNumber(asOf: Day("2026-11-20")!) == nil)
    }

    @Test func missingDatesAndBadResults() throws {
        var diagnostics: [Diagnostic] = []
        let sprint = try #require(Sprint.decode(readDocument("---\ngoal: x\nresults:\n  a: 12\n  b: {contacted: many}\n---\n", kind: .sprint, id: "s"),
                                                diagnostics: &diagnostics))
        #expect(sprint.team == "")
        #expect(sprint.start == nil)
        #expect(diagnostics.sorted().map { "\($0.location.line):\($0.location.column) \($0.code) \($0.message)" } == [
            "2:1 missing-key the sprint has no 'end'",
            "2:1 missing-key the sprint has no 'start'",
            "2:1 missing-key the sprint has no 'team'",
            "4:6 wrong-type the results of 'a' must be a mapping of counts",
            "5:18 wrong-type 'contacted' must be a whole number, found 'many'",
        ])
    }
}

@Suite("Objectives")
struct ObjectiveTests {
    @Test func everyFieldAndSection() throws {
        var diagnostics: [Diagnostic] = []
        let objective = try #require(Objective.decode(readDocument("""
            ---
            title: Grow EMEA revenue
            sponsor: Chief Revenue Officer
            review: thank-you
            aligns_to: [Grow recurring revenue 20%]
            stakeholders: [VP Sales, CFO]
            measures:
              - {metric: won_value, target: 500000, by: 2026-12-31}
              - {metric: open_deals, target: 10}
            ---
            # Grow EMEA

            ## I want
            I want EMEA to be a third of revenue.

            ## Details
            - Focus on fintech
            - Two new partners

            ## Review log
            - 2026-10-01 Sponsor review
            - 2026-10-15 Details agreed
            """, kind: .objective, id: "grow-emea"), diagnostics: &diagnostics))
        #expect(diagnostics.isEmpty)
        #expect(objective.title == "Grow EMEA revenue")
        #expect(objective.sponsor == "Chief Revenue Officer")
        #expect(objective.review == .thankYou)
        #expect(objective.alignsTo == ["Grow recurring revenue 20%"])
        #expect(objective.stakeholders == ["VP Sales", "CFO"])
        #expect(objective.measures.map(\.metric) == [.wonValue, .openDeals])
        #expect(objective.measures[0].target == 500000)
        #expect(objective.measures[0].by == Day("2026-12-31"))
        #expect(objective.measures[1].by == nil)
        #expect(objective.measures[0].location.line == 8)
        #expect(objective.iWant == "I want EMEA to be a third of revenue.")
        #expect(objective.details == ["Focus on fintech", "Two new partners"])
        #expect(objective.reviewLog.map(\.date) == [Day("2026-10-01"), Day("2026-10-15")])
        #expect(Objective.Review.sponsor < .agreed)
    }

    @Test func badMeasures() throws {
        var diagnostics: [Diagnostic] = []
        let objective = try #require(Objective.decode(readDocument("""
            ---
            review: done
            measures:
              - {metric: revenue, target: 5}
              - {target: 5}
              - {metric: won_deals}
            ---
            """, kind: .objective, id: "o"), diagnostics: &diagnostics))
        #expect(objective.title == "o")
        #expect(objective.review == .sponsor)
        #expect(objective.measures.isEmpty)
        #expect(diagnostics.sorted().map { "\($0.location.line):\($0.location.column) \($0.code)" } == [
            "2:1 missing-key", "2:9 invalid-value", "4:14 invalid-value", "5:5 missing-key", "6:5 missing-key",
        ])
    }
}
