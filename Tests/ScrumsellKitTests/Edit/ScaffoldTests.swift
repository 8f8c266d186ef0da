import Foundation
import Testing
@testable import ScrumsellKit

@Suite struct ScaffoldTests {
    func render(_ root: URL) -> Scaffold.Renderer {
        let library = TemplateLibrary(workspaceRoot: root)
        return { name, context in try library.render(name, context: context) }
    }

    func create(_ workspace: TempWorkspace, _ scaffold: Scaffold) throws -> String {
        let result = try Scaffold.plan([scaffold], root: workspace.root, render: render(workspace.root))
        try workspace.apply(result)
        return try result.updatedText
    }

    @Test func newDeal() throws {
        let workspace = try TempWorkspace(["campaigns/fintech.md": "---\ntitle: Fintech\n---\n# F\n"])
        var options = NewDealOptions(name: "Acme Corp")
        options.title = "Payments: hub"
        options.value = 120000
        options.campaign = "fintech"
        options.stage = "qualify"
        options.decisionDate = Day("2026-12-15")
        let text = try create(workspace, try workspace.editor().newDeal(options))
        #expect(text == """
        ---
        account: Acme Corp
        title: "Payments: hub"
        owner: dana
        stage: qualify
        value: 120000
        decision_date: 2026-12-15
        consequence:
        outcome: open
        campaign: fintech
        last_contact: 2026-11-20
        stakeholders:
        ---
        # Acme Corp — Payments: hub

        ## Buyer objectives

        ## Buying process
        <!-- The buyer's own steps, in order: 1. [ ] Technical evaluation by IT @stakeholder due:YYYY-MM-DD -->

        ## Delivery

        ## Backlog
        <!-- Our activities: - [ ] Demo for IT @member #demo due:YYYY-MM-DD pts:2 -->

        ## Next steps
        <!-- The next two critical things we and the buyer must do, one owned by the buyer. -->

        ## Exit tasks
        - [ ] Pain confirmed stage:prospect
        - [ ] Decision maker identified stage:prospect
        - [ ] Buying process mapped stage:qualify

        ## Contingencies

        ## Log
        - 2026-11-20 Deal created

        """)
        #expect(workspace.check().errorCount == 0)
        // Never overwritten; owners, stages and campaigns are checked.
        #expect(refusal { try workspace.editor().newDeal(NewDealOptions(name: "ACME corp")) }?.reason == "deals/acme-corp.md already exists; nothing was written")
        var wrong = NewDealOptions(name: "Other")
        wrong.owner = "dan"
        #expect(refusal { try workspace.editor().newDeal(wrong) }?.reason == "unknown member 'dan' (did you mean 'dana'?); the members are dana, leo")
    }

    @Test func aNewDealFilledInLaterByTheEditors() throws {
        let workspace = try TempWorkspace()
        try workspace.write("scrumsell.yml", TempWorkspace.config)
        _ = try create(workspace, try workspace.editor().newDeal(NewDealOptions(name: "Globex")))
        let closed = try workspace.editor().close("globex", outcome: .lost, lostTo: "Initech", followUp: Day("2027-01-10"))
        try workspace.apply(closed)
        #expect(workspace.text("deals/globex.md").hasPrefix("---\naccount: Globex\nowner: dana\nstage: prospect\ndecision_date:\nconsequence:\noutcome: lost\nlast_contact: 2026-11-20\nstakeholders:\nclosed: 2026-11-20\nlost_to: Initech\nfollow_up: 2027-01-10\n---\n"))
        try workspace.apply(try workspace.editor().addItem("First meeting @dana", to: "globex", section: "Next steps"))
        #expect(workspace.text("deals/globex.md").contains("## Next steps\n<!-- The next two critical things we and the buyer must do, one owned by the buyer. -->\n\n- [ ] First meeting @dana\n\n## Exit tasks"))
        #expect(workspace.check().errorCount == 0)
    }

    @Test func newCampaignSprintAndObjective() throws {
        let workspace = try TempWorkspace(["sprints/2026-s45.md": "---\nteam: north\nstart: 2026-11-02\nend: 2026-11-15\n---\n# S45\n"])
        var campaign = NewCampaignOptions(name: "Fintech CFOs")
        campaign.audience = ["CFO", "Head of Finance: EMEA"]
        campaign.industry = "Fintech"
        #expect(try create(workspace, try workspace.editor().newCampaign(campaign)) == """
        ---
        title: Fintech CFOs
        status: backlog
        priority: 1
        industry: Fintech
        offering:
        audience:
          - CFO
          - "Head of Finance: EMEA"
        target_companies: []
        differentiator:
        ---
        # Fintech CFOs

        ## Email pitch

        ## Voicemail pitch

        ## Backlog
        <!-- - [ ] Call list of 60 target companies @member #list due:YYYY-MM-DD -->

        ## Learnings

        """)
        var sprint = NewSprintOptions()
        sprint.goal = "Ten first meetings"
        #expect(try create(workspace, try workspace.editor().newSprint(sprint)) == """
        ---
        team: north
        start: 2026-11-16
        end: 2026-11-29
        goal: Ten first meetings
        results:
        ---
        # Sprint 2026-s47 — North team

        ## Sprint backlog
        <!-- Committed items: - [ ] Email 120 carriers +campaign-id @member due:YYYY-MM-DD pts:3 -->

        ## Daily scrum
        <!-- One heading per day (### YYYY-MM-DD); notes start with win:, rejection:, idea: or reaction: and name @who. -->

        ## Retrospective

        ### What worked

        ### What didn't

        ### Pitch changes

        ### Next sprint

        """)
        // The next one starts the day after.
        #expect(try workspace.editor().newSprint(NewSprintOptions()).path == "sprints/2026-s49.md")
        #expect(try workspace.editor().newSprint(NewSprintOptions()).context["start"] as? String == "2026-11-30")
        var objective = NewObjectiveOptions(name: "Grow EMEA")
        objective.sponsor = "Ruth Ames, CEO"
        objective.alignsTo = ["Revenue: +20%"]
        #expect(try create(workspace, try workspace.editor().newObjective(objective)) == """
        ---
        title: Grow EMEA
        sponsor: Ruth Ames, CEO
        review: sponsor
        aligns_to:
          - "Revenue: +20%"
        stakeholders: []
        measures: []
        ---
        # Grow EMEA

        ## I want

        ## Details

        ## Review log
        - 2026-11-20 Sponsor: objective drafted

        """)
        #expect(workspace.check().errorCount == 0)
    }

    @Test func aWorkspaceTemplateOverridesTheBuiltIn() throws {
        let workspace = try TempWorkspace(["templates/new-objective.md.mustache": "{{% CONTENT_TYPE: TEXT}}\n---\ntitle: {{title}}\nreview: sponsor\n---\n# {{heading}} (ours)\n"])
        #expect(try create(workspace, try workspace.editor().newObjective(NewObjectiveOptions(name: "Grow"))) == "---\ntitle: Grow\nreview: sponsor\n---\n# Grow (ours)\n")
        try workspace.write("templates/new-campaign.md.mustache", "{{% CONTENT_TYPE: TEXT}}\n---\ntitle: [broken\n---\n")
        let refused = refusal { try Scaffold.plan([try workspace.editor().newCampaign(NewCampaignOptions(name: "X"))], root: workspace.root, render: render(workspace.root)) }
        #expect(refused?.reason == "the template 'new-campaign.md.mustache' gives a file with errors; nothing was written")
        #expect(refused?.diagnostics.first?.code == "yaml-syntax")
        #expect(!FileManager.default.fileExists(atPath: workspace.root.appendingPathComponent("campaigns/x.md").path))
    }

    @Test func initCreatesAWorkspaceThatPassesCheck() throws {
        let folder = try TempWorkspace().root.appendingPathComponent("new-team")
        for asOf in ["2026-11-20", "2026-11-22", "2027-01-01"] {
            try? FileManager.default.removeItem(at: folder)
            let result = try WorkspaceScaffold.plan(folder: folder, asOf: Day(asOf)!, name: "Acme: Sales", render: render(folder))
            try SafeFileWriter.write(result.changes)
            let sprint = ISOWeek(containing: Day(asOf)!)
            #expect(result.changes.map(\.path) == ["scrumsell.yml", "deals/example-deal.md", "campaigns/example-campaign.md",
                                                  "sprints/\(sprint.year)-s\(sprint.week < 10 ? "0" : "")\(sprint.week).md", "objectives/example-objective.md"])
            let workspace = WorkspaceLoader.load(root: folder)
            let report = Checker.check(workspace, asOf: Day(asOf)!)
            #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(DiagnosticTextRenderer.render))")
            #expect(workspace.config.name == "Acme: Sales")
            #expect(workspace.config.stages.map(\.id) == ["prospect", "qualify", "evaluate", "propose", "negotiate"])
            #expect(workspace.config.teams.count == 1)
            #expect(workspace.deals.count == 1 && workspace.campaigns.count == 1 && workspace.sprints.count == 1 && workspace.objectives.count == 1)
            #expect(workspace.currentSprint(asOf: Day(asOf)!) != nil)
        }
        // The bytes of the examples, for 2027-01-01 (a Friday of ISO week 53 of 2026).
        let sprint = String(decoding: try #require(FileManager.default.contents(atPath: folder.appendingPathComponent("sprints/2026-s53.md").path)), as: UTF8.self)
        #expect(sprint == """
        ---
        team: sales
        start: 2026-12-28
        end: 2027-01-10
        goal: "Book three first meetings from example-campaign and get Example Corp's demo date"
        results:
          example-campaign: {contacted: 40, replies: 5, meetings: 2, opportunities: 1}
        ---
        # Sprint 2026-s53

        An example sprint: planning on day 1, a 20-minute daily scrum, a retrospective at the end.

        ## Sprint backlog
        - [/] Email and voicemail to 50 operations directors +example-campaign @sam #outreach due:2027-01-10 pts:3
        - [ ] Book the Example Corp demo +example-deal @alex #meeting due:2027-01-04 pts:1

        ## Daily scrum

        ### 2027-01-01
        - win: Example Corp agreed to a demo in principle @alex
        - idea: Ask Pat for a referral to a sister plant @sam

        ## Retrospective

        ### What worked

        ### What didn't

        ### Pitch changes

        ### Next sprint

        """)
        let config = String(decoding: try #require(FileManager.default.contents(atPath: folder.appendingPathComponent("scrumsell.yml").path)), as: UTF8.self)
        #expect(config.hasPrefix("# Scrumsell workspace. Every key is described in Scrumsell's manual, docs/format.md.\nname: \"Acme: Sales\"\ncurrency: USD\n"))
        let again = refusal { try WorkspaceScaffold.plan(folder: folder, asOf: Day("2026-11-20")!, render: render(folder)) }
        #expect(again?.reason == "\(folder.path) already holds a workspace (scrumsell.yml); nothing was written")
    }
}
