import Foundation
import Testing
@testable import ScrumsellKit
#if canImport(Glibc)
import Glibc
#endif

/// Issue 19, item 6: an edit killed with SIGKILL leaves no partial file, and the next edit
/// removes the temporary file it may have left; a temporary file a live edit holds stays.
@Suite struct KillMidWriteTests {
    static func temporaryFiles(in workspace: TempWorkspace) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: workspace.root.appendingPathComponent("deals").path)
            .filter { SafeFileWriter.isTemporaryName($0) }
    }

    @Test func killedEditsLeaveWholeFilesAndTheNextEditCleansUp() throws {
        try #require(FileManager.default.isExecutableFile(atPath: EditCommandLineTests.binary.path), "scrumsell is built beside the tests")
        let workspace = try TempWorkspace(["deals/acme.md": ItemEditTests.deal])
        var generator = SystemRandomNumberGenerator()
        for round in 0..<40 {
            let before = workspace.text("deals/acme.md")
            let process = try ConcurrentEditTests.start(["touch", "acme", "Kill \(round)", "--as-of", "2026-11-20"], in: workspace.root)
            usleep(UInt32.random(in: 0...60_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let after = workspace.text("deals/acme.md")
            // Either untouched or the whole edit: never a part of it.
            #expect(after == before || (after.contains("Kill \(round)") && after.hasSuffix("\n")), "round \(round)")
        }
        // A temporary file as a killed writer leaves it, and the next edit.
        try workspace.write("deals/.acme.md.scrumsell-Ab12Cd", "half a fi")
        let next = try EditCommandLineTests().run(["touch", "acme", "After", "--as-of", "2026-11-20"], in: workspace.root)
        #expect(next.status == 0)
        #expect(try Self.temporaryFiles(in: workspace).isEmpty)
    }

    @Test func aTemporaryFileALiveEditHoldsIsKept() throws {
        let workspace = try TempWorkspace(["deals/acme.md": ItemEditTests.deal])
        let held = workspace.root.appendingPathComponent("deals/.acme.md.scrumsell-Xy34Zw")
        let abandoned = workspace.root.appendingPathComponent("deals/.acme.md.scrumsell-Qr56St")
        let other = workspace.root.appendingPathComponent("deals/.acme.md.keep-me")
        for url in [held, abandoned, other] { try Data("x".utf8).write(to: url) }
        let descriptor = open(held.path, O_RDONLY)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX) == 0)
        SafeFileWriter.removeAbandonedTemporaryFiles(in: held.deletingLastPathComponent())
        #expect(FileManager.default.fileExists(atPath: held.path))
        #expect(!FileManager.default.fileExists(atPath: abandoned.path))
        #expect(FileManager.default.fileExists(atPath: other.path))
    }
}
