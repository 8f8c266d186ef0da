import Foundation
import Testing
@testable import ScrumsellKit

/// `PlanMerge` part by part, with git's own `git merge-file` for the line-level fallback.
@Suite("three-way merge of plan files")
struct PlanMergeTests {
    static func merge(_ base: String, _ ours: String, _ theirs: String) throws -> PlanMergeResult {
        try PlanMerge.merge(base: base, ours: ours, theirs: theirs, lineMerge: GitMergeFile(git: GitFixture.requireGit()))
    }

    static let deal = """
        ---
        account: Acme Corp
        stage: qualify
        last_contact: 2026-11-02
        tags:
          - fleet
        stakeholders:
          - {id: maria, name: Maria Lopez, title: CFO, influence: economic}
          - {id: joe, name: Joe Bakker, title: Fleet manager, influence: user}
        ---
        # Acme Corp

        ## Backlog
        - [ ] Send the case study @dana due:2026-11-20
        - [ ] Book the plant visit @dana

        ## Log
        - 2026-11-02 First call.

        """

    @Test func theLaterLastContactWinsWhicheverSideHasIt() throws {
        let ours = Self.deal.replacingOccurrences(of: "last_contact: 2026-11-02", with: "last_contact: 2026-11-14")
        let theirs = Self.deal.replacingOccurrences(of: "last_contact: 2026-11-02", with: "last_contact: 2026-11-09")
        #expect(try Self.merge(Self.deal, ours, theirs) == PlanMergeResult(text: ours, conflicts: 0, fallbackReason: nil))
        #expect(try Self.merge(Self.deal, theirs, ours).text == ours)
    }

