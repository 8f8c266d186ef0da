import Foundation
import Testing
@testable import ScrumsellKit

/// Runs the built `scrumsell` binary: exit statuses and output as a user sees them.
@Suite("scrumsell command line")
struct CLITests {
    /// The package root, found from this file.
    static let packageRoot = RepositoryPaths.root

    /// The `scrumsell` binary built beside the test bundle (`.build/debug/scrumsell`).
    static let binary = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("scrumsell")

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], in folder: URL = packageRoot) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting, so a full pipe never blocks the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The `path:line:col: severity: message [code]` lines of text output.
    static func headlines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { $0.range(of: #"^\S+:\d+:\d+: (error|warning): "#, options: .regularExpression) != nil }
    }

    @Test func binaryIsBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the package first: \(Self.binary.path)")
    }

    /// The fourth is the Eastport Grid item of sprint 2026-s43 its closed deal left behind (issue 14, friction 3).
    @Test func sampleWorkspacePassesWithTheFourIntendedWarnings() throws {
        let run = try Self.run(["check", "-w", "sample-workspace", "--as-of", "2026-11-20"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(Self.headlines(run.stdout).map { $0.replacingOccurrences(of: #": .*\["#, with: " [", options: .regularExpression) } == [
            "deals/polder-bakeries.md:41:1 [deal-next-steps]",
            "deals/rijnmond-haulage.md:12:15 [deal-gone-dark]",
            "deals/vandam-dairy.md:7:16 [deal-decision-date-passed]",
            "sprints/2026-s43.md:24:3 [deal-closed-open-item]",
        ])
        #expect(run.stdout.hasSuffix("\n0 errors, 4 warnings in 22 files\n"))
    }

    @Test func theSameFromInsideTheWorkspace() throws {
        let run = try Self.run(["check", "--as-of", "2026-11-20"], in: Self.packageRoot.appendingPathComponent("sample-workspace/deals"))
        #expect(run.status == 0)
        #expect(Self.headlines(run.stdout).count == 4)
    }

    @Test func jsonIsAVersionedDocument() throws {
        let run = try Self.run(["check", "-w", "sample-workspace", "--as-of", "2026-11-20", "--format", "json"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["version"] as? Int == 1)
        #expect(json["as_of"] as? String == "2026-11-20")
        #expect((json["summary"] as? [String: Int]) == ["errors": 0, "warnings": 4, "files": 22])
        let codes = (json["diagnostics"] as? [[String: Any]])?.compactMap { $0["code"] as? String }
        #expect(codes == ["deal-next-steps", "deal-gone-dark", "deal-decision-date-passed", "deal-closed-open-item"])
    }

    @Test func brokenWorkspaceExitsOne() throws {
        let folder = try BrokenWorkspace.make()
        let run = try Self.run(["check", "-w", folder.root.path, "--as-of", "2026-11-20"])
        #expect(run.status == 1)
        #expect(Self.headlines(run.stdout).count == folder.check().diagnostics.count)
        #expect(run.stdout.contains(" errors, "))
        let json = try Self.run(["check", "-w", folder.root.path, "--as-of", "2026-11-20", "--format", "json"])
        #expect(json.status == 1)
        #expect((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["version"] as? Int == 1)
    }

    @Test func oneFixtureExitsOne() throws {
        let fixture = FixtureTests.bundled.appendingPathComponent("yaml-syntax")
        let run = try Self.run(["check", "-w", fixture.path, "--as-of", "2026-11-20"])
        #expect(run.status == 1)
        #expect(run.stdout == (try String(contentsOf: fixture.appendingPathComponent("expected.txt"), encoding: .utf8)))
    }

    @Test func invalidAsOfIsBadUsage() throws {
        let run = try Self.run(["check", "-w", "sample-workspace", "--as-of", "2026-13-40"])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr == "scrumsell: --as-of must be a date written YYYY-MM-DD, got '2026-13-40'\n")
    }

    @Test func folderWithoutConfigIsBadUsage() throws {
        let empty = try TestWorkspace(config: nil)
        let explicit = try Self.run(["check", "-w", empty.root.path, "--as-of", "2026-11-20"])
        #expect(explicit.status == 2)
        #expect(explicit.stderr == "scrumsell: \(empty.root.path) is not a workspace: it has no scrumsell.yml\n")
        let searched = try Self.run(["check", "--as-of", "2026-11-20"], in: empty.root)
        #expect(searched.status == 2)
        #expect(searched.stderr.hasPrefix("scrumsell: no workspace found"))
        #expect(searched.stderr.split(separator: "\n").count == 1)
    }

    @Test func unknownOptionIsBadUsage() throws {
        let run = try Self.run(["check", "--colour"])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("scrumsell: "))
        let format = try Self.run(["check", "-w", "sample-workspace", "--format", "xml"])
        #expect(format.status == 2)
    }
}
