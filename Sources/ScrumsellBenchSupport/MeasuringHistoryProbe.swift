import ScrumsellKit

/// The probe the benchmark runs a history pass with: a stopwatch on the wall clock, the
/// process's CPU time and git's, and how many gits shared the log and the contents.
public final class MeasuringHistoryProbe: HistoryProbe, @unchecked Sendable {
    // The pass calls its probe from the thread that runs it, never from two at once.
    private var stopwatch = Stopwatch<HistoryPhase>(clock: .process)
    /// The `git log` processes the log was shared between (0 when there was no log to read).
    public private(set) var logProcesses = 0
    /// The `git cat-file` processes the contents were shared between.
    public private(set) var contentProcesses = 0

    /// A probe started now.
    public init() {}

    /// The time of each phase so far.
    public var times: PhaseTimes<HistoryPhase> { stopwatch.times }

    public func lap(_ phase: HistoryPhase) { stopwatch.lap(phase) }

    public func shared(_ phase: HistoryPhase, between processes: Int) {
        switch phase {
        case .log: logProcesses = processes
        case .contents: contentProcesses = processes
        default: break
        }
    }
}
