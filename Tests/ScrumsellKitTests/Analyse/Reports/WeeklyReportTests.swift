import Testing
@testable import ScrumsellKit

@Suite struct WeeklyReportTests {
    static let files = [
        "deals/a.md": ReportTestWorkspace.deal("""
            account: Alpha
            owner: dana
            stage: prospect
            value: 100
            last_contact: 2026-11-19
            campaign: fleet
            objectives: [obj]
            """),
        "deals/b.md": ReportTestWorkspace.deal("""
            account: "Beta | Co"
            owner: leo
            stage: qualify
            value: 200
            decision_date: 2026-11-13
            consequence: Budget lost
            last_contact: 2026-11-01
            stakeholders:
              - {id: maria, name: Maria Lopez}
            """, body: """
            ## Buying process
            1. [ ] Board reviews @maria due:2026-11-21

            ## Next steps
            1. [ ] Send the quote @dana due:2026-11-18
            """),
        "deals/c.md": ReportTestWorkspace.deal("""
            account: Gamma
            owner: dana
            stage: propose
            value: 300
            probability: 60
            decision_date: 2026-12-10
            consequence: Renewal
            last_contact: 2026-11-20
            stakeholders:
              - {id: raj, name: Raj Patel}
            """, body: """
            ## Next steps
            1. [ ] Raj confirms @raj due:2026-12-01
            2. [ ] Book the review @dana due:2026-12-02
            """),
        "deals/d.md": ReportTestWorkspace.deal("""
            account: Delta
            owner: dana
            stage: propose
            value: 400
            outcome: won
            closed: 2026-11-17
            objectives: [obj]
            """),
        "deals/e.md": ReportTestWorkspace.deal("""
            account: Epsilon
            owner: leo
            stage: qualify
            value: 50
            outcome: lost
            closed: 2026-11-18
            lost_to: Rival
            lost_reason: Price
            follow_up: 2026-11-22
            """),
        "deals/f.md": ReportTestWorkspace.deal("""
            account: Zeta
            owner: dana
            stage: qualify
            value: 60
            outcome: no-decision
            closed: 2026-11-02
            follow_up: 2027-02-01
            """),
        "deals/g.md": ReportTestWorkspace.deal("""
            account: Eta
            owner: dana
            stage: legacy
            value: 5
            last_contact: 2026-11-20
            """),
        "objectives/obj.md": """
            ---
            title: Grow
            review: details
            measures:
              - {metric: won_value, target: 800, by: 2027-06-30}
              - {metric: open_deals, target: 2}
              - {metric: pipeline_value, target: 100, by: 2026-11-01}
              - {metric: won_deals, target: 3, by: 2026-11-10}
            ---
            """,
        "campaigns/fleet.md": "---\ntitle: Fleets\nstatus: active\npriority: 1\n---\n",
        "campaigns/food.md": "---\ntitle: Food\nstatus: paused\npriority: 2\n---\n",
        "sprints/s1.md": "---\nteam: north\nstart: 2026-10-19\nend: 2026-11-01\nresults:\n  fleet: {contacted: 10, replies: 1, meetings: 0, opportunities: 0}\n  food: {contacted: 5, replies: 0, meetings: 0, opportunities: 0}\n---\n",
        "sprints/s2.md": "---\nteam: north\nstart: 2026-11-02\nend: 2026-11-15\nresults:\n  fleet: {contacted: 20, replies: 4, meetings: 2, opportunities: 1}\n---\n",
        "sprints/s3.md": "---\nteam: north\nstart: 2026-11-30\nend: 2026-12-13\nresults:\n  fleet: {contacted: 99, replies: 0, meetings: 0, opportunities: 0}\n---\n",
    ]

    static func report(_ filter: ReportFilter = ReportFilter(), week: ISOWeek? = nil) throws -> (WeeklyReport, ReportTestWorkspace) {
        let fixture = try ReportTestWorkspace(files)
        return (WeeklyReport.build(fixture.load(), asOf: .of("2026-11-20"), week: week, filter: filter), fixture)
    }

