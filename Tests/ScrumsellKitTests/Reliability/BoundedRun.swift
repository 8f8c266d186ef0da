import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `scrumsell` as a child process, killed after a time bound: a hang or a trap
/// then fails one test instead of stopping the whole test run.
struct BoundedRun {
    var status: Int32
    /// Ended by a signal (SIGILL is a Swift trap) rather than an exit.
    var signalled: Bool
    /// Still running at the bound, and killed.
    var timedOut: Bool
    var stdout: String
    var stderr: String

    static func run(_ arguments: [String], seconds: Double = 20) throws -> BoundedRun {
        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = arguments
        process.currentDirectoryURL = FileManager.default.temporaryDirectory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        // Read on other threads, so a full pipe never blocks the child.
        let stdout = PipeText(out), stderr = PipeText(err)
        var timedOut = false
        if finished.wait(timeout: .now() + seconds) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
        }
        return BoundedRun(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal, timedOut: timedOut,
                          stdout: stdout.text(), stderr: stderr.text())
    }

    /// Ended by itself, by an exit (not a trap, not the bound's kill).
    var exitedNormally: Bool { !signalled && !timedOut }
}

/// Everything written to a pipe, read to its end on another thread.
private final class PipeText: @unchecked Sendable {
    private let done = DispatchGroup()
    // Written once on the reading thread before `done` leaves, read only after waiting on it.
    private var data = Data()

    init(_ pipe: Pipe) {
        done.enter()
        Thread.detachNewThread { [self] in
            data = pipe.fileHandleForReading.readDataToEndOfFile()
            done.leave()
        }
    }

    func text() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}
