import Foundation
import Testing
@testable import ScrumsellKit

/// Issue 19, item 5: two edits of the same deal at once both land. Each round runs the real
/// CLI as two child processes started together; every edit that exits 0 must be in the file.
@Suite struct ConcurrentEditTests {
    static let rounds = 100

    /// Starts `scrumsell` with `arguments` in `folder`; the caller waits for it.
    static func start(_ arguments: [String], in folder: URL) throws -> Process {
        let process = Process()
        process.executableURL = EditCommandLineTests.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func twoEditsAtOnceLoseNothing() throws {
        try #require(FileManager.default.isExecutableFile(atPath: EditCommandLineTests.binary.path), "scrumsell is built beside the tests")
        let workspace = try TempWorkspace(["deals/acme.md": ItemEditTests.deal])
        var lost: [String] = []
        for round in 0..<Self.rounds {
            // The three pairs of the issue, taking turns: touch + touch, touch + item add, item add + item add.
            let first = round % 3 == 2 ? ["item", "add", "acme", "Task A\(round)"] : ["touch", "acme", "Note A\(round)"]
            let second = round % 3 == 0 ? ["touch", "acme", "Note B\(round)"] : ["item", "add", "acme", "Task B\(round)"]
            let processes = try [first, second].map { try Self.start($0 + ["--as-of", "2026-11-20"], in: workspace.root) }
            processes.forEach { $0.waitUntilExit() }
            let text = workspace.text("deals/acme.md")
            for (arguments, process) in zip([first, second], processes) where process.terminationStatus == 0 {
                if !text.contains(arguments[arguments.count - 1]) { lost.append("round \(round): \(arguments.joined(separator: " "))") }
            }
            #expect(processes.allSatisfy { $0.terminationStatus == 0 }, "round \(round): both edits succeed, one after the other")
        }
        #expect(lost.isEmpty, "edits that exited 0 but are not in the file: \(lost)")
    }

    @Test func aSecondEditWaitsForTheLockAndGivesUpWithAMessage() throws {
        let workspace = try TempWorkspace(["deals/acme.md": ItemEditTests.deal])
        let started = ContinuousClock.now
        let result = try WorkspaceLock.holding(workspace.root) { () -> String in
            do {
                try WorkspaceLock.holding(workspace.root, timeout: .milliseconds(200)) {}
                return "taken twice"
            } catch let failure as WorkspaceLock.Failure {
                return failure.description
            }
        }
        #expect(result.hasPrefix("another scrumsell edit of \(workspace.root.path) is still running"))
        #expect(ContinuousClock.now - started >= .milliseconds(200))
    }
}
