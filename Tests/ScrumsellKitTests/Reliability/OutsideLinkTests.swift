import Foundation
import Testing
@testable import ScrumsellKit

/// Item 3 of issue 19: links resolving inside the workspace (or its git repository) are
/// followed; links resolving outside are not read, and each is a diagnostic naming its target.
@Suite("Reliability: links out of the workspace", .timeLimit(.minutes(1)))
struct OutsideLinkTests {
    static func workspace() throws -> TestWorkspace {
        try TestWorkspace(files: ["deals/acme.md": TestWorkspace.healthyDeal, "sprints/2026-s47.md": TestWorkspace.healthySprint])
    }

    static func link(_ path: String, to destination: String, in workspace: TestWorkspace) throws {
        try FileManager.default.createSymbolicLink(atPath: workspace.url(path).path, withDestinationPath: destination)
    }

    /// A file outside every workspace, holding a line no excerpt may show.
    static func secret() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-secret-\(UUID().uuidString).md")
        try Data("root:x:0:0:secret\n".utf8).write(to: url)
        return url
    }

    @Test func aLinkToAFileOutsideIsNotReadAndSaysWhereItPoints() throws {
        let workspace = try Self.workspace()
        let secret = try Self.secret()
        defer { try? FileManager.default.removeItem(at: secret) }
        try Self.link("deals/x.md", to: secret.path, in: workspace)
        let report = workspace.check()
        let text = DiagnosticTextRenderer.render(report)
        #expect(!text.contains("root:x"))
        #expect(report.diagnostics.map { "\($0.location) \($0.code)" } == ["deals/x.md:1:1 file-link-outside"])
        #expect(report.diagnostics.first?.message == "the link points outside the workspace, to \(secret.resolvingSymlinksInPath().path); it is not read")
    }

    @Test func aConfigurationLinkedFromOutsideIsNotRead() throws {
        let workspace = try TestWorkspace(config: nil, files: ["deals/acme.md": TestWorkspace.healthyDeal])
        let secret = try Self.secret()
        defer { try? FileManager.default.removeItem(at: secret) }
        try Self.link("scrumsell.yml", to: secret.path, in: workspace)
        let report = workspace.check()
        // The deal's owner and stage are then unknown too: only the configuration's own diagnostic matters here.
        #expect(report.diagnostics.filter { $0.location.path == "scrumsell.yml" }.map { "\($0.location) \($0.code)" } == ["scrumsell.yml:1:1 file-link-outside"])
        #expect(!DiagnosticTextRenderer.render(report).contains("root:x"))
    }

    @Test func aSymlinkedTemplateOutsideIsNotUsed() throws {
        let workspace = try Self.workspace()
        let secret = try Self.secret()
        defer { try? FileManager.default.removeItem(at: secret) }
        try FileManager.default.createDirectory(at: workspace.url("templates"), withIntermediateDirectories: true)
        try Self.link("templates/standup.md.mustache", to: secret.path, in: workspace)
        let library = TemplateLibrary(workspaceRoot: workspace.root)
        #expect(library.template("standup")?.origin == .builtIn)
        #expect(library.refusals.map { "\($0.location) \($0.code)" } == ["templates/standup.md.mustache:1:1 file-link-outside"])
        let run = try BoundedRun.run(["standup", "-w", workspace.root.path, "--as-of", "2026-11-20"])
        #expect(!run.stdout.contains("root:x"))
        #expect(run.stderr.contains("templates/standup.md.mustache:1:1: error: the link points outside the workspace"))
    }

    @Test func aLinkToTheFileSystemRootIsNotWalked() throws {
        let workspace = try Self.workspace()
        try Self.link("deals/sub", to: "/", in: workspace)
        let diagnostics = WorkspaceReader.read(root: workspace.root).diagnostics
        #expect(diagnostics.map { "\($0.location) \($0.code) \($0.message)" } == ["deals/sub:1:1 file-link-outside the link points outside the workspace, to /; it is not read"])
    }

    @Test func linksInsideAreFollowedAndFolderCyclesListedOnce() throws {
        let workspace = try Self.workspace()
        try workspace.write("shared/beta.md", TestWorkspace.healthyDeal.replacingOccurrences(of: "Acme Corp", with: "Beta"))
        try Self.link("deals/beta.md", to: "../shared/beta.md", in: workspace)
        try Self.link("deals/again", to: "../deals", in: workspace)
        try Self.link("deals/again2", to: ".", in: workspace)
        let loaded = workspace.load()
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.deals.map(\.id).sorted() == ["acme", "beta"])
    }

    @Test func touchDoesNotWriteThroughALinkToAFileOutside() throws {
        let workspace = try Self.workspace()
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-outside-\(UUID().uuidString).md")
        try Data(TestWorkspace.healthyDeal.utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try Self.link("deals/outside.md", to: outside.path, in: workspace)
        let run = try BoundedRun.run(["touch", "outside", "-w", workspace.root.path, "--as-of", "2026-11-20"])
        #expect(run.exitedNormally)
        #expect(run.status != 0)
        #expect(try Data(contentsOf: outside) == Data(TestWorkspace.healthyDeal.utf8))
    }

    @Test func creatingAFileDoesNotFollowADanglingLink() throws {
        let workspace = try Self.workspace()
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-created-\(UUID().uuidString).md")
        try Self.link("deals/new.md", to: outside.path, in: workspace)
        let change = FileChange(path: "deals/new.md", url: workspace.url("deals/new.md"), original: nil, updated: Array("x\n".utf8))
        #expect(throws: SafeFileWriter.Failure.exists(path: "deals/new.md")) { try SafeFileWriter.write(change) }
        #expect(!FileManager.default.fileExists(atPath: outside.path))
    }
}
