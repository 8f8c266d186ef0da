import Foundation
import Testing
@testable import ScrumsellKit

@Suite("Workspace reader and locator")
struct WorkspaceReaderTests {
    @Test func listsEveryMarkdownFileSortedAndRecursively() throws {
        let workspace = try TestWorkspace(files: [
            "deals/b.md": TestWorkspace.healthyDeal,
            "deals/a.md": TestWorkspace.healthyDeal,
            "deals/2026/c.md": TestWorkspace.healthyDeal,
            "deals/.hidden.md": "x",
            "deals/notes.txt": "not markdown",
            "deals/.md": "no name",
            "sprints/2026-s47.md": TestWorkspace.healthySprint,
            "reports/ignored.md": "not read",
        ])
        let sources = WorkspaceReader.read(root: workspace.root)
        #expect(sources.documents.map(\.path) == ["deals/2026/c.md", "deals/a.md", "deals/b.md", "sprints/2026-s47.md"])
        #expect(sources.documents.map(\.id) == ["c", "a", "b", "2026-s47"])
        #expect(sources.documents.map(\.kind) == [.deal, .deal, .deal, .sprint])
        #expect(sources.diagnostics.isEmpty)
        #expect(sources.configFields?["name"]?.scalar == "Test Sales")
    }

    @Test func folderNamedMarkdownAndDanglingLink() throws {
        let workspace = try TestWorkspace(files: ["deals/a.md": TestWorkspace.healthyDeal])
        try FileManager.default.createDirectory(at: workspace.url("deals/folder.md"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: workspace.url("campaigns"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: workspace.url("campaigns/gone.md").path, withDestinationPath: "missing.md")
        let sources = WorkspaceReader.read(root: workspace.root)
        // Kinds are listed in order: deals, then campaigns.
        #expect(sources.diagnostics.map { "\($0.code) \($0.location)" } == [
            "file-is-folder deals/folder.md:1:1",
            "file-dangling-link campaigns/gone.md:1:1",
        ])
        #expect(sources.diagnostics[0].message == "'folder.md' is a folder, not a Markdown file")
        #expect(sources.diagnostics[1].message == "the link points to a file that does not exist")
        #expect(sources.documents.map(\.path) == ["deals/a.md"])
    }

    @Test func linkedFilesAndFoldersAreRead() throws {
        let workspace = try TestWorkspace(files: ["shared/a.md": TestWorkspace.healthyDeal])
        try FileManager.default.createDirectory(at: workspace.url("deals"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: workspace.url("deals/linked.md").path, withDestinationPath: "../shared/a.md")
        try FileManager.default.createSymbolicLink(atPath: workspace.url("deals/more").path, withDestinationPath: "../shared")
        // A link back up must not loop.
        try FileManager.default.createSymbolicLink(atPath: workspace.url("shared/loop").path, withDestinationPath: "..")
        let sources = WorkspaceReader.read(root: workspace.root)
        #expect(sources.documents.map(\.path).contains("deals/linked.md"))
        #expect(sources.documents.map(\.path).contains("deals/more/a.md"))
        #expect(sources.documents.allSatisfy { $0.isReadable })
    }

    @Test func brokenConfig() throws {
        let workspace = try TestWorkspace(config: "name: [unclosed\n")
        let sources = WorkspaceReader.read(root: workspace.root)
        #expect(sources.configFields == nil)
        #expect(sources.diagnostics.map { "\($0.code) \($0.location.path)" } == ["yaml-syntax scrumsell.yml"])
    }

    @Test func configThatIsNotAMapping() throws {
        let workspace = try TestWorkspace(config: "- a\n- b\n")
        let sources = WorkspaceReader.read(root: workspace.root)
        #expect(sources.diagnostics.map { "\($0.code) \($0.location)" } == ["front-matter-not-mapping scrumsell.yml:1:1"])
        #expect(sources.diagnostics[0].message == "the configuration is a list, not a set of 'key: value' fields")
    }

    @Test func configWithMergeConflictOrBinary() throws {
        let conflicted = try TestWorkspace(config: "name: A\n<<<<<<< HEAD\ncurrency: EUR\n=======\ncurrency: USD\n>>>>>>> b\n")
        #expect(WorkspaceReader.read(root: conflicted.root).diagnostics.codes == ["merge-conflict"])
        let binary = try TestWorkspace(config: nil)
        try binary.write("scrumsell.yml", bytes: [0x6E, 0x00, 0x01])
        #expect(WorkspaceReader.read(root: binary.root).diagnostics.codes == ["file-binary"])
    }

    @Test func locatorFindsTheNearestWorkspaceUpwards() throws {
        let workspace = try TestWorkspace(files: ["deals/2026/a.md": TestWorkspace.healthyDeal])
        let found = try WorkspaceLocator.locate(explicit: nil, from: workspace.url("deals/2026"))
        #expect(found.standardizedFileURL.path == workspace.root.standardizedFileURL.path)
        let explicit = try WorkspaceLocator.locate(explicit: workspace.root.path, from: URL(fileURLWithPath: "/"))
        #expect(explicit.path == workspace.root.standardizedFileURL.path)
    }

    @Test func locatorFailures() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(throws: WorkspaceLocator.Failure.self) { try WorkspaceLocator.locate(explicit: empty.path, from: empty) }
        #expect(throws: WorkspaceLocator.Failure.self) { try WorkspaceLocator.locate(explicit: nil, from: empty) }
        do {
            _ = try WorkspaceLocator.locate(explicit: "nowhere", from: empty)
        } catch {
            #expect("\(error)" == "nowhere is not a workspace: it has no scrumsell.yml")
        }
    }
}
