import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ScrumsellBase

/// Where a history pass spends its time, phase by phase: what the benchmark prints.
///
/// Opt-in, like `PhaseTimes`: only `HistoryReader.readMeasured` fills one in, so the
/// ordinary pass reads no clock. Each phase has its wall time, the CPU time of this
/// process (every thread) and the CPU time of the `git` processes that finished in it.
public struct HistoryPhaseTimes: Sendable, Equatable {
    /// The phases of a pass, in order.
    public enum Phase: Int, CaseIterable, Sendable, CustomStringConvertible {
        /// Finding the repository (`git rev-parse`).
        case locate
        /// Listing the commits and the files they changed (`git log --raw`, from both ends on
        /// two cores, after a `git rev-list` on more), and parsing that.
        case log
        /// Following each file back through the commits, renames included.
        case lineages
        /// The working copy's uncommitted changes (`git status`).
        case workingCopy
        /// Reading every version's content (`git cat-file --batch`).
        case contents
        /// Reading each version's fields: front-matter excerpts, YAML, models.
        case versions
        /// Putting the versions of each file together.
        case assemble

        public var description: String {
            switch self {
            case .locate: return "locate repository"
            case .log: return "git log + parse"
            case .lineages: return "file lineages"
            case .workingCopy: return "git status"
            case .contents: return "git cat-file"
            case .versions: return "read versions"
            case .assemble: return "assemble"
            }
        }
    }

    /// The time one phase took, in nanoseconds.
    public struct Time: Sendable, Equatable {
        /// Time on the clock.
        public var wall: UInt64 = 0
        /// CPU time of this process, summed over its threads.
        public var cpu: UInt64 = 0
        /// CPU time of the `git` processes that ended during the phase.
        public var gitCPU: UInt64 = 0

        public init() {}
    }

    private var times = [Time](repeating: Time(), count: Phase.allCases.count)
    /// The `git log` processes the log was shared between (0 when there was no log to read).
    public var logProcesses = 0
    /// The `git cat-file` processes the contents were shared between.
    public var contentProcesses = 0

    public init() {}

    /// The time spent in `phase`.
    public subscript(phase: Phase) -> Time {
        get { times[phase.rawValue] }
        set { times[phase.rawValue] = newValue }
    }

    /// Every phase's times added up.
    public var total: Time {
        times.reduce(into: Time()) { sum, time in
            sum.wall += time.wall
            sum.cpu += time.cpu
            sum.gitCPU += time.gitCPU
        }
    }
}

/// A stopwatch over the phases of one history pass that costs one branch when it is off.
package struct HistoryPhaseClock {
    let isEnabled: Bool
    private(set) var times = HistoryPhaseTimes()
    private var last: (wall: UInt64, cpu: UInt64, gitCPU: UInt64)

    init(enabled: Bool) {
        isEnabled = enabled
        last = enabled ? Self.reading() : (0, 0, 0)
    }

    /// Charges the time since the previous lap (or the start) to `phase`.
    mutating func lap(_ phase: HistoryPhaseTimes.Phase) {
        guard isEnabled else { return }
        let now = Self.reading()
        times[phase].wall += now.wall - last.wall
        times[phase].cpu += now.cpu - last.cpu
        times[phase].gitCPU += now.gitCPU - last.gitCPU
        last = now
    }

    /// Keeps how many gits the log and the contents were shared between.
    mutating func note(logProcesses: Int? = nil, contentProcesses: Int? = nil) {
        guard isEnabled else { return }
        if let logProcesses { times.logProcesses = logProcesses }
        if let contentProcesses { times.contentProcesses = contentProcesses }
    }

    private static func reading() -> (wall: UInt64, cpu: UInt64, gitCPU: UInt64) {
        var own = rusage(), children = rusage()
        #if canImport(Glibc)
        getrusage(RUSAGE_SELF.rawValue, &own)
        getrusage(RUSAGE_CHILDREN.rawValue, &children)
        #else
        getrusage(RUSAGE_SELF, &own)
        getrusage(RUSAGE_CHILDREN, &children)
        #endif
        func nanoseconds(_ usage: rusage) -> UInt64 {
            let microseconds = Int64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1_000_000
                + Int64(usage.ru_utime.tv_usec) + Int64(usage.ru_stime.tv_usec)
            return UInt64(microseconds) * 1_000
        }
        return (PhaseTimes.now(), nanoseconds(own), nanoseconds(children))
    }
}
