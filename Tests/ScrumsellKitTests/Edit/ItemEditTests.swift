import Foundation
import Testing
@testable import ScrumsellKit

@Suite struct ItemEditTests {
    static let deal = """
    ---
    account: Acme Corp
    owner: dana
    stage: qualify
    decision_date: 2026-12-15
    consequence: Renewal
    last_contact: 2026-11-18
    stakeholders:
      - {id: maria, name: Maria Lopez, influence: economic}
    ---
    # Acme Corp

    ## Buying process
    1. [x] CFO agrees the problem done:2026-10-02
    2. [ ] Technical evaluation @maria due:2026-11-30

    ## Backlog
    - [x] Proposal v1 @dana #proposal done:2026-11-10
    - [/] Security questionnaire @dana due:2026-11-28
    - [ ] Reconciliation demo @leo #demo due:2026-11-25
      continued on a second line

    ## Next steps
    1. [ ] Maria confirms the criteria @maria due:2026-11-24
    2. [ ] Book the security review @dana due:2026-11-26

    ## Exit tasks
    - [x] Pain confirmed stage:prospect done:2026-10-01
    - [x] Decision maker identified stage:prospect done:2026-10-01
    - [ ] Buying process mapped stage:qualify

    ## Log
    - 2026-11-18 Call with Maria.

    """

    func workspace(_ deal: String = deal) throws -> TempWorkspace {
        try TempWorkspace(["deals/acme.md": deal])
    }

