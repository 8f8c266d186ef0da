import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the time of a command goes, phase by phase: what the benchmark prints.
///
/// Opt-in: the reader and loader fill one in only when asked to measure (`measured`
/// entry points), so the ordinary path reads no clock. Times are CPU time of the thread
/// doing the work (so a busy machine does not inflate them); phases that run on several
/// threads add up the time of every thread, so their sum can exceed the wall time.
public struct PhaseTimes: Sendable, Equatable {
    /// The pipeline's phases, in order.
    public enum Phase: Int, CaseIterable, Sendable, CustomStringConvertible {
        /// Listing the document folders.
        case list
        /// Opening and reading files, and checking their bytes (UTF-8, binary, conflict markers).
        case readBytes
        /// Splitting the front-matter and parsing its YAML.
        case frontMatter
        /// Parsing the Markdown body (or the sections `ListScan` declines) with libcmark.
        case cmark
        /// Building the outline: the section and list scans, or the walk of cmark's tree; list entries, items, tokens.
        case outline
        /// Turning outlines and fields into models.
        case model
        /// Computing results from models (check rules, report figures).
        case analyse
        /// Turning results into text.
        case render

        public var description: String {
            switch self {
            case .list: return "list files"
            case .readBytes: return "read bytes"
            case .frontMatter: return "front-matter YAML"
            case .cmark: return "cmark parse"
            case .outline: return "outline walk"
            case .model: return "model"
            case .analyse: return "analyse"
            case .render: return "render"
            }
        }
    }

    private var nanoseconds = [UInt64](repeating: 0, count: Phase.allCases.count)

    public init() {}

    /// Nanoseconds spent in `phase`.
    public subscript(phase: Phase) -> UInt64 {
        get { nanoseconds[phase.rawValue] }
        set { nanoseconds[phase.rawValue] = newValue }
    }

    /// Adds the times of `other`, phase by phase.
    public mutating func add(_ other: PhaseTimes) {
        for index in nanoseconds.indices { nanoseconds[index] += other.nanoseconds[index] }
    }

    /// The sum over every phase.
    public var total: UInt64 { nanoseconds.reduce(0, +) }

    /// A monotonic clock reading in nanoseconds.
    public static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// The CPU time the calling thread has used, in nanoseconds.
    public static func threadCPU() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}

/// A stopwatch over phases, on the calling thread's CPU clock, that costs one branch when it is off.
public struct PhaseTimer: Sendable {
    public let isEnabled: Bool
    public private(set) var times = PhaseTimes()
    private var last: UInt64

    public init(enabled: Bool) {
        isEnabled = enabled
        last = enabled ? PhaseTimes.threadCPU() : 0
    }

    /// Charges the time since the previous lap (or the start) to `phase`.
    public mutating func lap(_ phase: PhaseTimes.Phase) {
        guard isEnabled else { return }
        let now = PhaseTimes.threadCPU()
        times[phase] += now - last
        last = now
    }

    /// Restarts the lap without charging anything (for time nobody should be charged).
    public mutating func skip() {
        guard isEnabled else { return }
        last = PhaseTimes.threadCPU()
    }
}

/// What reading and modelling a workspace cost, for the benchmark.
public struct ReadStatistics: Sendable {
    /// Files read, the configuration included.
    public var files = 0
    /// Bytes of every file read.
    public var bytes = 0
    /// CPU time per phase, summed over the threads that did the work.
    public var times = PhaseTimes()
    /// Wall time of reading the documents (on every core) and of modelling them.
    public var readWall: UInt64 = 0
    public var modelWall: UInt64 = 0

    public init() {}
}
