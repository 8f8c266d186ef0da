import Foundation
import Testing
@testable import ScrumsellKit

/// `check --staged` reads git's index, and the pre-commit hook `git-setup --hooks` installs runs it.
@Suite("check --staged and the pre-commit hook")
struct StagedCheckTests {
    static let good = GitFixture.deal(stage: "qualify", log: ["2026-11-02 First call."])
    /// The same deal with its front-matter left open at line 1.
    static let broken = "---\naccount: Acme Corp\n# Acme Corp\n"

    static func environment(_ fixture: GitFixture) -> [String: String] {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return ["PATH": CLITests.binary.deletingLastPathComponent().path + ":" + path, "GIT_CONFIG_NOSYSTEM": "1", "HOME": fixture.top.path,
                "GIT_AUTHOR_DATE": "2026-11-10T12:00:00+00:00", "GIT_COMMITTER_DATE": "2026-11-10T12:00:00+00:00"]
    }

    @Test func theIndexIsCheckedNotTheWorkingCopy() throws {
        let fixture = try GitFixture(workspaceFolder: "sales")
        fixture.write("deals/acme.md", Self.good)
        try fixture.commit("Acme", on: "2026-11-02")
        fixture.write("deals/acme.md", Self.broken)
        try fixture.run("add", "deals/acme.md")
        // Fixed in the working copy, not staged: the commit would still record the broken file.
        fixture.write("deals/acme.md", Self.good)
        // Not staged at all: not part of the commit.
        fixture.write("deals/draft.md", Self.broken)

        let plain = try CLITests.run(["check", "--as-of", "2026-11-10"], in: fixture.workspace)
        #expect(CLITests.headlines(plain.stdout).contains("deals/draft.md:1:1: error: the front-matter is never closed [front-matter-unclosed]"))
        let staged = try CLITests.run(["check", "--staged", "--as-of", "2026-11-10"], in: fixture.workspace)
        #expect(staged.status == 1)
        #expect(CLITests.headlines(staged.stdout) == ["deals/acme.md:1:1: error: the front-matter is never closed [front-matter-unclosed]"])
        #expect(staged.stdout.contains(" 1 | ---\n"))
        #expect(staged.stdout.hasSuffix("1 error, 0 warnings in 2 files\n"))

        try fixture.run("add", "deals/acme.md")
        let fixed = try CLITests.run(["check", "--staged", "--as-of", "2026-11-10", "--format", "json"], in: fixture.workspace)
        #expect(fixed.status == 0, "\(fixed.stdout)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(fixed.stdout.utf8)) as? [String: Any])
        #expect((json["summary"] as? [String: Int])?["files"] == 2)
    }

    @Test func stagedOutsideARepositoryIsBadUsage() throws {
        let fixture = try GitFixture(makeRepository: false)
        let run = try CLITests.run(["check", "--staged", "-w", fixture.workspace.path], in: fixture.workspace)
        #expect(run.status == 2)
        #expect(run.stderr.contains("--staged reads git's index"))
    }

    @Test func anUnstagedConfigurationIsSaidSo() throws {
        let fixture = try GitFixture()
        fixture.write("deals/acme.md", Self.good)
        try fixture.run("add", "deals/acme.md")
        let run = try CLITests.run(["check", "--staged"], in: fixture.workspace)
        #expect(run.status == 2)
        #expect(run.stderr == "scrumsell: scrumsell.yml is not staged (git add scrumsell.yml): --staged checks what the next commit records\n")
    }

    @Test func theHookStopsACommitOfABrokenFile() throws {
        let fixture = try GitFixture(workspaceFolder: "sales")
        fixture.write("deals/acme.md", Self.good)
        try fixture.commit("Acme", on: "2026-11-02")
        let setup = try CLITests.run(["git-setup", "--hooks"], in: fixture.workspace)
        #expect(setup.status == 0, "\(setup.stderr)")
        #expect(setup.stdout.contains("wrote sales/.gitattributes: deals/*.md merge=scrumsell"))
        #expect(setup.stdout.contains("pre-commit: runs scrumsell check --staged"))
        let hook = fixture.top.appendingPathComponent(".git/hooks/pre-commit")
        #expect(FileManager.default.isExecutableFile(atPath: hook.path))
        #expect(try String(contentsOf: hook, encoding: .utf8).contains("exec scrumsell check --staged -w 'sales'"))

        fixture.write("deals/acme.md", Self.broken)
        try fixture.run("add", "-A", ".")
        let refused = try fixture.git.run(["commit", "-q", "-m", "Broken"], in: fixture.top, environment: Self.environment(fixture))
        #expect(!refused.succeeded)
        #expect((refused.text + refused.stderr).contains("deals/acme.md:1:1: error: the front-matter is never closed [front-matter-unclosed]"))

        fixture.write("deals/acme.md", Self.good.replacingOccurrences(of: "First call.", with: "First call with Maria."))
        try fixture.run("add", "-A", ".")
        let accepted = try fixture.git.run(["commit", "-q", "-m", "Fixed"], in: fixture.top, environment: Self.environment(fixture))
        #expect(accepted.succeeded, "\(accepted.text)\(accepted.stderr)")

        // Run again: the hook is ours, so it is replaced.
        #expect(try CLITests.run(["git-setup", "--hooks"], in: fixture.workspace).status == 0)
    }

    @Test func aHookOfTheUsersOwnIsNeverReplaced() throws {
        let fixture = try GitFixture()
        let hook = fixture.top.appendingPathComponent(".git/hooks/pre-commit")
        try FileManager.default.createDirectory(at: hook.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("#!/bin/sh\nmake lint\n".utf8).write(to: hook)
        let run = try CLITests.run(["git-setup", "--hooks"], in: fixture.workspace)
        #expect(run.status == 1)
        #expect(run.stderr.contains("was not written by scrumsell; add 'scrumsell check --staged' to it yourself"))
        #expect(try String(contentsOf: hook, encoding: .utf8) == "#!/bin/sh\nmake lint\n")
    }
}
