import Testing
@testable import ScrumsellKit

@Suite("Check rules: one scenario per rule")
struct CheckRuleTests {
    @Test func healthyWorkspaceHasNoDiagnostics() throws {
        let report = try TestWorkspace(files: ["deals/acme.md": TestWorkspace.healthyDeal, "sprints/2026-s47.md": TestWorkspace.healthySprint]).check()
        #expect(report.diagnostics.map(\.headline) == [])
        #expect(report.fileCount == 3)
        #expect(!report.hasErrors)
    }

    static let cases: [RuleCase] = [
        // Managing the buyer's process (seeds 001, 002).
        RuleCase(code: "deal-no-decision-date", files: ["deals/acme.md": deal([("decision_date: 2026-12-15\n", "")])], expected: [
            "deals/acme.md:5:8: warning: the deal is past the first stage ('qualify') but has no decision_date [deal-no-decision-date]",
        ]),
        RuleCase(code: "deal-no-consequence", files: ["deals/acme.md": deal([("consequence: Legacy contract renews for 3 years\n", "consequence: \"  \"\n")])], expected: [
            "deals/acme.md:5:8: warning: the deal is past the first stage ('qualify') but has no consequence [deal-no-consequence]",
        ]),
        RuleCase(code: "deal-next-steps", files: ["deals/acme.md": deal([("2. [ ] Book the security review", "2. [x] Book the security review")])], expected: [
            "deals/acme.md:20:1: warning: the deal names 1 open next step; 2 are required [deal-next-steps]",
        ]),
        RuleCase(code: "deal-next-steps", files: ["deals/acme.md": deal([("## Next steps\n1. [ ] Maria confirms the criteria @maria due:2026-11-24\n2. [ ] Book the security review @dana due:2026-11-26\n", "")])],
                 expected: [
                     "deals/acme.md:1:1: warning: the deal names 0 open next steps; 2 are required [deal-next-steps]",
                 ]),
        RuleCase(code: "deal-next-steps", files: ["deals/acme.md": TestWorkspace.healthyDeal],
                 config: TestWorkspace.config.replacingOccurrences(of: "next_steps_required: 2", with: "next_steps_required: 3"), expected: [
                     "deals/acme.md:20:1: warning: the deal names 2 open next steps; 3 are required [deal-next-steps]",
                 ]),
        RuleCase(code: "deal-no-buyer-step", files: ["deals/acme.md": deal([("criteria @maria", "criteria @leo")])], expected: [
            "deals/acme.md:20:1: warning: no open next step is owned by the buyer [deal-no-buyer-step]",
        ]),
        RuleCase(code: "deal-decision-date-passed", files: ["deals/acme.md": deal([("decision_date: 2026-12-15", "decision_date: 2026-11-13")])], expected: [
            "deals/acme.md:7:16: warning: the decision date 2026-11-13 has passed (7 days ago) and the deal is still open [deal-decision-date-passed]",
        ]),
        RuleCase(code: "deal-decision-date-passed", files: ["deals/acme.md": deal([("decision_date: 2026-12-15", "decision_date: 2026-11-19")])], expected: [
            "deals/acme.md:7:16: warning: the decision date 2026-11-19 has passed (yesterday) and the deal is still open [deal-decision-date-passed]",
        ]),
        RuleCase(code: "deal-gone-dark", files: ["deals/acme.md": deal([("last_contact: 2026-11-18", "last_contact: 2026-11-01"), ("- 2026-11-18 Call", "- 2026-10-30 Call")])],
                 expected: [
                     "deals/acme.md:10:15: warning: no contact for 19 days (more than 14): the deal has gone dark [deal-gone-dark]",
                 ]),
        // Without last_contact the caret points at the newest dated Log line.
        RuleCase(code: "deal-gone-dark", files: ["deals/acme.md": deal([("last_contact: 2026-11-18\n", ""), ("- 2026-11-18 Call", "- 2026-11-05 Call")])], expected: [
            "deals/acme.md:27:1: warning: no contact for 15 days (more than 14): the deal has gone dark [deal-gone-dark]",
        ]),
        RuleCase(code: "deal-exit-tasks", files: ["deals/acme.md": deal([("- [x] Pain confirmed", "- [ ] Pain confirmed")])], expected: [
            "deals/acme.md:5:8: warning: the deal is past 'prospect' but its exit tasks are not done: Pain confirmed [deal-exit-tasks]",
        ]),
        RuleCase(code: "lost-without-competitor",
                 files: ["deals/acme.md": deal([("outcome: open", "outcome: lost\nfollow_up: 2027-01-15"), ("decision_date: 2026-12-15", "decision_date: 2026-11-01")])],
                 expected: [
                     "deals/acme.md:9:10: warning: the deal is lost but does not say to whom (lost_to) [lost-without-competitor]",
                 ]),
        RuleCase(code: "lost-without-follow-up", files: ["deals/acme.md": deal([("outcome: open", "outcome: lost\nlost_to: Globex")])], expected: [
            "deals/acme.md:9:10: warning: the deal is lost and has no follow_up date [lost-without-follow-up]",
        ]),
        // Campaigns and teams (seed 003).
        RuleCase(code: "campaign-incomplete", files: ["campaigns/c.md": "---\ntitle: C\nindustry: Food\naudience: [Plant manager]\n---\n## Email pitch\nHello\n"], expected: [
            "campaigns/c.md:1:1: warning: the campaign is missing offering, target_companies, differentiator, ## Voicemail pitch [campaign-incomplete]",
        ]),
        RuleCase(code: "team-size", files: [:], config: TestWorkspace.config.replacingOccurrences(of: "      - {id: kim, name: Kim Berg, role: contact-collector}\n", with: """
                  - {id: kim, name: Kim Berg, role: contact-collector}
                  - {id: ann, role: lead-generator}
                  - {id: bob, role: contact-collector}
                  - {id: cat, role: contact-collector}

            """), expected: [
                "scrumsell.yml:8:5: warning: team 'north' has 6 members; a Scrum Selling team has at most 5 [team-size]",
            ]),
        RuleCase(code: "duplicate-id", files: [:], config: TestWorkspace.config.replacingOccurrences(of: "      - {id: kim, name: Kim Berg, role: contact-collector}\n", with: """
                  - {id: kim, name: Kim Berg, role: contact-collector}
                  - {id: dana, name: Dana Two}

            """), expected: [
                "scrumsell.yml:14:9: error: member id 'dana' is used twice (first on line 11) [duplicate-id]",
            ]),
        // A closed deal's open items: the step due before the close was left behind; the one due after it is planned work.
        RuleCase(code: "deal-closed-open-item", files: ["deals/acme.md": deal([("outcome: open", "outcome: won\nclosed: 2026-11-25")])], expected: [
            "deals/acme.md:22:4: warning: 'Maria confirms the criteria' is still open, but acme closed (won) on 2026-11-25 [deal-closed-open-item]",
        ]),
        // References.
        RuleCase(code: "unknown-owner", files: ["deals/acme.md": deal([("owner: dana", "owner: dan"), ("evaluation @maria", "evaluation @marla")])], expected: [
            "deals/acme.md:4:8: error: unknown owner 'dan' (did you mean 'dana'?) [unknown-owner]",
            "deals/acme.md:18:29: error: unknown owner 'marla' (did you mean 'maria'?) [unknown-owner]",
        ]),
        RuleCase(code: "unknown-stage", files: ["deals/acme.md": deal([("stage: qualify", "stage: qualfy"), ("stage:prospect", "stage:prospekt")])], expected: [
            "deals/acme.md:5:8: error: unknown stage 'qualfy' (did you mean 'qualify'?) [unknown-stage]",
            "deals/acme.md:25:22: error: unknown stage 'prospekt' (did you mean 'prospect'?) [unknown-stage]",
        ]),
        RuleCase(code: "unknown-campaign", files: ["deals/acme.md": deal([("outcome: open", "outcome: open\ncampaign: fintech-cfo")])], expected: [
            "deals/acme.md:10:11: error: unknown campaign 'fintech-cfo' [unknown-campaign]",
        ]),
        RuleCase(code: "unknown-campaign", files: ["sprints/2026-s47.md": sprint([("goal: Book ten meetings", "goal: Book ten meetings\nresults:\n  fintech: {contacted: 3}")])],
                 expected: [
                     "sprints/2026-s47.md:7:3: error: unknown campaign 'fintech' [unknown-campaign]",
                 ]),
        RuleCase(code: "unknown-objective", files: ["deals/acme.md": deal([("outcome: open", "outcome: open\nobjectives: [grow-emea]")])], expected: [
            "deals/acme.md:10:13: error: unknown objective 'grow-emea' [unknown-objective]",
        ]),
        RuleCase(code: "unknown-team", files: ["sprints/2026-s47.md": sprint([("team: north", "team: south")])], expected: [
            "sprints/2026-s47.md:2:7: error: unknown team 'south' [unknown-team]",
        ]),
        RuleCase(code: "unknown-sprint", files: ["deals/acme.md": deal([("criteria @maria", "criteria @maria sprint:2026-s99")])], expected: [
            "deals/acme.md:21:43: error: unknown sprint '2026-s99' [unknown-sprint]",
        ]),
        RuleCase(code: "unknown-link", files: ["sprints/2026-s47.md": sprint([("carriers @leo", "carriers +nowhere @leo")])], expected: [
            "sprints/2026-s47.md:10:24: error: unknown link 'nowhere' [unknown-link]",
        ]),
        RuleCase(code: "unknown-owner", files: ["sprints/2026-s47.md": sprint([("pts:2\n", "pts:2\n\n## Daily scrum\n### 2026-11-16\n- win: Booked a demo @lea\n")])], expected: [
            "sprints/2026-s47.md:14:3: error: unknown owner 'lea' (did you mean 'leo'?) [unknown-owner]",
        ]),
        // Sprints (seed 003).
        RuleCase(code: "sprint-dates", files: ["sprints/2026-s47.md": sprint([("end: 2026-11-29", "end: 2026-11-10")])], expected: [
            "sprints/2026-s47.md:4:6: error: the sprint ends (2026-11-10) before it starts (2026-11-16) [sprint-dates]",
        ]),
        RuleCase(code: "sprint-length", files: ["sprints/2026-s47.md": sprint([("end: 2026-11-29", "end: 2026-11-30")])], expected: [
            "sprints/2026-s47.md:4:6: warning: the sprint lasts 15 days; the workspace's sprints last 14 (sprint_days) [sprint-length]",
        ]),
        RuleCase(code: "sprint-overlap", files: [
            "sprints/2026-s47.md": TestWorkspace.healthySprint,
            "sprints/2026-s48.md": sprint([("start: 2026-11-16", "start: 2026-11-23"), ("end: 2026-11-29", "end: 2026-12-06")]),
        ], expected: [
            "sprints/2026-s48.md:3:8: warning: sprint '2026-s48' starts 2026-11-23, before sprint '2026-s47' of team 'north' ends (2026-11-29) [sprint-overlap]",
        ]),
        RuleCase(code: "sprint-item-late", files: [
            "sprints/2026-s47.md": sprint([("due:2026-11-20", "due:2026-12-01")]),
            "deals/acme.md": deal([("due:2026-11-26", "due:2026-12-02 sprint:2026-s47")]),
        ], expected: [
            "deals/acme.md:22:4: warning: the item is due 2026-12-02, after sprint '2026-s47' ends (2026-11-29) [sprint-item-late]",
            "sprints/2026-s47.md:10:3: warning: the item is due 2026-12-01, after sprint '2026-s47' ends (2026-11-29) [sprint-item-late]",
        ]),
        // Reading and modelling.
        RuleCase(code: "file-unreadable", files: [:], config: nil, expected: [
            "scrumsell.yml:1:1: error: the workspace configuration cannot be read [file-unreadable]",
        ]),
        RuleCase(code: "file-empty", files: ["deals/empty.md": "\n \n"], expected: [
            "deals/empty.md:1:1: error: the file is empty [file-empty]",
        ]),
        RuleCase(code: "file-binary", files: ["deals/logo.md": "---\n\u{0}PNG"], expected: [
            "deals/logo.md:2:1: error: the file is binary (it holds a NUL byte), not Markdown [file-binary]",
        ]),
        RuleCase(code: "merge-conflict", files: ["deals/acme.md": deal([("## Log\n", "## Log\n<<<<<<< HEAD\n- 2026-11-18 Call\n=======\n- 2026-11-19 Call\n>>>>>>> theirs\n")])], expected: [
            "deals/acme.md:28:1: error: unresolved git merge conflict [merge-conflict]",
        ]),
        RuleCase(code: "front-matter-missing", files: ["deals/acme.md": "# Acme\n"], expected: [
            "deals/acme.md:1:1: error: the file has no front-matter [front-matter-missing]",
        ]),
        RuleCase(code: "front-matter-unclosed", files: ["deals/acme.md": "---\naccount: Acme\n# Acme\n"], expected: [
            "deals/acme.md:1:1: error: the front-matter is never closed [front-matter-unclosed]",
        ]),
        RuleCase(code: "front-matter-empty", files: ["deals/acme.md": "---\n---\n# Acme\n"], expected: [
            "deals/acme.md:1:1: error: the front-matter is empty [front-matter-empty]",
        ]),
        RuleCase(code: "front-matter-not-mapping", files: ["deals/acme.md": "---\n- account: Acme\n---\n"], expected: [
            "deals/acme.md:2:1: error: the front-matter is a list, not a set of 'key: value' fields [front-matter-not-mapping]",
        ]),
        RuleCase(code: "yaml-syntax", files: ["deals/acme.md": deal([("title: Payments hub", "title: \"Payments hub")])], expected: [
            "deals/acme.md:3:8: error: invalid YAML: found unexpected end of stream while scanning a quoted scalar [yaml-syntax]",
        ]),
        RuleCase(code: "yaml-duplicate-key", files: ["deals/acme.md": deal([("outcome: open", "outcome: open\ntitle: Other")])], expected: [
            "deals/acme.md:10:1: error: duplicate key 'title' (first set on line 3) [yaml-duplicate-key]",
        ]),
        RuleCase(code: "yaml-too-large", files: ["deals/acme.md": "---\na: &a [x, x]\nb: &b [*a, *a]\n? *b\n: 1\n---\n"], expected: [
            "deals/acme.md:4:1: error: front-matter uses an alias (*) inside a key, which can expand without bound [yaml-too-large]",
        ]),
        RuleCase(code: "yaml-type", files: ["deals/acme.md": deal([("outcome: open", "outcome: open\n[a]: 1")])], expected: [
            "deals/acme.md:10:1: error: a key must be plain text, found a list [yaml-type]",
        ]),
        RuleCase(code: "list-too-deep", files: ["deals/acme.md": deal([("## Log\n", "## Log\n" + String(repeating: "- ", count: 40) + "2026-11-18 deep\n\n")])], expected: [
            "deals/acme.md:28:1: warning: lists nested more than 32 levels deep are not read [list-too-deep]",
        ]),
        RuleCase(code: "wrong-type", files: ["deals/acme.md": deal([("value: 100000", "value: 100k")])], expected: [
            "deals/acme.md:6:8: error: 'value' must be a number, found '100k' [wrong-type]",
        ]),
        RuleCase(code: "invalid-date", files: ["deals/acme.md": deal([("last_contact: 2026-11-18", "last_contact: 18/11/2026"), ("due:2026-11-24", "due:2026-11-31")])], expected: [
            "deals/acme.md:10:15: error: 'last_contact' is not a valid date: '18/11/2026' [invalid-date]",
            "deals/acme.md:21:43: error: 'due:2026-11-31' is not a valid date [invalid-date]",
        ]),
        RuleCase(code: "missing-key", files: ["deals/acme.md": deal([("account: Acme Corp\n", "")])], expected: [
            "deals/acme.md:2:1: error: the deal has no 'account' [missing-key]",
        ]),
        RuleCase(code: "unknown-key", files: ["deals/acme.md": deal([("consequence:", "consequense:")])], expected: [
            "deals/acme.md:5:8: warning: the deal is past the first stage ('qualify') but has no consequence [deal-no-consequence]",
            "deals/acme.md:8:1: warning: unknown deal key 'consequense' (did you mean 'consequence'?) [unknown-key]",
        ]),
        RuleCase(code: "out-of-range", files: ["deals/acme.md": deal([("value: 100000", "value: 100000\nfit: 6")])], expected: [
            "deals/acme.md:7:6: error: 'fit' must be between 1 and 5, found 6 [out-of-range]",
        ]),
        RuleCase(code: "invalid-value", files: ["deals/acme.md": deal([("outcome: open", "outcome: closed")])], expected: [
            "deals/acme.md:9:10: error: 'outcome' must be one of open, won, lost, no-decision, found 'closed' [invalid-value]",
        ]),
        RuleCase(code: "invalid-points", files: ["sprints/2026-s47.md": sprint([("pts:2", "pts:two")])], expected: [
            "sprints/2026-s47.md:10:44: error: 'pts:two' is not a number of points [invalid-points]",
        ]),
        RuleCase(code: "duplicate-id", files: ["deals/acme.md": TestWorkspace.healthyDeal, "deals/old/acme.md": TestWorkspace.healthyDeal], expected: [
            "deals/old/acme.md:1:1: error: another deal has the id 'acme' (deals/acme.md) [duplicate-id]",
        ]),
        RuleCase(code: "scrum-day-heading", files: ["sprints/2026-s47.md": TestWorkspace.healthySprint + "\n## Daily scrum\n### Monday\n- win: x\n"], expected: [
            "sprints/2026-s47.md:13:1: warning: a daily-scrum heading must be a date, found 'Monday' [scrum-day-heading]",
        ]),
    ]

