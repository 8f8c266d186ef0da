import Foundation
import Testing
@testable import ScrumsellKit

/// `StagedWorkspace`: the index's version of the files a workspace reads, in a folder that goes
/// away with it.
@Suite("the staged workspace")
struct StagedWorkspaceTests {
    @Test func copiesTheStagedFilesTheReaderReadsAndRemovesThem() throws {
        let fixture = try GitFixture(workspaceFolder: "sales")
        fixture.write("deals/acme.md", "staged\n")
        fixture.write("deals/old/kade.md", "kade\n")
        fixture.write("notes.txt", "not read by a workspace\n")
        try fixture.run("add", "-A", ".")
        fixture.write("deals/acme.md", "working copy\n")
        fixture.write("deals/new.md", "untracked\n")
        try FileManager.default.createSymbolicLink(atPath: fixture.workspace.appendingPathComponent("deals/link.md").path, withDestinationPath: "acme.md")
        try fixture.run("add", "deals/link.md")

        var staged: StagedWorkspace? = try StagedWorkspace(workspace: fixture.workspace, git: fixture.git)
        let root = try #require(staged?.root)
        #expect(staged?.fileCount == 4)
        #expect(try String(contentsOf: root.appendingPathComponent("deals/acme.md"), encoding: .utf8) == "staged\n")
        #expect(try String(contentsOf: root.appendingPathComponent("deals/old/kade.md"), encoding: .utf8) == "kade\n")
        #expect(try String(contentsOf: root.appendingPathComponent("scrumsell.yml"), encoding: .utf8) == GitFixture.config)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: root.appendingPathComponent("deals/link.md").path) == "acme.md")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("notes.txt").path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("deals/new.md").path))
        staged = nil
        #expect(!FileManager.default.fileExists(atPath: root.path))
    }

    @Test func readsOnlyStageZeroRegularFilesAndSafePaths() {
        let listing = [
            "100644 1111111111111111111111111111111111111111 0\tdeals/a.md",
            "100644 2222222222222222222222222222222222222222 2\tdeals/b.md",
            "160000 3333333333333333333333333333333333333333 0\tdeals/sub",
            "120000 4444444444444444444444444444444444444444 0\tdeals/link.md",
            "100644 5555555555555555555555555555555555555555 0\tdeals/../../escape.md",
        ].joined(separator: "\u{0}") + "\u{0}"
        #expect(StagedWorkspace.entries(Array(listing.utf8)) == [
            StagedWorkspace.Entry(path: "deals/a.md", blob: "1111111111111111111111111111111111111111", isLink: false),
            StagedWorkspace.Entry(path: "deals/link.md", blob: "4444444444444444444444444444444444444444", isLink: true),
        ])
    }
}