    @Test func doneAddsTheDateAndOnlyThatLineChanges() throws {
        let workspace = try workspace()
        let result = try workspace.editor().changeItem(.done, query: "demo", in: "acme")
        #expect(try result.updatedText == Self.deal.replacingOccurrences(of: "- [ ] Reconciliation demo @leo #demo due:2026-11-25\n  continued on a second line",
                                                                      with: "- [x] Reconciliation demo @leo #demo due:2026-11-25\n  continued on a second line done:2026-11-20"))
        #expect(result.notes == ["deals/acme.md:20: - [x] Reconciliation demo @leo #demo due:2026-11-25"])
        try workspace.apply(result)
        #expect(workspace.check().errorCount == 0)
    }

    @Test func startDropAndReopen() throws {
        let workspace = try workspace()
        let editor = workspace.editor()
        #expect(try editor.changeItem(.start, query: "book the", in: "acme").updatedText
                == Self.deal.replacingOccurrences(of: "2. [ ] Book the", with: "2. [/] Book the"))
        #expect(try editor.changeItem(.drop, query: "security q", in: "acme").updatedText
                == Self.deal.replacingOccurrences(of: "- [/] Security questionnaire", with: "- [-] Security questionnaire"))
        #expect(try editor.changeItem(.reopen, query: "proposal v1", in: "acme").updatedText
                == Self.deal.replacingOccurrences(of: "- [x] Proposal v1 @dana #proposal done:2026-11-10", with: "- [ ] Proposal v1 @dana #proposal"))
        // Starting a finished item takes its done date away too.
        #expect(try editor.changeItem(.start, query: "cfo agrees", in: "acme").updatedText
                == Self.deal.replacingOccurrences(of: "1. [x] CFO agrees the problem done:2026-10-02", with: "1. [/] CFO agrees the problem"))
    }

    @Test func doneOnADoneItemReplacesNothingAndReplacesAnOldDateOnce() throws {
        let workspace = try workspace()
        let already = try workspace.editor().changeItem(.done, query: "proposal v1", in: "acme")
        #expect(already.changes.isEmpty)
        #expect(already.notes == ["deals/acme.md:18: already done: [x] Proposal v1 @dana #proposal done:2026-11-10"])
        // A dropped item with an old done date: the date is replaced, not repeated.
        let dropped = Self.deal.replacingOccurrences(of: "- [/] Security questionnaire @dana due:2026-11-28", with: "- [-] Security questionnaire done:2026-11-01, @dana")
        let other = try TempWorkspace(["deals/acme.md": dropped])
        #expect(try other.editor().changeItem(.done, query: "questionnaire", in: "acme").updatedText
                == dropped.replacingOccurrences(of: "- [-] Security questionnaire done:2026-11-01,", with: "- [x] Security questionnaire done:2026-11-20,"))
    }

    @Test func ambiguousAndMissingQueriesListTheCandidates() throws {
        let editor = try workspace().editor()
        let several = refusal { try editor.changeItem(.done, query: "maria", in: "acme") }
        #expect(several?.reason == "'maria' matches 2 items of deals/acme.md; give more of the text, or the line as :LINE")
        #expect(several?.candidates.map { "\($0.location.path):\($0.location.line): \($0.text)" } == [
            "deals/acme.md:15: [ ] Technical evaluation @maria due:2026-11-30",
            "deals/acme.md:24: [ ] Maria confirms the criteria @maria due:2026-11-24",
        ])
        let none = refusal { try editor.changeItem(.done, query: "nothing like it", in: "acme") }
        #expect(none?.reason == "no item of deals/acme.md matches 'nothing like it'; its items are:")
        #expect(none?.candidates.count == 10)
        // The line picks one; so does the only match the action would change.
        #expect(try editor.changeItem(.done, query: ":24", in: "acme").notes == ["deals/acme.md:24: 1. [x] Maria confirms the criteria @maria due:2026-11-24 done:2026-11-20"])
        #expect(refusal { try editor.changeItem(.reopen, query: "stage:prospect", in: "acme") }?.candidates.count == 2)
        // Of two matches, the one the action would change is meant.
        #expect(try editor.changeItem(.done, query: "stage:", in: "acme").notes == ["deals/acme.md:30: - [x] Buying process mapped stage:qualify done:2026-11-20"])
        #expect(refusal { try editor.changeItem(.done, query: "x", in: "nosuchdeal") }?.reason == "no deal, campaign or sprint named 'nosuchdeal'")
    }

    @Test func addAppendsToTheListWithItsOwnMarker() throws {
        let editor = try workspace().editor()
        #expect(try editor.addItem("Draft the SOW @dana due:2026-11-27", to: "acme").updatedText
                == Self.deal.replacingOccurrences(of: "  continued on a second line\n", with: "  continued on a second line\n- [ ] Draft the SOW @dana due:2026-11-27\n"))
        #expect(try editor.addItem("Raj signs off @maria", to: "acme", section: "next steps").updatedText
                == Self.deal.replacingOccurrences(of: "2. [ ] Book the security review @dana due:2026-11-26\n", with: "2. [ ] Book the security review @dana due:2026-11-26\n3. [ ] Raj signs off @maria\n"))
        #expect(try editor.addItem("Ask @bob and @maria", to: "acme").notes.last == "deals/acme.md: note: @bob is not a team member or a stakeholder of the deal; `scrumsell check` will report it")
        #expect(try editor.addItem("[x] Already happened done:2026-11-19", to: "acme", section: "Contingencies").updatedText
                == Self.deal + "\n## Contingencies\n- [x] Already happened done:2026-11-19\n")
    }

    @Test func addStartsAListInASectionWithout() throws {
        let text = Self.deal.replacingOccurrences(of: "## Log\n", with: "## Contingencies\nIf the demo slips, offer a pilot.\n\n## Empty\n\n## Log\n")
        let editor = try workspace(text).editor()
        #expect(try editor.addItem("Book a pilot slot", to: "acme", section: "Contingencies").updatedText
                == text.replacingOccurrences(of: "offer a pilot.\n", with: "offer a pilot.\n\n- [ ] Book a pilot slot\n"))
        #expect(try editor.addItem("First", to: "acme", section: "empty").updatedText
                == text.replacingOccurrences(of: "## Empty\n", with: "## Empty\n- [ ] First\n"))
    }

    @Test func itemsInCodeQuotesAndHTMLAreNeverTouched() throws {
        let text = Self.deal.replacingOccurrences(of: "## Next steps", with: "```\n- [ ] fake demo in code\n```\n\n> - [ ] fake demo in a quote\n\n<div>\n- [ ] fake demo in html\n</div>\n\n## Next steps")
        let editor = try workspace(text).editor()
        let result = try editor.changeItem(.done, query: "demo", in: "acme")
        #expect(try result.only.edits == [.splice(line: 20, bytes: 3..<4, text: "x"), .splice(line: 21, bytes: 28..<28, text: " done:2026-11-20")])
    }

    @Test func aDocumentWithReadingErrorsIsRefused() throws {
        let conflicted = Self.deal.replacingOccurrences(of: "## Log\n", with: "<<<<<<< HEAD\n## Log\n=======\n## Journal\n>>>>>>> other\n")
        let refused = refusal { try workspace(conflicted).editor().changeItem(.done, query: "demo", in: "acme") }
        #expect(refused?.reason == "deals/acme.md has an error that must be fixed before an item is changed")
        #expect(refused?.diagnostics.map(\.code) == ["merge-conflict"])
    }

    @Test func itemsOfCampaignsAndSprints() throws {
        let workspace = try TempWorkspace([
            "campaigns/fintech.md": "---\ntitle: Fintech\n---\n# Fintech\n\n## Backlog\n* [ ] Call list @leo\n",
            "sprints/2026-s47.md": "---\nteam: north\nstart: 2026-11-16\nend: 2026-11-29\n---\n# S47\n\n## Sprint backlog\n- [ ] Emails +fintech @leo\n",
        ])
        let editor = workspace.editor()
        #expect(try editor.addItem("Second list", to: "fintech").updatedText == "---\ntitle: Fintech\n---\n# Fintech\n\n## Backlog\n* [ ] Call list @leo\n* [ ] Second list\n")
        #expect(try editor.changeItem(.start, query: "emails", in: "2026-s47").updatedText
                == "---\nteam: north\nstart: 2026-11-16\nend: 2026-11-29\n---\n# S47\n\n## Sprint backlog\n- [/] Emails +fintech @leo\n")
        #expect(try editor.addItem("Follow up", to: "2026-s47").updatedText
                == "---\nteam: north\nstart: 2026-11-16\nend: 2026-11-29\n---\n# S47\n\n## Sprint backlog\n- [ ] Emails +fintech @leo\n- [ ] Follow up\n")
    }
}