    @Test(arguments: cases)
    func rule(_ scenario: RuleCase) throws {
        let found = try scenario.run()
        #expect(found == scenario.expected)
        #expect(found.contains { $0.hasSuffix("[\(scenario.code)]") })
    }

    @Test func everyRuleCodeHasAScenario() {
        let covered = Set(Self.cases.map(\.code))
        let ruleCodes = ["deal-no-decision-date", "deal-no-consequence", "deal-next-steps", "deal-no-buyer-step", "deal-decision-date-passed",
                         "deal-gone-dark", "deal-exit-tasks", "deal-closed-open-item", "lost-without-competitor", "lost-without-follow-up", "campaign-incomplete",
                         "team-size", "duplicate-id", "unknown-owner", "unknown-stage", "unknown-campaign", "unknown-objective", "unknown-team",
                         "unknown-sprint", "unknown-link", "sprint-dates", "sprint-length", "sprint-overlap", "sprint-item-late",
                         "file-unreadable", "file-empty", "file-binary", "merge-conflict", "front-matter-missing", "front-matter-unclosed",
                         "front-matter-empty", "front-matter-not-mapping", "yaml-syntax", "yaml-duplicate-key", "yaml-too-large", "yaml-type",
                         "list-too-deep", "wrong-type", "invalid-date", "missing-key", "unknown-key", "out-of-range", "invalid-value",
                         "invalid-points", "scrum-day-heading"]
        #expect(Set(ruleCodes).subtracting(covered).isEmpty)
    }

