import Foundation
import Testing
@testable import ScrumsellKit

/// `scrumsell merge` as git's merge driver: real `git merge` in temporary repositories set up
/// with `scrumsell git-setup`, the edits made with the commands a salesperson runs.
@Suite("git merge with the scrumsell driver")
struct GitMergeDriverTests {
    /// A repository with one deal committed on `main`, set up with `git-setup`, and a branch
    /// `other` from that commit.
    final class MergeRepository {
        let fixture: GitFixture
        /// PATH with the built `scrumsell` first, as a user who installed it has.
        let environment: [String: String]

        init(deal: String = MergeRepository.deal) throws {
            fixture = try GitFixture()
            let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
            environment = ["PATH": CLITests.binary.deletingLastPathComponent().path + ":" + path,
                           "GIT_CONFIG_NOSYSTEM": "1", "HOME": fixture.top.path]
            fixture.write("deals/acme.md", deal)
            let setup = try scrumsell("git-setup")
            guard setup.status == 0 else { throw GitFixture.FixtureFailure(description: "git-setup: \(setup.stderr)") }
            try fixture.commit("Acme", on: "2026-11-02")
            try fixture.run("branch", "other")
        }

        /// Runs the built binary in the workspace.
        @discardableResult
        func scrumsell(_ arguments: String...) throws -> CLITests.Run {
            try CLITests.run(arguments, in: fixture.workspace)
        }

        /// Runs git with the driver's `scrumsell` on PATH.
        func git(_ arguments: String...) throws -> GitCommand.Output {
            try fixture.git.run(arguments, in: fixture.workspace, environment: environment)
        }

        func checkout(_ branch: String) throws { try fixture.run("checkout", "-q", branch) }

        /// Commits everything on `day`.
        func commit(_ message: String, on day: String) throws { try fixture.commit(message, on: day) }

        /// Merges `other` into the current branch.
        func mergeOther() throws -> GitCommand.Output {
            try git("merge", "--no-edit", "other")
        }

        var dealText: String {
            String(decoding: FileManager.default.contents(atPath: fixture.workspace.appendingPathComponent("deals/acme.md").path) ?? Data(), as: UTF8.self)
        }

        static let deal = """
            ---
            account: Acme Corp
            owner: dana
            stage: qualify
            value: 100000
            decision_date: 2026-12-15
            consequence: The old contract renews
            outcome: open
            last_contact: 2026-11-02
            tags: [fleet]
            stakeholders:
              - {id: maria, name: Maria Lopez, title: CFO, influence: economic}
            ---
            # Acme Corp

            ## Next steps
            1. [ ] Send Maria the business case @dana due:2026-11-20

            ## Exit tasks
            - [x] Map the buying process stage:qualify done:2026-11-02
            - [x] Agree the decision date and consequence stage:qualify done:2026-11-02

            ## Log
            - 2026-11-02 First call with Maria.

            """
    }