    @Test func stakeholdersMergeByIdAndConflictOnlyOnTheOneBothChanged() throws {
        let ours = Self.deal
            .replacingOccurrences(of: "title: CFO", with: "title: CEO")
            .replacingOccurrences(of: "influence: user}", with: "influence: user}\n  - {id: ann, name: Ann Vos, title: Buyer, influence: technical}")
        let theirs = Self.deal
            .replacingOccurrences(of: "influence: user}", with: "influence: coach}\n  - {id: piet, name: Piet de Wit, title: IT, influence: technical}")
        let clean = try Self.merge(Self.deal, ours, theirs)
        #expect(clean.conflicts == 0)
        #expect(clean.text.contains("""
            stakeholders:
              - {id: maria, name: Maria Lopez, title: CEO, influence: economic}
              - {id: joe, name: Joe Bakker, title: Fleet manager, influence: coach}
              - {id: ann, name: Ann Vos, title: Buyer, influence: technical}
              - {id: piet, name: Piet de Wit, title: IT, influence: technical}
            ---
            """))

        let theirsToo = Self.deal.replacingOccurrences(of: "title: CFO", with: "title: COO")
        let conflicted = try Self.merge(Self.deal, ours, theirsToo)
        #expect(conflicted.conflicts == 1)
        #expect(conflicted.text.contains("""
            stakeholders:
            <<<<<<< ours
              - {id: maria, name: Maria Lopez, title: CEO, influence: economic}
            =======
              - {id: maria, name: Maria Lopez, title: COO, influence: economic}
            >>>>>>> theirs
              - {id: joe, name: Joe Bakker, title: Fleet manager, influence: user}
              - {id: ann, name: Ann Vos, title: Buyer, influence: technical}
            ---
            """))
    }

    @Test func blockListsAreOrderedUnionsInTheirOwnStyle() throws {
        let ours = Self.deal.replacingOccurrences(of: "  - fleet\n", with: "  - fleet\n  - rotterdam\n")
        let theirs = Self.deal.replacingOccurrences(of: "  - fleet\n", with: "  - tender\n  - fleet\n")
        let merged = try Self.merge(Self.deal, ours, theirs)
        #expect(merged.conflicts == 0)
        #expect(merged.text.contains("tags:\n  - tender\n  - fleet\n  - rotterdam\nstakeholders:"))
    }

    @Test func itemsMatchByTextWithoutTokens() throws {
        // Ours finishes the case study; theirs moves its due date and adds an item ours added too.
        let ours = Self.deal
            .replacingOccurrences(of: "- [ ] Send the case study @dana due:2026-11-20", with: "- [x] Send the case study @dana due:2026-11-20 done:2026-11-18")
            .replacingOccurrences(of: "- [ ] Book the plant visit @dana\n", with: "- [ ] Book the plant visit @dana\n- [ ] Ask for the fleet list\n")
        let theirs = Self.deal
            .replacingOccurrences(of: "- [ ] Book the plant visit @dana\n", with: "- [ ] Book the plant visit @lena\n- [ ] Ask for the fleet list\n")
        let merged = try Self.merge(Self.deal, ours, theirs)
        #expect(merged.conflicts == 0)
        #expect(merged.text.contains("""
            ## Backlog
            - [x] Send the case study @dana due:2026-11-20 done:2026-11-18
            - [ ] Book the plant visit @lena
            - [ ] Ask for the fleet list

            """))
    }

    @Test func anItemWhoseStateBothSidesChangedConflictsOnItsLineOnly() throws {
        let ours = Self.deal.replacingOccurrences(of: "- [ ] Book the plant visit @dana", with: "- [x] Book the plant visit @dana done:2026-11-18")
            .replacingOccurrences(of: "- [ ] Send the case study", with: "- [/] Send the case study")
        let theirs = Self.deal.replacingOccurrences(of: "- [ ] Book the plant visit @dana", with: "- [-] Book the plant visit @dana")
        let merged = try Self.merge(Self.deal, ours, theirs)
        #expect(merged.conflicts == 1)
        #expect(merged.text.contains("""
            ## Backlog
            - [/] Send the case study @dana due:2026-11-20
            <<<<<<< ours
            - [x] Book the plant visit @dana done:2026-11-18
            =======
            - [-] Book the plant visit @dana
            >>>>>>> theirs

            """))
    }

    @Test func logLinesAreKeptOnceInDateOrderEvenNewestFirst() throws {
        let base = Self.deal.replacingOccurrences(of: "- 2026-11-02 First call.\n", with: "- 2026-11-05 Second call.\n- 2026-11-02 First call.\n")
        let ours = base.replacingOccurrences(of: "## Log\n", with: "## Log\n- 2026-11-12 Demo.\n- 2026-11-09 Sent the case.\n")
        let theirs = base.replacingOccurrences(of: "## Log\n", with: "## Log\n- 2026-11-10 Visit.\n- 2026-11-09 Sent the case.\n")
        let merged = try Self.merge(base, ours, theirs)
        #expect(merged.conflicts == 0)
        #expect(merged.text.hasSuffix("""
            ## Log
            - 2026-11-12 Demo.
            - 2026-11-10 Visit.
            - 2026-11-09 Sent the case.
            - 2026-11-05 Second call.
            - 2026-11-02 First call.

            """))
    }

    static let sprint = """
        ---
        team: north
        start: 2026-11-16
        end: 2026-11-27
        ---
        # Sprint

        ## Daily scrum

        ### 2026-11-16
        - win: Acme signed @dana

        ### 2026-11-17
        - idea: ask Joe @lena

        """

    @Test func dailyScrumDaysMergeByDateAndNoteByNote() throws {
        let ours = Self.sprint.replacingOccurrences(of: "- idea: ask Joe @lena\n", with: "- idea: ask Joe @lena\n- reaction: Polder liked the demo @amira\n")
            + "\n### 2026-11-19\n- win: Delta signed @dana\n"
        let theirs = Self.sprint.replacingOccurrences(of: "- idea: ask Joe @lena\n", with: "- idea: ask Joe @lena\n- rejection: Kade said no @daan\n\n### 2026-11-18\n- win: Haven renewed @lena\n")
        let merged = try Self.merge(Self.sprint, ours, theirs)
        #expect(merged.conflicts == 0)
        #expect(merged.text.hasSuffix("""
            ### 2026-11-17
            - idea: ask Joe @lena
            - reaction: Polder liked the demo @amira
            - rejection: Kade said no @daan

            ### 2026-11-18
            - win: Haven renewed @lena

            ### 2026-11-19
            - win: Delta signed @dana

            """))
    }

    @Test func otherTextMergesLineByLineAndConflictsWithMarkers() throws {
        let base = Self.deal.replacingOccurrences(of: "# Acme Corp\n", with: "# Acme Corp\n\nOne.\nTwo.\nThree.\nFour.\nFive.\n")
        let ours = base.replacingOccurrences(of: "One.", with: "One!")
        let theirs = base.replacingOccurrences(of: "Five.", with: "Five!")
        #expect(try Self.merge(base, ours, theirs).text == base.replacingOccurrences(of: "One.", with: "One!").replacingOccurrences(of: "Five.", with: "Five!"))
        let clash = try Self.merge(base, ours, base.replacingOccurrences(of: "One.", with: "One?"))
        #expect(clash.conflicts == 1)
        #expect(clash.text.contains("<<<<<<< ours\nOne!\n=======\nOne?\n>>>>>>> theirs\n"))
    }

    @Test func crlfAndTheByteOrderMarkOfOursAreKept() throws {
        func windows(_ text: String) -> String { "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n") }
        let ours = windows(Self.deal.replacingOccurrences(of: "stage: qualify", with: "stage: evaluate"))
        let theirs = windows(Self.deal.replacingOccurrences(of: "- 2026-11-02 First call.\n", with: "- 2026-11-02 First call.\n- 2026-11-04 Call.\n"))
        let merged = try Self.merge(windows(Self.deal), ours, theirs)
        #expect(merged.text == windows(Self.deal.replacingOccurrences(of: "stage: qualify", with: "stage: evaluate")
            .replacingOccurrences(of: "- 2026-11-02 First call.\n", with: "- 2026-11-02 First call.\n- 2026-11-04 Call.\n")))
    }

    @Test func aKeyRemovedOnOneSideAndChangedOnTheOtherIsAConflict() throws {
        let ours = Self.deal.replacingOccurrences(of: "stage: qualify\n", with: "")
        let theirs = Self.deal.replacingOccurrences(of: "stage: qualify", with: "stage: evaluate")
        let merged = try Self.merge(Self.deal, ours, theirs)
        #expect(merged.conflicts == 1)
        #expect(merged.text.contains("account: Acme Corp\n<<<<<<< ours\n=======\nstage: evaluate\n>>>>>>> theirs\nlast_contact"))
    }
}