    @Test func severitiesAndHints() throws {
        let report = try TestWorkspace(files: ["deals/acme.md": deal([("decision_date: 2026-12-15", "decision_date: 2026-11-13"), ("owner: dana", "owner: nobody")])]).check()
        let passed = try #require(report.diagnostics.first { $0.code == "deal-decision-date-passed" })
        #expect(passed.severity == .warning)
        #expect(passed.hint == "agree a new date with the buyer and remind them of the consequence, or close the deal")
        #expect(passed.excerpt == "decision_date: 2026-11-13")
        let owner = try #require(report.diagnostics.first { $0.code == "unknown-owner" })
        #expect(owner.severity == .error)
        #expect(owner.hint == "the owner is a member id from scrumsell.yml")
        #expect(report.hasErrors)
        #expect(report.errorCount == 1)
        #expect(report.warningCount == 1)
    }

    @Test func closedAndProspectDealsSkipTheOpenDealRules() throws {
        let bare = "---\naccount: A\nowner: dana\nstage: qualify\noutcome: OUTCOME\ndecision_date: 2026-01-01\n---\n"
        for outcome in ["won", "no-decision"] {
            let report = try TestWorkspace(files: ["deals/a.md": bare.replacingOccurrences(of: "OUTCOME", with: outcome)]).check()
            #expect(report.diagnostics.map(\.headline) == [])
        }
        let prospect = try TestWorkspace(files: ["deals/a.md": "---\naccount: A\nowner: dana\nstage: prospect\n---\n"]).check()
        #expect(prospect.diagnostics.map(\.headline) == [])
    }

