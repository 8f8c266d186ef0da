import Foundation
import Testing
@testable import ScrumsellKit

@Suite struct DealMoveTests {
    let deal = ItemEditTests.deal

    @Test func stageIsRefusedWhileExitTasksAreOpen() throws {
        let workspace = try TempWorkspace(["deals/acme.md": deal])
        let refused = refusal { try workspace.editor().moveStage("acme", to: "evaluate") }
        #expect(refused?.reason == "deals/acme.md: cannot move from 'qualify' to 'evaluate': 1 exit task is not done (finish or drop them, or use --force)")
        #expect(refused?.candidates.map { "\($0.location.path):\($0.location.line): \($0.text)" } == ["deals/acme.md:30: [ ] Buying process mapped stage:qualify"])
        #expect(workspace.text("deals/acme.md") == deal)
    }

    @Test func stageMovesAndAddsTheNewExitTasks() throws {
        let done = deal.replacingOccurrences(of: "- [ ] Buying process mapped stage:qualify", with: "- [x] Buying process mapped stage:qualify done:2026-11-19")
        let workspace = try TempWorkspace(["deals/acme.md": done])
        let result = try workspace.editor().moveStage("acme", to: "evaluate")
        #expect(try result.updatedText == done
            .replacingOccurrences(of: "stage: qualify", with: "stage: evaluate")
            .replacingOccurrences(of: "done:2026-11-19\n", with: "done:2026-11-19\n- [ ] Demo given stage:evaluate\n"))
        #expect(result.notes == ["deals/acme.md: stage: qualify → evaluate", "deals/acme.md:31: - [ ] Demo given stage:evaluate"])
        try workspace.apply(result)
        #expect(workspace.check().errorCount == 0)
    }

    @Test func forcedMovesSkipTheGateAndBackwardMovesNeedNone() throws {
        let workspace = try TempWorkspace(["deals/acme.md": deal])
        let forced = try workspace.editor().moveStage("acme", to: "evaluate", force: true)
        #expect(forced.notes.first == "deals/acme.md: stage: qualify → evaluate (forced)")
        let back = try workspace.editor().moveStage("acme", to: "prospect")
        // The prospect tasks are listed already: only the stage changes.
        #expect(try back.updatedText == deal.replacingOccurrences(of: "stage: qualify", with: "stage: prospect"))
        #expect(refusal { try workspace.editor().moveStage("acme", to: "evalute") }?.reason
                == "unknown stage 'evalute' (did you mean 'evaluate'?); the stages are prospect, qualify, evaluate")
        #expect(try workspace.editor().moveStage("acme", to: "qualify").changes.isEmpty)
    }

    @Test func stageCreatesExitTasksWhenTheSectionIsMissing() throws {
        let text = "---\naccount: A\nowner: dana\nstage: prospect\n---\n# A\n\n## Log\n- 2026-11-18 Call.\n"
        let workspace = try TempWorkspace(["deals/a.md": text])
        let result = try workspace.editor().moveStage("a", to: "qualify", force: true)
        #expect(try result.updatedText == "---\naccount: A\nowner: dana\nstage: qualify\n---\n# A\n\n## Log\n- 2026-11-18 Call.\n\n## Exit tasks\n- [ ] Buying process mapped stage:qualify\n")
    }

    @Test func closeLostRecordsTheCompetitorAndProposesAFollowUp() throws {
        let workspace = try TempWorkspace(["deals/acme.md": deal])
        let result = try workspace.editor().close("acme", outcome: .lost, lostTo: "Globex", reason: "Price: 20% lower")
        #expect(try result.updatedText == deal.replacingOccurrences(of: "economic}\n---",
                                                                      with: "economic}\noutcome: lost\nclosed: 2026-11-20\nlost_to: Globex\nlost_reason: \"Price: 20% lower\"\nfollow_up: 2027-02-18\n---"))
        #expect(result.notes.last == "deals/acme.md: proposed follow_up 2027-02-18, 90 days after closing: it is not over till it is over (set another date with --follow-up)")
        try workspace.apply(result)
        #expect(workspace.check().errorCount == 0)
        #expect(workspace.check().diagnostics.allSatisfy { !$0.code.hasPrefix("lost-") })
    }

    @Test func closeReplacesValuesInPlace() throws {
        let open = deal.replacingOccurrences(of: "last_contact: 2026-11-18\n", with: "last_contact: 2026-11-18\noutcome: open   # open | won | lost | no-decision\nclosed:\nfollow_up: 2027-01-01\n")
        let workspace = try TempWorkspace(["deals/acme.md": open])
        let result = try workspace.editor().close("acme", outcome: .noDecision, reason: "Budget frozen")
        #expect(try result.updatedText == open
            .replacingOccurrences(of: "outcome: open   # open", with: "outcome: no-decision # open")
            .replacingOccurrences(of: "closed:\n", with: "closed: 2026-11-20\n")
            .replacingOccurrences(of: "economic}\n---", with: "economic}\nlost_reason: Budget frozen\n---"))
        // The follow-up already set stays; nothing is proposed.
        #expect(!result.notes.contains { $0.contains("proposed") })
        let won = try workspace.editor().close("acme", outcome: .won, force: true)
        #expect(try won.updatedText == open.replacingOccurrences(of: "outcome: open   # open", with: "outcome: won    # open")
            .replacingOccurrences(of: "closed:\n", with: "closed: 2026-11-20\n"))
        #expect(won.notes.last == "deals/acme.md: note: follow_up stays from before; remove it if no longer true")
        #expect(refusal { try workspace.editor().close("acme", outcome: .lost) }?.reason == "a lost deal needs the competitor who won it: --to COMPETITOR (or --to nobody)")
    }

    @Test func touchSetsLastContactAndLogs() throws {
        let workspace = try TempWorkspace(["deals/acme.md": deal])
        let result = try workspace.editor(asOf: "2026-11-21").touch("acme", note: "Call with Maria: demo booked")
        #expect(try result.updatedText == deal.replacingOccurrences(of: "last_contact: 2026-11-18", with: "last_contact: 2026-11-21")
            .replacingOccurrences(of: "- 2026-11-18 Call with Maria.\n", with: "- 2026-11-18 Call with Maria.\n- 2026-11-21 Call with Maria: demo booked\n"))
        #expect(result.notes == ["deals/acme.md: last_contact: 2026-11-18 → 2026-11-21", "deals/acme.md:34: - 2026-11-21 Call with Maria: demo booked"])
        // A later last_contact stays; a log written newest first gets the line on top.
        let newestFirst = deal.replacingOccurrences(of: "- 2026-11-18 Call with Maria.\n", with: "- 2026-11-18 Call with Maria.\n- 2026-11-01 First call.\n")
        let other = try TempWorkspace(["deals/acme.md": newestFirst])
        let early = try other.editor(asOf: "2026-11-10").touch("acme")
        #expect(try early.updatedText == newestFirst.replacingOccurrences(of: "## Log\n", with: "## Log\n- 2026-11-10 Contact with the buyer\n"))
        #expect(early.notes.first == "deals/acme.md: last_contact stays 2026-11-18, later than 2026-11-10")
    }

    @Test func touchAddsTheLogSectionAndTheKeyWhenMissing() throws {
        let text = "---\naccount: A\nowner: dana\nstage: prospect\n---\n# A\n"
        let workspace = try TempWorkspace(["deals/a.md": text])
        #expect(try workspace.editor().touch("a", note: "Intro call").updatedText
                == "---\naccount: A\nowner: dana\nstage: prospect\nlast_contact: 2026-11-20\n---\n# A\n\n## Log\n- 2026-11-20 Intro call\n")
    }
}

