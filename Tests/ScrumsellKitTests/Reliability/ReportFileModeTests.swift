import Foundation
import Testing
@testable import ScrumsellKit
#if canImport(Glibc)
import Glibc
#endif

/// Item 4 of issue 19: a report written over a link, or as a new file, gets `0666` less the
/// umask; a replaced regular file keeps its permission bits but not setuid, setgid or sticky.
@Suite("Reliability: the mode of written reports", .serialized)
struct ReportFileModeTests {
    static func mode(_ url: URL) -> (mode: mode_t, type: mode_t) {
        var info = stat()
        lstat(url.path, &info)
        return (info.st_mode & 0o7777, info.st_mode & S_IFMT)
    }

    /// Runs `body` under umask 022, restoring the one before.
    @discardableResult
    static func withUmask022<T>(_ body: () throws -> T) rethrows -> T {
        let saved = umask(0o022)
        defer { umask(saved) }
        return try body()
    }

    @Test func aReportOverALinkReplacesTheLinkWithAFileOf0644() throws {
        let workspace = try TestWorkspace()
        let elsewhere = workspace.url("elsewhere.md")
        try workspace.write("elsewhere.md", "kept\n")
        try FileManager.default.createDirectory(at: workspace.url("reports"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: workspace.url("reports/index.md").path, withDestinationPath: elsewhere.path)
        let outcome = try Self.withUmask022 { try FileUpdate.write("# Index\n", to: workspace.url("reports/index.md")) }
        #expect(outcome == .updated)
        #expect(Self.mode(workspace.url("reports/index.md")) == (0o644, S_IFREG))
        #expect(try String(contentsOf: elsewhere, encoding: .utf8) == "kept\n")
    }

    @Test func aNewReportGets0666LessTheUmask() throws {
        let workspace = try TestWorkspace()
        // 022, the usual umask: `SafeFileWriter` sets it for an instant to read it, so another would race with tests running beside.
        try Self.withUmask022 { try FileUpdate.write("# Report\n", to: workspace.url("out/report.md")) }
        #expect(Self.mode(workspace.url("out/report.md")) == (0o644, S_IFREG))
    }

    @Test func aReplacedReportKeepsItsPermissionsButNotSetuid() throws {
        let workspace = try TestWorkspace()
        let url = workspace.url("report.md")
        try workspace.write("report.md", "old\n")
        #expect(chmod(url.path, 0o4750) == 0)
        try Self.withUmask022 { try FileUpdate.write("new\n", to: url) }
        #expect(Self.mode(url) == (0o750, S_IFREG))
        #expect(try String(contentsOf: url, encoding: .utf8) == "new\n")
    }

    @Test func buildOverALinkedIndexWritesARegularFile() throws {
        let workspace = try TestWorkspace(files: ["deals/acme.md": TestWorkspace.healthyDeal, "sprints/2026-s47.md": TestWorkspace.healthySprint])
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-index-\(UUID().uuidString).md")
        try Data("kept\n".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createDirectory(at: workspace.url("reports"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: workspace.url("reports/index.md").path, withDestinationPath: outside.path)
        let run = try Self.withUmask022 { try BoundedRun.run(["build", "-w", workspace.root.path, "--as-of", "2026-11-20"]) }
        #expect(run.exitedNormally && run.status == 0, "\(run.stderr)")
        #expect(Self.mode(workspace.url("reports/index.md")) == (0o644, S_IFREG))
        #expect(try String(contentsOf: outside, encoding: .utf8) == "kept\n")
    }
}
