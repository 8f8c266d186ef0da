import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program as a child process, its output thrown away, and measures it: wall
/// time and the child's peak resident memory (`ru_maxrss` from `wait4`).
///
/// Programs are not spawned from the benchmark itself but through a fresh, small copy of it
/// (`scrumsell-bench --measure-child PROGRAM ARGS…`) that spawns, waits and prints the
/// figures: `posix_spawn` starts a child in its parent's memory until it calls `exec`, and
/// Linux then counts the parent's peak memory into the child's `ru_maxrss`. Measured from
/// the benchmark, which holds whole workspaces in memory, every child would look as big.
package enum ChildProcess {
    /// The argument that makes the benchmark a measuring helper.
    package static let helperFlag = "--measure-child"

    struct Measurement {
        var status: Int32
        var wallNanoseconds: UInt64
        /// User plus system CPU time of the child, in nanoseconds.
        var cpuNanoseconds: UInt64
        /// Peak resident set size in bytes.
        var peakRSS: Int
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `arguments[0]` (a path) with the rest as arguments, its stdout and stderr thrown
    /// away, through the measuring helper.
    static func run(_ arguments: [String]) throws -> Measurement {
        let helper = [CommandLine.arguments[0].hasPrefix("/") ? CommandLine.arguments[0] : FileManager.default.currentDirectoryPath + "/" + CommandLine.arguments[0],
                      helperFlag] + arguments
        let output = Pipe()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, output.fileHandleForWriting.fileDescriptor, 1)
        var argv: [UnsafeMutablePointer<CChar>?] = helper.map { strdup($0) }
        argv.append(nil)
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, helper[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw Failure(description: "cannot run \(helper[0]): \(String(cString: strerror(spawned)))") }
        try? output.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw Failure(description: "waitpid failed: \(String(cString: strerror(errno)))") }
        }
        let fields = text.split(whereSeparator: \.isWhitespace)
        guard fields.count == 4, let exit = Int32(fields[0]), let wall = UInt64(fields[1]), let cpu = UInt64(fields[2]), let rss = Int(fields[3]) else {
            throw Failure(description: "the measuring helper failed for \(arguments.joined(separator: " ")): \(text)")
        }
        return Measurement(status: exit, wallNanoseconds: wall, cpuNanoseconds: cpu, peakRSS: rss)
    }

    /// The helper's work: runs the program and prints `status wall-ns cpu-ns peak-rss-bytes`.
    package static func measureAsHelper(_ arguments: [String]) -> Int32 {
        do {
            let measured = try spawnAndWait(arguments)
            print(measured.status, measured.wallNanoseconds, measured.cpuNanoseconds, measured.peakRSS)
            return 0
        } catch {
            print(error)
            return 1
        }
    }

    /// Spawns `arguments[0]` (a path) with the rest as arguments; stdout and stderr go to /dev/null.
    private static func spawnAndWait(_ arguments: [String]) throws -> Measurement {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw Failure(description: "cannot run \(arguments[0]): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw Failure(description: "wait4 failed: \(String(cString: strerror(errno)))") }
        }
        let wall = DispatchTime.now().uptimeNanoseconds - start
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        func nanoseconds(_ time: timeval) -> UInt64 { UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_usec) * 1000 }
        return Measurement(status: exitStatus, wallNanoseconds: wall, cpuNanoseconds: nanoseconds(usage.ru_utime) + nanoseconds(usage.ru_stime),
                           peakRSS: Int(usage.ru_maxrss) * 1024)
    }

    /// Runs a shell command line with bash.
    static func shell(_ command: String) throws -> Measurement {
        try run(["/bin/bash", "-c", command])
    }
}
