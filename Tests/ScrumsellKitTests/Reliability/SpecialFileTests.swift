import Foundation
import Testing
@testable import ScrumsellKit
#if canImport(Glibc)
import Glibc
#endif

/// Item 2 of issue 19: only regular files are read. A FIFO, a device or a file past
/// `max_file_bytes` is a located diagnostic, never a hang or a read without end.
@Suite("Reliability: special and oversized files", .timeLimit(.minutes(1)))
struct SpecialFileTests {
    static func workspace(config: String = TestWorkspace.config) throws -> TestWorkspace {
        try TestWorkspace(config: config, files: ["deals/acme.md": TestWorkspace.healthyDeal, "sprints/2026-s47.md": TestWorkspace.healthySprint])
    }

    @Test func aFIFONamedLikeADealIsADiagnosticNotAHang() throws {
        let workspace = try Self.workspace()
        #expect(mkfifo(workspace.url("deals/pipe.md").path, 0o644) == 0)
        // In a child process, killed at the bound: a hang fails this test only.
        let check = try BoundedRun.run(["check", "-w", workspace.root.path, "--as-of", "2026-11-20"])
        #expect(check.exitedNormally)
        #expect(check.stdout.contains("deals/pipe.md:1:1: error: the entry is a FIFO (named pipe), not a regular file; it is not read [file-not-regular]"))
        let touch = try BoundedRun.run(["touch", "acme", "-w", workspace.root.path, "--as-of", "2026-11-20"])
        #expect(touch.exitedNormally)
        #expect(touch.status == 0, "\(touch.stderr)")
    }

    @Test func aFIFOIsRefusedOnItsOpenDescriptor() throws {
        let workspace = try Self.workspace()
        let path = workspace.url("deals/pipe.md").path
        #expect(mkfifo(path, 0o644) == 0)
        // Whatever the listing said, reading never blocks on a FIFO.
        #expect(FileBytes.read(path) == .refused(.notRegular(kind: "a FIFO (named pipe)")))
    }

    @Test func aLinkToADeviceInsideTheWorkspaceIsNotRead() throws {
        let workspace = try Self.workspace()
        // /dev/zero is outside the workspace: refused as a link out of it, never opened.
        try FileManager.default.createSymbolicLink(atPath: workspace.url("deals/zero.md").path, withDestinationPath: "/dev/zero")
        let diagnostics = WorkspaceReader.read(root: workspace.root).diagnostics
        #expect(diagnostics.map { "\($0.location) \($0.code)" } == ["deals/zero.md:1:1 file-link-outside"])
        #expect(FileBytes.read("/dev/zero") == .refused(.notRegular(kind: "a character device")))
    }

    @Test func aFIFOAsTheConfigurationIsADiagnostic() throws {
        let workspace = try TestWorkspace(config: nil, files: ["deals/acme.md": TestWorkspace.healthyDeal])
        #expect(mkfifo(workspace.url("scrumsell.yml").path, 0o644) == 0)
        let diagnostics = WorkspaceReader.read(root: workspace.root).diagnostics
        #expect(diagnostics.map { "\($0.location) \($0.code)" } == ["scrumsell.yml:1:1 file-not-regular"])
    }

    @Test func aFileOverMaxFileBytesIsRefusedNotReadWhole() throws {
        let workspace = try Self.workspace(config: TestWorkspace.config + "max_file_bytes: 2048\n")
        try workspace.write("deals/big.md", TestWorkspace.healthyDeal + String(repeating: "- 2026-11-18 Call\n", count: 200))
        let loaded = workspace.load()
        #expect(loaded.diagnostics.map { "\($0.location) \($0.code)" } == ["deals/big.md:1:1 file-too-large"])
        #expect(loaded.diagnostics.first?.message.contains("more than max_file_bytes (2048)") == true)
        #expect(loaded.deals.map(\.id) == ["acme"])
    }

    @Test func theSizeLimitIsSixtyFourMebibytesByDefaultAndCheckedInTheConfig() throws {
        #expect(FileSizeLimit.defaultBytes == 64 * 1024 * 1024)
        let workspace = try Self.workspace(config: TestWorkspace.config + "max_file_bytes: 12\n")
        #expect(workspace.check().diagnostics.map { "\($0.location.path) \($0.code)" } == ["scrumsell.yml out-of-range"])
        // The refused value is not used: the default limit stands.
        #expect(FileSizeLimit.bytes(in: WorkspaceReader.read(root: workspace.root).configFields) == FileSizeLimit.defaultBytes)
    }
}