    @Test func pipelineByStageAndCoverage() throws {
        let (report, fixture) = try Self.report()
        defer { fixture.remove() }
        #expect(report.week == "2026-W47")
        #expect(report.weekStart == .of("2026-11-16") && report.weekEnd == .of("2026-11-22"))
        #expect(report.pipeline.stages.map(\.stage) == ["prospect", "qualify", "propose", "legacy"])
        #expect(report.pipeline.stages.map(\.deals) == [1, 1, 1, 1])
        #expect(report.pipeline.stages.map(\.value) == [100, 200, 300, 5])
        // A deal's own probability wins over its stage's (60% of 300); an unknown stage weighs nothing.
        #expect(report.pipeline.stages.map(\.weighted) == [10, 100, 180, 0])
        #expect(report.pipeline.total.deals == 4 && report.pipeline.total.value == 605 && report.pipeline.total.weighted == 290)
        // Coverage counts the open deals deciding in 2026-Q4 (b 200 + c 300), not a and g, which have no decision date.
        let quarter = report.forecast.current
        #expect(quarter.quarter == "2026-Q4" && quarter.start == .of("2026-10-01") && quarter.end == .of("2026-12-31"))
        #expect(quarter.won == .init(deals: 1, value: 400))
        #expect(quarter.pipeline == .init(deals: 2, value: 500, weighted: 280))
        #expect(quarter.coverage.open == 500 && quarter.coverage.target == 1000 && quarter.coverage.ratio == 0.5)
        #expect(quarter.coverage.undated == .init(deals: 2, value: 105))
        #expect(quarter.quota == nil && quarter.attainment == nil)
    }

    @Test func closedThisWeekAndFollowUps() throws {
        let (report, fixture) = try Self.report()
        defer { fixture.remove() }
        #expect(report.closed.won.map(\.deal.id) == ["d"])
        #expect(report.closed.lost.map(\.deal.id) == ["e"])
        #expect(report.closed.lost[0].lostTo == "Rival")
        #expect(report.closed.noDecision.isEmpty)
        #expect(report.followUps.map(\.deal.deal.id) == ["e", "f"])
        #expect(report.followUps.map(\.due) == [true, false])
        #expect(report.followUps[0].days == 2)
    }

    @Test func dealsToManage() throws {
        let (report, fixture) = try Self.report()
        defer { fixture.remove() }
        #expect(report.slippedDecisions.map(\.deal.id) == ["b"])
        #expect(report.slippedDecisions[0].days == 7)
        #expect(report.goneDark.map(\.deal.id) == ["b"] && report.goneDark[0].days == 19)
        #expect(report.nextStepGaps == [WeeklyReport.NextStepGap(deal: report.nextStepGaps[0].deal, openSteps: 1, required: 2, hasBuyerStep: false)])
        #expect(report.nextStepGaps[0].deal.account == "Beta | Co")
        #expect(report.upcomingDecisions.map(\.deal.id) == ["c"] && report.upcomingDecisions[0].days == 20)
    }

    @Test func stepsDueByTheMemberWhoMustDoOrChaseThem() throws {
        let (report, fixture) = try Self.report()
        defer { fixture.remove() }
        #expect(report.stepsDue.map(\.owner.id) == ["dana", "leo"])
        let dana = report.stepsDue[0].steps
        #expect(dana.map(\.text) == ["Send the quote"] && dana[0].overdue && dana[0].daysOverdue == 2)
        // The buyer's step is chased by the deal's owner.
        let leo = report.stepsDue[1].steps
        #expect(leo.map(\.text) == ["Board reviews"] && !leo[0].overdue)
        #expect(leo[0].owners.map(\.side) == [.buyer])
    }

    @Test func objectivesAndCampaigns() throws {
        let (report, fixture) = try Self.report()
        defer { fixture.remove() }
        let objective = try #require(report.objectives.first)
        #expect(objective.review == .details && objective.deals == 2)
        #expect(objective.measures.map(\.actual) == [400, 1, 100, 1])
        #expect(objective.measures.map(\.progress) == [0.5, 0.5, 1, 1.0 / 3])
        #expect(objective.measures.map(\.met) == [false, false, true, false])
        #expect(objective.measures.map(\.late) == [false, false, false, true])
        // Only active campaigns, from the latest sprint that started by the day.
        #expect(report.campaigns.map(\.funnel.campaign) == ["fleet"])
        #expect(report.campaigns[0].sprint == "s2" && report.campaigns[0].funnel.contacted == 20)
    }

    @Test func filtersAndOtherWeeks() throws {
        let (leo, fixture) = try Self.report(ReportFilter(owner: "leo"))
        defer { fixture.remove() }
        #expect(leo.pipeline.total.deals == 1 && leo.pipeline.total.value == 200)
        #expect(leo.stepsDue.map(\.owner.id) == ["leo"])
        #expect(leo.closed.won.isEmpty && leo.closed.lost.map(\.deal.id) == ["e"])
        #expect(leo.objectives.isEmpty)   // none of leo's deals links the objective

        let earlier = WeeklyReport.build(fixture.load(), asOf: .of("2026-11-20"), week: ISOWeek("2026-W45"))
        #expect(earlier.week == "2026-W45")
        #expect(earlier.closed.noDecision.map(\.deal.id) == ["f"])
        #expect(earlier.closed.won.isEmpty && earlier.closed.lost.isEmpty)
    }
}
