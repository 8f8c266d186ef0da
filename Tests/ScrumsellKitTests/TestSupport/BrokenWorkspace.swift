import Foundation
@testable import ScrumsellKit

/// A workspace holding one broken file of each kind beside healthy ones, and which
/// diagnostic each broken file must get.
enum BrokenWorkspace {
    static let healthyCampaign = """
        ---
        title: Fintech CFOs
        status: active
        priority: 1
        owner: dana
        industry: Financial services
        offering: Payments hub
        audience: [CFO]
        target_companies: [Acme Corp]
        differentiator: Month-end in two days
        ---
        ## Email pitch
        Month-end in two days, not six.

        ## Voicemail pitch
        Dana from Northwind, about your month-end.
        """

    static let healthyObjective = """
        ---
        title: Grow EMEA
        sponsor: CRO
        review: agreed
        measures:
          - {metric: won_value, target: 500000, by: 2026-12-31}
        ---
        ## I want
        A third of revenue from EMEA.
        """

    /// Path → the code its diagnostic must carry. Files marked `nil` are healthy.
    static let files: [(path: String, text: String, code: String?)] = [
        ("deals/acme.md", TestWorkspace.healthyDeal.replacingOccurrences(of: "outcome: open", with: "outcome: open\ncampaign: fintech-cfo\nobjectives: [grow-emea]"), nil),
        ("campaigns/fintech-cfo.md", healthyCampaign, nil),
        ("objectives/grow-emea.md", healthyObjective, nil),
        ("sprints/2026-s47.md", TestWorkspace.healthySprint, nil),
        // Reading.
        ("deals/empty.md", "", "file-empty"),
        ("deals/no-front-matter.md", "account: A\nowner: dana\n", "front-matter-missing"),
        ("deals/unclosed.md", "---\naccount: A\n", "front-matter-unclosed"),
        ("deals/only-dashes.md", "---", "front-matter-unclosed"),
        ("deals/list.md", "---\n- a\n---\n", "front-matter-not-mapping"),
        ("deals/blank.md", "---\n---\n", "front-matter-empty"),
        ("deals/bad-yaml.md", "---\naccount: A: B\n---\n", "yaml-syntax"),
        ("deals/duplicate-key.md", "---\naccount: A\nowner: dana\nstage: prospect\nowner: leo\n---\n", "yaml-duplicate-key"),
        ("deals/laughs.md", "---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n---\n", "yaml-too-large"),
        ("deals/list-key.md", "---\naccount: A\nowner: dana\nstage: prospect\n[x]: y\n---\n", "yaml-type"),
        ("deals/conflicted.md", "---\naccount: A\n<<<<<<< HEAD\nowner: dana\n=======\nowner: leo\n>>>>>>> b\nstage: prospect\n---\n", "merge-conflict"),
        // Modelling.
        ("deals/wrong-type.md", "---\naccount: A\nowner: dana\nstage: prospect\nvalue: lots\n---\n", "wrong-type"),
        ("deals/bad-date.md", "---\naccount: A\nowner: dana\nstage: prospect\nlast_contact: yesterday\n---\n", "invalid-date"),
        ("deals/no-owner.md", "---\naccount: A\nstage: prospect\n---\n", "missing-key"),
        ("deals/typo.md", "---\naccount: A\nowner: dana\nstage: prospect\nvalu: 3\n---\n", "unknown-key"),
        ("deals/fit.md", "---\naccount: A\nowner: dana\nstage: prospect\nfit: 11\n---\n", "out-of-range"),
        ("deals/outcome.md", "---\naccount: A\nowner: dana\nstage: prospect\noutcome: maybe\n---\n", "invalid-value"),
        ("deals/points.md", "---\naccount: A\nowner: dana\nstage: prospect\n---\n## Backlog\n- [ ] Demo pts:many\n", "invalid-points"),
        ("deals/deep.md", "---\naccount: A\nowner: dana\nstage: prospect\n---\n## Backlog\n" + String(repeating: "- ", count: 50) + "[ ] x\n", "list-too-deep"),
        ("deals/old/acme.md", TestWorkspace.healthyDeal, "duplicate-id"),
        // Rules.
        ("deals/unknown-stage.md", "---\naccount: A\nowner: dana\nstage: closing\n---\n", "unknown-stage"),
        ("deals/unknown-owner.md", "---\naccount: A\nowner: zed\nstage: prospect\n---\n", "unknown-owner"),
        ("deals/unknown-campaign.md", "---\naccount: A\nowner: dana\nstage: prospect\ncampaign: nope\n---\n", "unknown-campaign"),
        ("deals/unknown-objective.md", "---\naccount: A\nowner: dana\nstage: prospect\nobjectives: [nope]\n---\n", "unknown-objective"),
        ("deals/unknown-sprint.md", "---\naccount: A\nowner: dana\nstage: prospect\n---\n## Backlog\n- [ ] x sprint:2030-s01\n", "unknown-sprint"),
        ("deals/no-decision-date.md", TestWorkspace.healthyDeal.replacingOccurrences(of: "decision_date: 2026-12-15\n", with: ""), "deal-no-decision-date"),
        ("deals/no-consequence.md", TestWorkspace.healthyDeal.replacingOccurrences(of: "consequence: Legacy contract renews for 3 years\n", with: ""), "deal-no-consequence"),
        ("deals/one-step.md", TestWorkspace.healthyDeal.replacingOccurrences(of: "2. [ ] Book", with: "2. [x] Book"), "deal-next-steps"),
        ("deals/no-buyer-step.md", TestWorkspace.healthyDeal.replacingOccurrences(of: "criteria @maria", with: "criteria @kim"), "deal-no-buyer-step"),
        ("deals/slipped.md", TestWorkspace.healthyDeal.replacingOccurrences(of: "decision_date: 2026-12-15", with: "decision_date: 2026-11-01"), "deal-decision-date-passed"),
        ("deals/dark.md", TestWorkspace.healthyDeal.replacingOccurrences(of: "last_contact: 2026-11-18", with: "last_contact: 2026-09-01")
            .replacingOccurrences(of: "- 2026-11-18 Call", with: "- 2026-09-01 Call"), "deal-gone-dark"),
        ("deals/exit-tasks.md", TestWorkspace.healthyDeal.replacingOccurrences(of: "- [x] Pain confirmed", with: "- [ ] Pain confirmed"), "deal-exit-tasks"),
        ("deals/lost-to-whom.md", "---\naccount: A\nowner: dana\nstage: qualify\noutcome: lost\nfollow_up: 2027-01-15\n---\n", "lost-without-competitor"),
        ("deals/lost-no-follow-up.md", "---\naccount: A\nowner: dana\nstage: qualify\noutcome: lost\nlost_to: Globex\n---\n", "lost-without-follow-up"),
        ("campaigns/thin.md", "---\ntitle: Thin\n---\n", "campaign-incomplete"),
        ("sprints/2026-s43.md", "---\nteam: north\nstart: 2026-10-19\nend: 2026-11-01\n---\n## Daily scrum\n### Monday\n- win: x\n", "scrum-day-heading"),
        ("sprints/2026-s45.md", "---\nteam: north\nstart: 2026-11-02\nend: 2026-11-15\n---\n## Sprint backlog\n- [ ] Late @leo due:2026-11-20\n", "sprint-item-late"),
        ("sprints/2026-s48.md", "---\nteam: north\nstart: 2026-11-27\nend: 2026-12-10\n---\n", "sprint-overlap"),
        ("sprints/2026-s51.md", "---\nteam: north\nstart: 2026-12-14\nend: 2027-01-01\n---\n", "sprint-length"),
        ("sprints/backwards.md", "---\nteam: north\nstart: 2027-02-01\nend: 2027-01-20\n---\n", "sprint-dates"),
        ("sprints/south.md", "---\nteam: south\nstart: 2027-03-01\nend: 2027-03-14\n---\n## Sprint backlog\n- [ ] x +nowhere\n", "unknown-team"),
    ]

