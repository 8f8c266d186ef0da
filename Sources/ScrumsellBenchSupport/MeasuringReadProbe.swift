import Foundation
import ScrumsellKit

/// The probe the benchmark reads a workspace with: a stopwatch on the CPU clock of each
/// thread, one per document on the worker that reads it, whose times add up into `times`.
public final class MeasuringReadProbe: ReadProbe, @unchecked Sendable {
    // A probe is used on one thread at a time (see `ReadProbe`); only `totals` is shared, behind its lock.
    private var stopwatch = Stopwatch<PipelinePhase>(clock: .threadCPU)
    private let totals: Totals

    /// A probe started now, on the calling thread.
    public convenience init() {
        self.init(totals: Totals())
    }

    private init(totals: Totals) {
        self.totals = totals
    }

    /// The CPU time of each phase so far: this probe's, and that of every document finished.
    public var times: PhaseTimes<PipelinePhase> {
        var times = stopwatch.times
        times.add(totals.times)
        return times
    }

    public func lap(_ phase: PipelinePhase) { stopwatch.lap(phase) }

    public func skip() { stopwatch.skip() }

    public func documentProbe() -> MeasuringReadProbe { MeasuringReadProbe(totals: totals) }

    public func documentFinished(_ probe: MeasuringReadProbe) { totals.add(probe.stopwatch.times) }

    /// The times of the documents finished, added up from every worker thread.
    private final class Totals: @unchecked Sendable {
        private let lock = NSLock()
        private var added = PhaseTimes<PipelinePhase>()

        var times: PhaseTimes<PipelinePhase> { lock.withLock { added } }

        func add(_ times: PhaseTimes<PipelinePhase>) { lock.withLock { added.add(times) } }
    }
}
