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
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let stdout = Pipe(), stderr = Pipe()
        let stdin = input == nil ? nil : Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin ?? FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw LaunchFailure(description: "git cannot be started (\(executable.path)): \(error.localizedDescription)")
        }
        let group = DispatchGroup()
        let errorText = Collected()
        let errorHandle = stderr.fileHandleForReading
        DispatchQueue.global().async(group: group) {
            errorText.bytes = [UInt8](errorHandle.readDataToEndOfFile())
        }
        if let stdin, let input {
            let writer = stdin.fileHandleForWriting
            DispatchQueue.global().async(group: group) {
                // A git that exits early closes the pipe: the write fails quietly and the exit status tells.
                try? writer.write(contentsOf: Data(input))
                try? writer.close()
            }
        }
        let output = readAll(stdout.fileHandleForReading)
        group.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: output, stderr: String(decoding: errorText.bytes, as: UTF8.self))
    }
}

/// Everything a pipe delivers until it closes, read in large blocks straight into one
/// buffer (a history pass reads tens of megabytes through pipes).
private func readAll(_ handle: FileHandle) -> [UInt8] {
    let descriptor = handle.fileDescriptor
    var bytes: [UInt8] = []
    bytes.reserveCapacity(1 << 20)
    var block = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count > 0 {
            bytes.append(contentsOf: block[0..<count])
        } else if count == 0 || errno != EINTR {
            break
        }
    }
    return bytes
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