    /// Broken files made in the test, not in a file: byte-level problems and folder entries.
    static let madeFiles: [(path: String, code: String)] = [
        ("deals/logo.md", "file-binary"),
        ("deals/latin1.md", "file-encoding"),
        ("deals/gone.md", "file-dangling-link"),
        ("deals/folder.md", "file-is-folder"),
        ("scrumsell.yml", "team-size"),
    ]

    /// Every broken path and the code it must get.
    static var expectations: [(path: String, code: String)] {
        files.compactMap { file in file.code.map { (file.path, $0) } } + madeFiles
    }

    /// Writes the whole workspace into a fresh temporary folder.
    static func make() throws -> TestWorkspace {
        let config = TestWorkspace.config.replacingOccurrences(of: "      - {id: kim, name: Kim Berg, role: contact-collector}\n", with: """
                  - {id: kim, name: Kim Berg, role: contact-collector}
                  - {id: ann, name: Ann Li, role: lead-generator}
                  - {id: bo, name: Bo Ek, role: contact-collector}
                  - {id: cy, name: Cy Ng, role: contact-collector}

            """)
        let workspace = try TestWorkspace(config: config)
        for file in files { try workspace.write(file.path, file.text) }
        try workspace.write("deals/logo.md", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
        try workspace.write("deals/latin1.md", bytes: Array("---\naccount: Caf".utf8) + [0xE9] + Array("\n---\n".utf8))
        try FileManager.default.createSymbolicLink(atPath: workspace.url("deals/gone.md").path, withDestinationPath: "nowhere.md")
        try FileManager.default.createDirectory(at: workspace.url("deals/folder.md"), withIntermediateDirectories: true)
        return workspace
    }
}
