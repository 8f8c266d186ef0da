import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A stopwatch over phases: each lap charges the time since the previous one (or the start)
/// to a phase. The one stopwatch of the benchmark, for the reader's phases and the history
/// pass's alike.
public struct Stopwatch<Phase: RawRepresentable & CaseIterable & Sendable>: Sendable where Phase.RawValue == Int {
    /// What a stopwatch reads at each lap.
    public enum Clock: Sendable {
        /// The CPU time of the calling thread only (so that a busy machine does not inflate it):
        /// for work spread over threads, each with its own stopwatch.
        case threadCPU
        /// The wall clock, the CPU time of the whole process, and that of its ended children.
        case process
    }

    public let clock: Clock
    public private(set) var times = PhaseTimes<Phase>()
    private var last: PhaseTime

    /// A stopwatch started now.
    public init(clock: Clock) {
        self.clock = clock
        last = Self.read(clock)
    }

    /// Charges the time since the previous lap (or the start) to `phase`.
    public mutating func lap(_ phase: Phase) {
        let now = Self.read(clock)
        times[phase] = times[phase] + (now - last)
        last = now
    }

    /// Restarts the lap without charging anything (for time nobody should be charged).
    public mutating func skip() {
        last = Self.read(clock)
    }

    private static func read(_ clock: Clock) -> PhaseTime {
        switch clock {
        case .threadCPU:
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return PhaseTime(cpu: UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec))
        case .process:
            var own = rusage(), children = rusage()
            #if canImport(Glibc)
            getrusage(RUSAGE_SELF.rawValue, &own)
            getrusage(RUSAGE_CHILDREN.rawValue, &children)
            #else
            getrusage(RUSAGE_SELF, &own)
            getrusage(RUSAGE_CHILDREN, &children)
            #endif
            return PhaseTime(wall: monotonicNanoseconds(), cpu: nanoseconds(own), childCPU: nanoseconds(children))
        }
    }

    private static func nanoseconds(_ usage: rusage) -> UInt64 {
        let microseconds = Int64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1_000_000
            + Int64(usage.ru_utime.tv_usec) + Int64(usage.ru_stime.tv_usec)
        return UInt64(microseconds) * 1_000
    }
}

/// A monotonic clock reading in nanoseconds, for the benchmark's wall times.
public func monotonicNanoseconds() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