    @Test func setupWritesTheAttributesAndTheDriverAndSaysSo() throws {
        let fixture = try GitFixture()
        let run = try CLITests.run(["git-setup"], in: fixture.workspace)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("wrote .gitattributes: deals/*.md merge=scrumsell"))
        #expect(run.stdout.contains("wrote .git/config: merge.scrumsell.driver = scrumsell merge %O %A %B %P"))
        let attributes = try String(contentsOf: fixture.workspace.appendingPathComponent(".gitattributes"), encoding: .utf8)
        for folder in ["deals", "campaigns", "sprints", "objectives"] {
            #expect(attributes.contains("\(folder)/*.md merge=scrumsell\n"))
        }
        #expect(try fixture.run("config", "merge.scrumsell.driver") == "scrumsell merge %O %A %B %P\n")
        #expect(try fixture.run("check-attr", "merge", "--", "deals/acme.md") == "deals/acme.md: merge: scrumsell\n")
        // Run again: nothing new in .gitattributes.
        let again = try CLITests.run(["git-setup"], in: fixture.workspace)
        #expect(again.status == 0)
        #expect(again.stdout.contains("already"))
        #expect(try String(contentsOf: fixture.workspace.appendingPathComponent(".gitattributes"), encoding: .utf8) == attributes)
    }

    @Test func setupOutsideARepositoryFails() throws {
        let fixture = try GitFixture(makeRepository: false)
        let run = try CLITests.run(["git-setup", "-w", fixture.workspace.path], in: fixture.workspace)
        #expect(run.status == 1)
        #expect(run.stderr.contains("not in a git repository"))
    }

    @Test func twoCallsLoggedOnBothSidesMergeCleanlyWithBothLines() throws {
        let repo = try MergeRepository()
        #expect(try repo.scrumsell("touch", "acme", "Call with Maria about the budget", "--as-of", "2026-11-10").status == 0)
        try repo.commit("Dana's call", on: "2026-11-10")
        try repo.checkout("other")
        #expect(try repo.scrumsell("touch", "acme", "Lena met the fleet manager", "--as-of", "2026-11-12").status == 0)
        try repo.commit("Lena's visit", on: "2026-11-12")
        try repo.checkout("main")

        let merge = try repo.mergeOther()
        #expect(merge.succeeded, "\(merge.text)\(merge.stderr)")
        let text = repo.dealText
        #expect(text.contains("last_contact: 2026-11-12\n"))
        #expect(text.hasSuffix("""
            ## Log
            - 2026-11-02 First call with Maria.
            - 2026-11-10 Call with Maria about the budget
            - 2026-11-12 Lena met the fleet manager

            """))
        #expect(!text.contains("<<<<<<<"))
        #expect(try repo.scrumsell("check", "--as-of", "2026-11-12").status == 0)
    }

    @Test func aStageChangeAndANewNextStepMergeCleanly() throws {
        let repo = try MergeRepository()
        #expect(try repo.scrumsell("stage", "acme", "evaluate", "--as-of", "2026-11-10").status == 0)
        try repo.commit("Acme to evaluate", on: "2026-11-10")
        try repo.checkout("other")
        #expect(try repo.scrumsell("item", "add", "acme", "Book the demo with the fleet team @dana due:2026-11-25", "--section", "Next steps", "--as-of", "2026-11-10").status == 0)
        try repo.commit("Next step", on: "2026-11-10")
        try repo.checkout("main")

        let merge = try repo.mergeOther()
        #expect(merge.succeeded, "\(merge.text)\(merge.stderr)")
        let text = repo.dealText
        #expect(text.contains("stage: evaluate\n"))
        #expect(text.contains("""
            ## Next steps
            1. [ ] Send Maria the business case @dana due:2026-11-20
            2. [ ] Book the demo with the fleet team @dana due:2026-11-25

            """))
        #expect(!text.contains("<<<<<<<"))
    }

    @Test func bothSidesChangingTheValueConflictOnThatLineAlone() throws {
        let repo = try MergeRepository()
        repo.fixture.write("deals/acme.md", MergeRepository.deal.replacingOccurrences(of: "value: 100000", with: "value: 120000"))
        #expect(try repo.scrumsell("touch", "acme", "Call with Maria", "--as-of", "2026-11-10").status == 0)
        try repo.commit("Bigger", on: "2026-11-10")
        try repo.checkout("other")
        repo.fixture.write("deals/acme.md", MergeRepository.deal.replacingOccurrences(of: "value: 100000", with: "value: 90000"))
        try repo.commit("Smaller", on: "2026-11-11")
        try repo.checkout("main")

        let merge = try repo.mergeOther()
        #expect(!merge.succeeded)
        #expect(merge.text.contains("CONFLICT (content): Merge conflict in deals/acme.md"))
        let text = repo.dealText
        #expect(text.contains("""
            stage: qualify
            <<<<<<< ours:deals/acme.md
            value: 120000
            =======
            value: 90000
            >>>>>>> theirs:deals/acme.md
            decision_date: 2026-12-15

            """))
        #expect(text.components(separatedBy: "<<<<<<<").count == 2)
        // The rest merged: our call is logged, last_contact is ours.
        #expect(text.contains("last_contact: 2026-11-10\n"))
        #expect(text.contains("- 2026-11-10 Call with Maria\n"))
        // check reports the conflict where it is.
        let check = try repo.scrumsell("check", "--as-of", "2026-11-12")
        #expect(check.status == 1)
        #expect(CLITests.headlines(check.stdout).contains { $0.hasPrefix("deals/acme.md:5:1: error:") && $0.hasSuffix("[merge-conflict]") })
    }

    @Test func aFileTheDriverCannotReadFallsBackToGitsMergeAndSaysSo() throws {
        // No closing `---`: the driver cannot split it, so git merge-file merges it line by line.
        let broken = "---\naccount: Acme Corp\nstage: qualify\n\n# Acme\n\nfirst\nsecond\nthird\nfourth\n"
        let repo = try MergeRepository(deal: broken)
        repo.fixture.write("deals/acme.md", broken.replacingOccurrences(of: "first", with: "FIRST"))
        try repo.commit("ours", on: "2026-11-10")
        try repo.checkout("other")
        repo.fixture.write("deals/acme.md", broken.replacingOccurrences(of: "fourth", with: "FOURTH"))
        try repo.commit("theirs", on: "2026-11-10")
        try repo.checkout("main")

        let merge = try repo.mergeOther()
        #expect(merge.succeeded, "\(merge.text)\(merge.stderr)")
        #expect(merge.stderr.contains("scrumsell merge: deals/acme.md: base, ours, theirs: the front-matter has no closing '---' line"))
        #expect(merge.stderr.contains("merged line by line with git merge-file"))
        #expect(repo.dealText == broken.replacingOccurrences(of: "first", with: "FIRST").replacingOccurrences(of: "fourth", with: "FOURTH"))
    }

    @Test func aFileThatIsNotTextFallsBackToo() throws {
        let repo = try MergeRepository()
        let base = repo.dealText
        repo.fixture.write("deals/acme.md", base.replacingOccurrences(of: "First call", with: "First call\u{1}"))
        try repo.commit("ours", on: "2026-11-10")
        try repo.checkout("other")
        repo.fixture.write("deals/acme.md", base.replacingOccurrences(of: "value: 100000", with: "value: 90000"))
        try repo.commit("theirs", on: "2026-11-10")
        try repo.checkout("main")
        // Invalid UTF-8 on our side.
        let url = repo.fixture.workspace.appendingPathComponent("deals/acme.md")
        var bytes = [UInt8](try Data(contentsOf: url))
        bytes.append(0xFF)
        try Data(bytes).write(to: url)
        try repo.commit("bad byte", on: "2026-11-10")

        let merge = try repo.mergeOther()
        #expect(merge.succeeded, "\(merge.text)\(merge.stderr)")
        #expect(merge.stderr.contains("is not UTF-8 text"))
        let merged = [UInt8](try Data(contentsOf: url))
        #expect(merged.last == 0xFF)
        #expect(String(decoding: merged, as: UTF8.self).contains("value: 90000"))
    }

    @Test func theDriverRunByHandFollowsGitsContract() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-merge-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = MergeRepository.deal
        func write(_ name: String, _ text: String) { _ = FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data(text.utf8)) }
        write("base", base)
        write("ours", base.replacingOccurrences(of: "tags: [fleet]", with: "tags: [fleet, rotterdam]"))
        write("theirs", base.replacingOccurrences(of: "tags: [fleet]", with: "tags: [fleet, tender]"))
        let clean = try CLITests.run(["merge", "base", "ours", "theirs", "deals/acme.md"], in: folder)
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(clean.stdout == "")
        let merged = try String(contentsOf: folder.appendingPathComponent("ours"), encoding: .utf8)
        #expect(merged == base.replacingOccurrences(of: "tags: [fleet]", with: "tags: [fleet, rotterdam, tender]"))

        write("ours", base.replacingOccurrences(of: "stage: qualify", with: "stage: evaluate"))
        write("theirs", base.replacingOccurrences(of: "stage: qualify", with: "stage: propose"))
        let conflicted = try CLITests.run(["merge", "base", "ours", "theirs", "deals/acme.md"], in: folder)
        #expect(conflicted.status == 1)
        #expect(conflicted.stderr == "scrumsell merge: deals/acme.md: 1 conflict left, marked in the file\n")

        let missing = try CLITests.run(["merge", "base", "nowhere", "theirs"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot read"))
    }
}