    @Test func contactExactlyAtTheLimitIsNotDark() throws {
        let report = try TestWorkspace(files: ["deals/acme.md": deal([("last_contact: 2026-11-18", "last_contact: 2026-11-06"), ("- 2026-11-18 Call", "- 2026-11-01 Call")])]).check()
        #expect(report.diagnostics.map(\.headline) == [])
    }

    @Test func longSprintOverlappingSeveralIsCaughtForEach() throws {
        let report = try TestWorkspace(files: [
            "sprints/long.md": sprint([("start: 2026-11-16", "start: 2026-11-02"), ("end: 2026-11-29", "end: 2026-12-13")]),
            "sprints/a.md": sprint([("start: 2026-11-16", "start: 2026-11-09"), ("end: 2026-11-29", "end: 2026-11-22")]),
            "sprints/b.md": sprint([("start: 2026-11-16", "start: 2026-11-23"), ("end: 2026-11-29", "end: 2026-12-06")]),
        ]).check()
        #expect(report.diagnostics.coded("sprint-overlap").map(\.location.path) == ["sprints/a.md", "sprints/b.md"])
    }
}

@Suite("Line endings and byte-order marks")
struct LineEndingTests {
    @Test func crlfAndBOMGiveTheSameDiagnosticsAndExcerpts() throws {
        let text = deal([("decision_date: 2026-12-15", "decision_date: 2026-11-13"), ("evaluation @maria", "evaluation @marla"),
                         ("value: 100000", "value: [100000]"), ("- [x] Pain", "- [ ] Pain  ")])
        let lf = try TestWorkspace(files: ["deals/acme.md": text]).check()
        let crlf = try TestWorkspace()
        try crlf.write("deals/acme.md", bytes: [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        let report = crlf.check()
        #expect(report.diagnostics.count == 4)
        #expect(report.diagnostics == lf.diagnostics)
        #expect(DiagnosticTextRenderer.render(report) == DiagnosticTextRenderer.render(lf))
        #expect(report.diagnostics.allSatisfy { !($0.excerpt ?? "").contains("\r") && !($0.excerpt ?? "").contains("\u{FEFF}") })
    }
}
