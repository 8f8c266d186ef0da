import Foundation
import Testing
@testable import ScrumsellKit

@Suite struct HistoryReaderTests {
    @Test func stagesAreDatedByTheirCommits() throws {
        let fixture = try GitFixture()
        fixture.write("deals/acme.md", GitFixture.deal(stage: "prospect"))
        try fixture.commit("New deal: Acme", on: "2026-10-01")
        fixture.write("deals/acme.md", GitFixture.deal(stage: "qualify"))
        try fixture.commit("Acme qualified", on: "2026-10-05")
        fixture.write("deals/acme.md", GitFixture.deal(stage: "qualify", log: ["2026-10-08 Call with Maria"]))
        try fixture.commit("Log a call", on: "2026-10-08")
        fixture.write("deals/acme.md", GitFixture.deal(stage: "evaluate", log: ["2026-10-08 Call with Maria"]))
        try fixture.commit("Acme evaluates", on: "2026-10-12")

        let timeline = try fixture.timeline("acme", asOf: "2026-10-20")
        #expect(timeline.stages == [
            StageStay(stage: "prospect", entered: Day("2026-10-01")!, left: Day("2026-10-05")!, days: 4, commit: timeline.stages[0].commit),
            StageStay(stage: "qualify", entered: Day("2026-10-05")!, left: Day("2026-10-12")!, days: 7, commit: timeline.stages[1].commit),
            StageStay(stage: "evaluate", entered: Day("2026-10-12")!, days: 8, commit: timeline.stages[2].commit),
        ])
        #expect(timeline.stages.map { $0.commit?.subject } == ["New deal: Acme", "Acme qualified", "Acme evaluates"])
        #expect(timeline.stageChanges.map(\.direction) == [.advanced, .advanced])
        #expect(timeline.firstSeen == Day("2026-10-01"))
        #expect(!timeline.createdBeforeHorizon)
        #expect(timeline.touched.map(\.description) == ["2026-10-01", "2026-10-05", "2026-10-08", "2026-10-12"])
        let last = try #require(timeline.lastCommit)
        #expect(last.subject == "Acme evaluates")
        #expect(last.author == "Dana Kim")
        #expect(last.date == Day("2026-10-12"))
        #expect(last.sha == (try fixture.head()))
        #expect(last.shortSHA.count == 7)
        #expect(!timeline.uncommittedEdits)
    }

    @Test func decisionDateSlipsAndPullInsAreCounted() throws {
        let fixture = try GitFixture()
        fixture.write("deals/acme.md", GitFixture.deal(stage: "qualify", decision: "2026-11-01"))
        try fixture.commit("New deal", on: "2026-10-01")
        fixture.write("deals/acme.md", GitFixture.deal(stage: "qualify", decision: "2026-11-15"))
        try fixture.commit("Board meeting moved", on: "2026-10-10")
        fixture.write("deals/acme.md", GitFixture.deal(stage: "qualify", decision: "2026-11-10"))
        try fixture.commit("Earlier after all", on: "2026-10-12")
        fixture.write("deals/acme.md", GitFixture.deal(stage: "qualify", decision: "2026-11-30"))
        try fixture.commit("Budget freeze", on: "2026-10-20")

        let timeline = try fixture.timeline("acme", asOf: "2026-10-25")
        #expect(timeline.slips == 2)
        #expect(timeline.pullIns == 1)
        #expect(timeline.decisionDateChanges.map(\.kind) == [.slip, .pullIn, .slip])
        #expect(timeline.decisionDateChanges.map(\.date.description) == ["2026-10-10", "2026-10-12", "2026-10-20"])
        #expect(timeline.decisionDateChanges.map(\.days) == [14, -5, 20])
        #expect(timeline.decisionDateChanges.last?.from == Day("2026-11-10"))
        #expect(timeline.decisionDateChanges.last?.to == Day("2026-11-30"))
        #expect(timeline.decisionDateChanges.last?.commit?.subject == "Budget freeze")
    }

    @Test func valueAndOutcomeChangesAreDated() throws {
        let fixture = try GitFixture()
        fixture.write("deals/acme.md", GitFixture.deal(stage: "propose", value: 100_000))
        try fixture.commit("New deal", on: "2026-10-01")
        fixture.write("deals/acme.md", GitFixture.deal(stage: "propose", value: 120_000))
        try fixture.commit("Bigger scope", on: "2026-10-07")
        fixture.write("deals/acme.md", GitFixture.deal(stage: "negotiate", value: 110_000))
        try fixture.commit("Discount", on: "2026-10-14")
        fixture.write("deals/acme.md", GitFixture.deal(stage: "negotiate", value: 110_000, outcome: "won"))
        try fixture.commit("Signed", on: "2026-10-21")

        let timeline = try fixture.timeline("acme", asOf: "2026-10-30")
        #expect(timeline.valueChanges.map(\.amount) == [20_000, -10_000])
        #expect(timeline.valueChanges.map(\.date.description) == ["2026-10-07", "2026-10-14"])
        #expect(timeline.outcomeChanges == [OutcomeChange(date: Day("2026-10-21")!, from: .open, to: .won, commit: timeline.outcomeChanges.first?.commit)])
        // Closing ends the stay: a won deal has no current stage stay.
        #expect(timeline.stages.map(\.stage) == ["propose", "negotiate"])
        #expect(timeline.stages.last?.left == Day("2026-10-21"))
        #expect(timeline.stages.last?.days == 7)
        #expect(timeline.currentStay == nil)
    }

    @Test func historyIsTheOneKnownOnTheAsOfDay() throws {
        let fixture = try GitFixture()
        fixture.write("deals/acme.md", GitFixture.deal(stage: "prospect"))
        try fixture.commit("New deal", on: "2026-10-01")
        fixture.write("deals/acme.md", GitFixture.deal(stage: "qualify"))
        try fixture.commit("Qualified", on: "2026-10-05")
        try fixture.run("mv", "deals/acme.md", "deals/acme-corp.md")
        try fixture.commit("Renamed later", on: "2026-10-20")
        fixture.write("deals/acme-corp.md", GitFixture.deal(stage: "evaluate"))

        let before = try fixture.history(asOf: "2026-10-10").get()
        #expect(before.horizon.commitCount == 2)
        #expect(before.horizon.laterCommits == 1)
        #expect(before.horizon.newestCommit == Day("2026-10-05"))
        // The file is found under its current name; versions after the day and the working copy are left out.
        let file = try #require(before.deals["deals/acme-corp.md"])
        #expect(file.versions.map { $0.snapshot?.stage } == ["prospect", "qualify"])
        #expect(!file.hasUncommittedEdits)

        let now = try fixture.history(asOf: "2026-10-25").get()
        #expect(now.horizon.laterCommits == 0)
        #expect(now.deals["deals/acme-corp.md"]?.versions.map { $0.snapshot?.stage } == ["prospect", "qualify", "qualify", "evaluate"])
    }

    @Test func renamedFilesKeepTheirHistory() throws {
        let fixture = try GitFixture()
        fixture.write("deals/acme.md", GitFixture.deal(stage: "prospect"))
        try fixture.commit("New deal", on: "2026-10-01")
        fixture.write("deals/acme.md", GitFixture.deal(stage: "qualify"))
        try fixture.commit("Qualified", on: "2026-10-05")
        try fixture.run("mv", "deals/acme.md", "deals/acme-corp.md")
        try fixture.commit("Rename Acme", on: "2026-10-07")
        // Renamed again, and edited in the same commit.
        fixture.remove("deals/acme-corp.md")
        fixture.write("deals/emea/acme-payments.md", GitFixture.deal(stage: "evaluate"))
        try fixture.commit("Move to EMEA and evaluate", on: "2026-10-09")

        let history = try fixture.history(asOf: "2026-10-10").get()
        #expect(history.deals.keys.sorted() == ["deals/emea/acme-payments.md"])
        let file = try #require(history.deals["deals/emea/acme-payments.md"])
        #expect(file.versions.map(\.path) == ["deals/acme.md", "deals/acme.md", "deals/acme-corp.md", "deals/emea/acme-payments.md"])
        let timeline = try fixture.timeline("acme-payments", asOf: "2026-10-10")
        #expect(timeline.stages.map(\.stage) == ["prospect", "qualify", "evaluate"])
        #expect(timeline.stages.map(\.entered.description) == ["2026-10-01", "2026-10-05", "2026-10-09"])
        #expect(timeline.firstSeen == Day("2026-10-01"))
    }

    @Test func aDeletedAndRecreatedFileStartsAfresh() throws {
        let fixture = try GitFixture()
        fixture.write("deals/acme.md", GitFixture.deal(stage: "negotiate"))
        try fixture.commit("Old Acme deal", on: "2026-09-01")
        fixture.remove("deals/acme.md")
        try fixture.commit("Drop it", on: "2026-09-10")
        fixture.write("deals/acme.md", GitFixture.deal(account: "Acme Two", stage: "prospect"))
        try fixture.commit("New Acme deal", on: "2026-10-01")

        let file = try #require(try fixture.history(asOf: "2026-10-02").get().deals["deals/acme.md"])
        #expect(file.versions.map(\.date.description) == ["2026-10-01"])
    }

    @Test func uncommittedEditsAreTheLatestState() throws {
        let fixture = try GitFixture()
        fixture.write("deals/acme.md", GitFixture.deal(stage: "qualify"))
        fixture.write("deals/globex.md", GitFixture.deal(account: "Globex", stage: "prospect"))
        try fixture.commit("Two deals", on: "2026-10-01")
        fixture.write("deals/acme.md", GitFixture.deal(stage: "evaluate", decision: "2026-12-20"))
        fixture.write("deals/initech.md", GitFixture.deal(account: "Initech", stage: "prospect"))

        let history = try fixture.history(asOf: "2026-10-15").get()
        let acme = try #require(history.deals["deals/acme.md"])
        #expect(acme.versions.count == 2)
        #expect(acme.hasUncommittedEdits)
        #expect(acme.versions.last?.isWorkingCopy == true)
        #expect(acme.versions.last?.date == Day("2026-10-15"))
        #expect(acme.lastCommit?.subject == "Two deals")
        #expect(history.deals["deals/globex.md"]?.hasUncommittedEdits == false)
        let initech = try #require(history.deals["deals/initech.md"])
        #expect(initech.versions.count == 1)
        #expect(initech.hasUncommittedEdits)
        #expect(initech.lastCommit == nil)

        let timeline = try fixture.timeline("acme", asOf: "2026-10-15")
        #expect(timeline.stages.map(\.stage) == ["qualify", "evaluate"])
        #expect(timeline.stages.last?.entered == Day("2026-10-15"))
        #expect(timeline.stages.last?.commit == nil)
        #expect(timeline.slips == 1)
        #expect(timeline.uncommittedEdits)
    }

    @Test func aRenameNotYetToldToGitKeepsTheHistory() throws {
        let fixture = try GitFixture()
        fixture.write("deals/acme.md", GitFixture.deal(stage: "prospect"))
        try fixture.commit("New deal", on: "2026-10-01")
        fixture.write("deals/acme.md", GitFixture.deal(stage: "qualify"))
        try fixture.commit("Qualified", on: "2026-10-05")
        fixture.move("deals/acme.md", to: "deals/acme-corp.md")

        let history = try fixture.history(asOf: "2026-10-09").get()
        #expect(history.deals.keys.sorted() == ["deals/acme-corp.md"])
        let file = try #require(history.deals["deals/acme-corp.md"])
        #expect(file.versions.map(\.path) == ["deals/acme.md", "deals/acme.md", "deals/acme-corp.md"])
        #expect(file.hasUncommittedEdits)
        // A staged rename with an edit is followed too.
        try fixture.run("add", "-A", ".")
        fixture.write("deals/acme-corp.md", GitFixture.deal(stage: "evaluate"))
        let staged = try #require(try fixture.history(asOf: "2026-10-09").get().deals["deals/acme-corp.md"])
        #expect(staged.versions.count == 3)
        #expect(staged.versions.last?.snapshot?.stage == "evaluate")
    }

    @Test func aDeletedFileIsLeftOut() throws {
        let fixture = try GitFixture()
        fixture.write("deals/acme.md", GitFixture.deal(stage: "prospect"))
        fixture.write("deals/globex.md", GitFixture.deal(stage: "prospect"))
        try fixture.commit("Two deals", on: "2026-10-01")
        fixture.remove("deals/globex.md")
        #expect(try fixture.history(asOf: "2026-10-02").get().deals.keys.sorted() == ["deals/acme.md"])
    }

    @Test func withoutARepositoryHistoryIsANote() throws {
        let fixture = try GitFixture(makeRepository: false)
        fixture.write("deals/acme.md", GitFixture.deal(stage: "prospect"))
        let result = fixture.history(asOf: "2026-10-02")
        #expect(throws: HistoryUnavailable.notARepository) { try result.get() }
        #expect(HistoryUnavailable.notARepository.note == "History is left out: the workspace is not in a git repository.")
    }

    @Test func withoutGitHistoryIsANote() throws {
        let fixture = try GitFixture()
        let missing = GitCommand(executable: URL(fileURLWithPath: "/nonexistent/git"))
        let result = HistoryReader.read(workspace: fixture.workspace, asOf: Day("2026-10-02")!, git: missing)
        #expect(throws: HistoryUnavailable.gitMissing) { try result.get() }
        #expect(throws: HistoryUnavailable.gitMissing) { try HistoryReader.read(workspace: fixture.workspace, asOf: Day("2026-10-02")!, git: nil).get() }
        #expect(GitCommand.onPath(["PATH": "/nonexistent"]) == nil)
    }

    @Test func aRepositoryWithoutCommitsHasOnlyTheWorkingCopy() throws {
        let fixture = try GitFixture()
        fixture.write("deals/acme.md", GitFixture.deal(stage: "prospect"))
        let history = try fixture.history(asOf: "2026-10-02").get()
        #expect(history.horizon.commitCount == 0)
        #expect(history.deals["deals/acme.md"]?.versions.map(\.isWorkingCopy) == [true])
    }

    @Test func aShallowCloneSaysHowFarBackItSees() throws {
        let origin = try GitFixture()
        let days = ["2026-09-01", "2026-09-15", "2026-10-01", "2026-10-15"]
        for (index, stage) in ["prospect", "qualify", "evaluate", "propose"].enumerated() {
            origin.write("deals/acme.md", GitFixture.deal(stage: stage))
            try origin.commit("Acme to \(stage)", on: days[index])
        }
        let clone = try GitFixture(makeRepository: false)
        try FileManager.default.removeItem(at: clone.top)
        try origin.run("clone", "-q", "--depth", "2", "file://" + origin.top.path, clone.top.path)

        let history = try clone.history(asOf: "2026-10-20").get()
        #expect(history.horizon.isShallow)
        #expect(history.horizon.oldestCommit == Day("2026-10-01"))
        #expect(history.horizon.commitCount == 2)
        let file = try #require(history.deals["deals/acme.md"])
        #expect(file.startsAtHorizon)
        let timeline = try clone.timeline("acme", asOf: "2026-10-20")
        #expect(timeline.createdBeforeHorizon)
        #expect(timeline.stages.map(\.stage) == ["evaluate", "propose"])
        #expect(timeline.stages.first?.enteredBeforeHorizon == true)
        #expect(timeline.stages.first?.commit == nil)
        #expect(timeline.stages.last?.enteredBeforeHorizon == false)

        let full = try origin.history(asOf: "2026-10-20").get()
        #expect(!full.horizon.isShallow)
        #expect(full.horizon.oldestCommit == Day("2026-09-01"))
        #expect(full.deals["deals/acme.md"]?.startsAtHorizon == false)
    }

    @Test func aWorkspaceInsideALargerRepositoryReadsOnlyItsOwnFiles() throws {
        let fixture = try GitFixture(workspaceFolder: "sales/north")
        fixture.write("deals/acme.md", GitFixture.deal(stage: "prospect"))
        try fixture.commit("New deal", on: "2026-10-01")
        // A deals folder at the repository's top, outside the workspace.
        try FileManager.default.createDirectory(at: fixture.top.appendingPathComponent("deals"), withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: fixture.top.appendingPathComponent("deals/other.md").path,
                                               contents: Data(GitFixture.deal(stage: "negotiate").utf8)))
        #expect(FileManager.default.createFile(atPath: fixture.top.appendingPathComponent("README.md").path, contents: Data("hello\n".utf8)))
        try fixture.commit("Outside the workspace", on: "2026-10-03")
        fixture.write("deals/acme.md", GitFixture.deal(stage: "qualify"))
        try fixture.commit("Qualified", on: "2026-10-05")

        let history = try fixture.history(asOf: "2026-10-06").get()
        #expect(history.deals.keys.sorted() == ["deals/acme.md"])
        #expect(history.horizon.commitCount == 2)
        #expect(history.deals["deals/acme.md"]?.versions.map(\.date.description) == ["2026-10-01", "2026-10-05"])
    }

    @Test func mergedBranchesAreDatedByTheirMerge() throws {
        let fixture = try GitFixture()
        fixture.write("deals/acme.md", GitFixture.deal(stage: "prospect"))
        try fixture.commit("New deal", on: "2026-10-01")
        try fixture.run("checkout", "-q", "-b", "leo")
        fixture.write("deals/acme.md", GitFixture.deal(stage: "qualify"))
        try fixture.commit("Qualified on a branch", on: "2026-10-03")
        try fixture.run("checkout", "-q", "main")
        fixture.write("deals/globex.md", GitFixture.deal(account: "Globex", stage: "prospect"))
        try fixture.commit("Globex", on: "2026-10-04")
        try fixture.run("merge", "-q", "--no-ff", "-m", "Merge Leo's work", "leo", day: "2026-10-06")

        let history = try fixture.history(asOf: "2026-10-07").get()
        let acme = try #require(history.deals["deals/acme.md"])
        #expect(acme.versions.map(\.date.description) == ["2026-10-01", "2026-10-06"])
        #expect(acme.versions.last?.commit?.subject == "Merge Leo's work")
        #expect(acme.versions.map { $0.snapshot?.stage } == ["prospect", "qualify"])
    }

    @Test func unreadableVersionsAreSkipped() throws {
        let fixture = try GitFixture()
        fixture.write("deals/acme.md", GitFixture.deal(stage: "prospect"))
        try fixture.commit("New deal", on: "2026-10-01")
        fixture.write("deals/acme.md", "---\naccount: [broken\n---\n")
        try fixture.commit("Oops", on: "2026-10-02")
        fixture.write("deals/acme.md", GitFixture.deal(stage: "qualify"))
        try fixture.commit("Fixed", on: "2026-10-03")

        let timeline = try fixture.timeline("acme", asOf: "2026-10-04")
        #expect(timeline.stages.map(\.stage) == ["prospect", "qualify"])
        #expect(timeline.stages.first?.days == 2)
        #expect(timeline.touched.count == 3)
    }
}
