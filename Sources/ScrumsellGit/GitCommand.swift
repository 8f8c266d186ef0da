import Dispatch
import Foundation

/// Runs the `git` command line with Foundation's `Process`: the only way Scrumsell talks
/// to git (no libgit2), so it reads exactly what the user's own `git` sees.
public struct GitCommand: Sendable {
    /// The `git` executable.
    public var executable: URL

    public init(executable: URL) {
        self.executable = executable
    }

    /// The `git` found on `PATH`, or `nil` when there is none.
    public static func onPath(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> GitCommand? {
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for folder in folders where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("git")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return GitCommand(executable: candidate) }
        }
        return nil
    }

    /// What a finished `git` run printed, and how it exited.
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: [UInt8]
        public var stderr: String

        public var succeeded: Bool { status == 0 }
        /// Standard output as text.
        public var text: String { String(decoding: stdout, as: UTF8.self) }
        /// The first line git printed on standard error, without its `fatal: ` / `error: ` label.
        public var reason: String {
            let line = stderr.split(separator: "\n").first.map(String.init) ?? "git exited with status \(status)"
            for label in ["fatal: ", "error: "] where line.hasPrefix(label) { return String(line.dropFirst(label.count)) }
            return line
        }
    }

    /// `git` could not be started at all.
    public struct LaunchFailure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Options every run carries so the user's configuration cannot change what Scrumsell parses.
    static let stableOptions = ["-c", "log.showSignature=false", "-c", "core.quotePath=false", "--no-pager", "--literal-pathspecs"]

    /// Runs `git ARGUMENTS` in `directory`, writing `input` to its standard input (on another
    /// thread, so a command that answers as it reads, like `cat-file --batch`, never blocks).
    public func run(_ arguments: [String], in directory: URL, input: [UInt8]? = nil,
                    environment extra: [String: String] = [:]) throws(LaunchFailure) -> Output {
        let running = try launch(arguments, in: directory, input: input, environment: extra)
        var output: [UInt8] = []
        output.reserveCapacity(1 << 20)
        readBlocks(running.stdout) { block in
            output.append(contentsOf: block)
            return true
        }
        return running.finish(stdout: output)
    }

    /// Runs `git ARGUMENTS` in `directory`, handing its standard output to `consume` block by
    /// block as it arrives. When `consume` returns false the pipe is closed, so git stops at
    /// its next write, and `stopped` says so (git's exit status then says it could not write):
    /// for reading a long log only as far as needed.
    func stream(_ arguments: [String], in directory: URL,
                consume: (ArraySlice<UInt8>) -> Bool) throws(LaunchFailure) -> (output: Output, stopped: Bool) {
        let running = try launch(arguments, in: directory, input: nil, environment: [:])
        var stopped = false
        readBlocks(running.stdout) { block in
            stopped = !consume(block)
            return !stopped
        }
        if stopped { try? running.stdout.close() }
        return (running.finish(stdout: []), stopped)
    }

    /// A started `git` whose standard output the caller reads.
    private struct Running {
        var process: Process
        var stdout: FileHandle
        /// Left when standard error is read to its end and the input written.
        var group: DispatchGroup
        var errorText: Collected
        /// Signalled when git has exited.
        var exited: DispatchSemaphore

        func finish(stdout: [UInt8]) -> Output {
            group.wait()
            exited.wait()
            return Output(status: process.terminationStatus, stdout: stdout, stderr: String(decoding: errorText.bytes, as: UTF8.self))
        }
    }

    private func launch(_ arguments: [String], in directory: URL, input: [UInt8]?,
                        environment extra: [String: String]) throws(LaunchFailure) -> Running {
        ignoreBrokenPipes
        let process = Process()
        process.executableURL = executable
        process.arguments = Self.stableOptions + arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        // Never block on a lock or write an index refresh while only reading.
        environment["GIT_OPTIONAL_LOCKS"] = "0"
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        // Whole blocks, not a flush per commit: a long `git log` read through a pipe costs both sides less.
        environment["GIT_FLUSH"] = "0"
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let stdout = Pipe(), stderr = Pipe()
        let stdin = input == nil ? nil : Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin ?? FileHandle.nullDevice
        // Not `waitUntilExit()`, which polls the run loop every 50 ms: a pass runs half a dozen gits.
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            throw LaunchFailure(description: "git cannot be started (\(executable.path)): \(error.localizedDescription)")
        }
        let group = DispatchGroup()
        let errorText = Collected()
        let errorHandle = stderr.fileHandleForReading
        blockingQueue("stderr").async(group: group) {
            errorText.bytes = [UInt8](errorHandle.readDataToEndOfFile())
        }
        if let stdin, let input {
            let writer = stdin.fileHandleForWriting
            blockingQueue("stdin").async(group: group) {
                // A git that exits early closes the pipe: the write fails quietly and the exit status tells.
                try? writer.write(contentsOf: Data(input))
                try? writer.close()
            }
        }
        return Running(process: process, stdout: stdout.fileHandleForReading, group: group, errorText: errorText, exited: exited)
    }
}

/// A queue of its own for work that blocks on a pipe until git is done with it.
///
/// A private serial queue always gets a thread; the global queue has only as many as there
/// are cores, and when those are all waiting for git (the readers of a split log, of the
/// `cat-file` batches) a task queued there waits until the pool notices, and git waits for it.
func blockingQueue(_ role: String) -> DispatchQueue {
    DispatchQueue(label: "scrumsell.git." + role)
}

/// Reads a pipe in large blocks until it closes or `body` returns false, handing each block
/// to `body` (a history pass reads tens of megabytes through pipes).
///
/// Git writes in small pieces (`cat-file --batch` writes every object twice: its header, then
/// its content), and a reader waiting in `read` is woken for each: 40,000 times for 20,000
/// file versions. Where the pipe can be made larger (Linux), a short pause after a small read
/// lets the writes pile up, so one read takes hundreds of them.
private func readBlocks(_ handle: FileHandle, _ body: (ArraySlice<UInt8>) -> Bool) {
    let descriptor = handle.fileDescriptor
    let batched = enlargePipe(descriptor)
    var block = [UInt8](repeating: 0, count: pipeCapacity)
    while true {
        let count = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count > 0 {
            guard body(block[0..<count]) else { return }
            if batched, count < pipeCapacity / 16 { usleep(500) }
        } else if count == 0 || errno != EINTR {
            return
        }
    }
}

/// The pipe size asked for: the most Linux gives without privileges by default.
private let pipeCapacity = 1 << 20

/// Makes the pipe hold `pipeCapacity` bytes; true when it does.
private func enlargePipe(_ descriptor: Int32) -> Bool {
    #if os(Linux)
    let setPipeSize: Int32 = 1031  // F_SETPIPE_SZ
    return fcntl(descriptor, setPipeSize, Int32(pipeCapacity)) >= Int32(pipeCapacity)
    #else
    return false
    #endif
}

/// Bytes one thread collects and another reads after waiting for it.
private final class Collected: @unchecked Sendable {
    // Written once before the group is left, read after `group.wait()`.
    var bytes: [UInt8] = []
}

/// Writing to a child that has exited must fail the write, not kill Scrumsell with SIGPIPE.
private let ignoreBrokenPipes: Void = {
    signal(SIGPIPE, SIG_IGN)
}()
