import Dispatch
import Foundation

extension GitLogReader {
    /// The log of the first-parent line read from both ends at once, by two `git log`
    /// processes: one from HEAD back, one (`--reverse`) from the first commit forward, each
    /// parsed as it arrives and both stopped where they meet. Two cores share git's work
    /// however busy each one is, and nothing has to list the commits first. The entries, in
    /// order, are what one `git log` prints: each commit is compared with its first parent
    /// whichever way the line is walked.
    static func readFromBothEnds(in directory: URL, git: GitCommand) throws(HistoryUnavailable) -> [GitLogEntry] {
        let meeting = LogMeeting()
        let forward = arguments(paths: [])
        let backward = forward.dropLast() + ["--reverse", "HEAD"]
        let group = DispatchGroup()
        let older = LogSideOutcome()
        blockingQueue("log-reverse").async(group: group) {
            older.result = Result { () throws(HistoryUnavailable) in try stream(git, Array(backward), in: directory, side: .fromFirstCommit, into: meeting) }
        }
        let newer = Result { () throws(HistoryUnavailable) in try stream(git, forward, in: directory, side: .fromHead, into: meeting) }
        group.wait()
        try newer.get()
        try older.result?.get()
        return meeting.entries
    }

    /// Bytes of log parsed at once (git writes a few kilobytes at a time): about a hundred
    /// entries, so the two sides overshoot where they meet by little.
    private static let parseBatch = 32 * 1024

    /// Runs one of the two logs, handing its entries to `meeting` as they arrive until the
    /// other side has them.
    private static func stream(_ git: GitCommand, _ arguments: [String], in directory: URL, side: LogMeeting.Side,
                               into meeting: LogMeeting) throws(HistoryUnavailable) {
        var pending: [UInt8] = []
        let run: (output: GitCommand.Output, stopped: Bool)
        do {
            run = try git.stream(arguments, in: directory) { block in
                pending += block
                // A few hundred entries at a time, whole ones only: up to the start of the last
                // one, which may go on in the next block.
                guard pending.count >= parseBatch, let last = pending.lastIndex(of: 0x1E), last > 0 else { return true }
                let entries = parse(pending[..<last])
                pending.removeFirst(last)
                return meeting.add(entries, from: side)
            }
        } catch {
            throw .gitMissing
        }
        if run.stopped { return }
        guard run.output.succeeded else { throw .gitFailed(run.output.reason) }
        _ = meeting.add(parse(pending[...]), from: side)
    }
}

/// Where the two ends of a log read at once meet: every commit is kept by the side that
/// reached it first, and the first commit one side finds the other already has ends both.
private final class LogMeeting: @unchecked Sendable {
    enum Side: Int {
        case fromHead, fromFirstCommit
    }

    // Guarded by `lock`.
    private let lock = NSLock()
    private var sides: [[GitLogEntry]] = [[], []]
    private var owners: [String: Side] = [:]
    private var met = false

    /// Adds the next entries one side read, in its order; false once the sides have met.
    func add(_ entries: [GitLogEntry], from side: Side) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        for entry in entries {
            if met { break }
            if let owner = owners[entry.commit.sha], owner != side {
                met = true
            } else {
                owners[entry.commit.sha] = side
                sides[side.rawValue].append(entry)
            }
        }
        return !met
    }

    /// Newest first: the commits from HEAD, then the ones the other side read, turned round.
    var entries: [GitLogEntry] {
        lock.lock()
        defer { lock.unlock() }
        return sides[Side.fromHead.rawValue] + sides[Side.fromFirstCommit.rawValue].reversed()
    }
}

/// What the log read on another thread came to, read after waiting for it.
private final class LogSideOutcome: @unchecked Sendable {
    // Written once before the group is left, read after `group.wait()`.
    var result: Result<Void, HistoryUnavailable>?
}
