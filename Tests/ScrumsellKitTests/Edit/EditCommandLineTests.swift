import Foundation
import Testing
@testable import ScrumsellKit

/// The editing commands end to end, through the `scrumsell` executable the test build makes:
/// exit statuses, `--dry-run`, refusals on stderr.
@Suite struct EditCommandLineTests {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    static var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("scrumsell")
    }

    func run(_ arguments: [String], in folder: URL) throws -> Run {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "scrumsell is built beside the tests")
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self))
    }

    @Test func dryRunPrintsADiffAndWritesNothing() throws {
        let workspace = try TempWorkspace(["deals/acme.md": ItemEditTests.deal])
        let run = try run(["item", "done", "acme", "demo", "--dry-run", "--as-of", "2026-11-20"], in: workspace.root)
        #expect(run.status == 0)
        #expect(run.output == """
        --- a/deals/acme.md
        +++ b/deals/acme.md
        @@ -17,8 +17,8 @@
         ## Backlog
         - [x] Proposal v1 @dana #proposal done:2026-11-10
         - [/] Security questionnaire @dana due:2026-11-28
        -- [ ] Reconciliation demo @leo #demo due:2026-11-25
        -  continued on a second line
        +- [x] Reconciliation demo @leo #demo due:2026-11-25
        +  continued on a second line done:2026-11-20
         
         ## Next steps
         1. [ ] Maria confirms the criteria @maria due:2026-11-24

        """)
        #expect(run.errors.hasSuffix("dry run: nothing was written\n"))
        #expect(workspace.text("deals/acme.md") == ItemEditTests.deal)
        // The diff applies with git from the workspace root.
        let patch = workspace.root.appendingPathComponent("change.patch")
        try Data(run.output.utf8).write(to: patch)
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "apply", "--check", patch.path]
        git.currentDirectoryURL = workspace.root
        try git.run()
        git.waitUntilExit()
        #expect(git.terminationStatus == 0)
    }

    @Test func refusalsExitOneWithTheReasonFirst() throws {
        let workspace = try TempWorkspace(["deals/acme.md": ItemEditTests.deal])
        let ambiguous = try run(["item", "done", "acme", "maria"], in: workspace.root)
        #expect(ambiguous.status == 1)
        #expect(ambiguous.errors == """
        scrumsell: 'maria' matches 2 items of deals/acme.md; give more of the text, or the line as :LINE
          deals/acme.md:15: [ ] Technical evaluation @maria due:2026-11-30
          deals/acme.md:24: [ ] Maria confirms the criteria @maria due:2026-11-24

        """)
        let gated = try run(["stage", "acme", "evaluate"], in: workspace.root)
        #expect(gated.status == 1)
        #expect(gated.errors.hasPrefix("scrumsell: deals/acme.md: cannot move from 'qualify' to 'evaluate'"))
        #expect(try run(["close", "acme", "lost"], in: workspace.root).status == 2)
        #expect(try run(["close", "acme", "maybe"], in: workspace.root).status == 2)
        #expect(workspace.text("deals/acme.md") == ItemEditTests.deal)
        let forced = try run(["stage", "acme", "evaluate", "--force", "--as-of", "2026-11-20"], in: workspace.root)
        #expect(forced.status == 0)
        #expect(forced.output == "deals/acme.md: stage: qualify → evaluate (forced)\ndeals/acme.md:31: - [ ] Demo given stage:evaluate\n")
    }

    @Test func aBrokenFileIsRefusedWithItsDiagnostic() throws {
        let broken = ItemEditTests.deal.replacingOccurrences(of: "owner: dana", with: "owner: [dana")
        let workspace = try TempWorkspace(["deals/acme.md": broken])
        let run = try run(["touch", "acme"], in: workspace.root)
        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("scrumsell: deals/acme.md has an error that must be fixed before the contact is recorded\ndeals/acme.md:3:8: error: invalid YAML"))
        // The unclosed bracket is pointed at where it opens.
        #expect(run.errors.contains(" 3 | owner: [dana\n   |        ^\n"))
    }

    @Test func initThenNewThenCheck() throws {
        let folder = try TempWorkspace().root
        let created = try run(["init", "team", "--as-of", "2026-11-20"], in: folder)
        #expect(created.status == 0)
        #expect(created.output.hasPrefix("new file scrumsell.yml\n"))
        #expect(try run(["init", "team"], in: folder).status == 1)
        let team = folder.appendingPathComponent("team")
        #expect(try run(["new", "deal", "Globex", "--stage", "qualify", "--as-of", "2026-11-20"], in: team).output == "new file deals/globex.md\n")
        #expect(try run(["new", "deal", "Globex"], in: team).status == 1)
        #expect(try run(["new", "sprint", "--as-of", "2026-11-20"], in: team).output == "new file sprints/2026-s49.md\n")
        #expect(try run(["log", "Globex wants a demo", "--kind", "win", "--who", "alex", "--as-of", "2026-11-20"], in: team).status == 0)
        let check = try run(["check", "--as-of", "2026-11-20"], in: team)
        #expect(check.status == 0, "\(check.output)")
    }
}