@Suite struct DailyScrumLogTests {
    static let sprint = """
    ---
    team: north
    start: 2026-11-16
    end: 2026-11-29
    ---
    # Sprint 47

    ## Sprint backlog
    - [ ] Emails @leo

    ## Daily scrum

    ### 2026-11-16
    - win: Planned @dana

    ### 2026-11-18
    - rejection: No budget @leo

    ## Retrospective

    ### What worked

    """

    @Test func appendsToTheDayOrCreatesItInDateOrder() throws {
        let workspace = try TempWorkspace(["sprints/s47.md": Self.sprint])
        let sameDay = try workspace.editor(asOf: "2026-11-18").logScrumNote("Demo booked", kind: .win, who: "dana")
        #expect(try sameDay.updatedText == Self.sprint.replacingOccurrences(of: "- rejection: No budget @leo\n", with: "- rejection: No budget @leo\n- win: Demo booked @dana\n"))
        #expect(sameDay.notes == ["sprints/s47.md:18: - win: Demo booked @dana"])
        let between = try workspace.editor(asOf: "2026-11-17").logScrumNote("Trade fair list", kind: .idea)
        #expect(try between.updatedText == Self.sprint.replacingOccurrences(of: "### 2026-11-18\n", with: "### 2026-11-17\n- idea: Trade fair list\n\n### 2026-11-18\n"))
        let after = try workspace.editor(asOf: "2026-11-20").logScrumNote("reaction: They like the price", who: "leo")
        #expect(try after.updatedText == Self.sprint.replacingOccurrences(of: "- rejection: No budget @leo\n", with: "- rejection: No budget @leo\n\n### 2026-11-20\n- reaction: They like the price @leo\n"))
        try workspace.apply(after)
        #expect(workspace.check(asOf: "2026-11-20").errorCount == 0)
    }

    @Test func createsTheSectionAndRefusesWithoutASprint() throws {
        let bare = "---\nteam: north\nstart: 2026-11-16\nend: 2026-11-29\n---\n# S\n\n## Sprint backlog\n- [ ] A\n\n## Retrospective\n"
        let workspace = try TempWorkspace(["sprints/s47.md": bare])
        #expect(try workspace.editor().logScrumNote("First", kind: .win).updatedText
                == "---\nteam: north\nstart: 2026-11-16\nend: 2026-11-29\n---\n# S\n\n## Sprint backlog\n- [ ] A\n\n## Daily scrum\n\n### 2026-11-20\n- win: First\n\n## Retrospective\n")
        #expect(refusal { try workspace.editor(asOf: "2026-12-20").logScrumNote("Late") }?.reason == "no sprint is current on 2026-12-20; name one with --sprint ID")
        #expect(refusal { try workspace.editor().logScrumNote("x", who: "dan") }?.reason == "unknown member 'dan' (did you mean 'dana'?); the members are dana, leo")
        let named = try workspace.editor(asOf: "2026-12-20").logScrumNote("Late", sprint: "s47")
        #expect(named.notes.last == "sprints/s47.md: note: 2026-12-20 is outside the sprint (2026-11-16 to 2026-11-29)")
    }
}
