import ScrumsellRead

/// Watches a history pass phase by phase: how the benchmark sees inside `HistoryReader`.
///
/// The reader calls it where each phase ends and says how many `git` processes shared the
/// log and the contents; what the probe does with that is its own affair. `NoProbe`, the
/// default, does nothing, and the reader being generic over its probe, the calls vanish
/// from the ordinary pass.
public protocol HistoryProbe: Sendable {
    /// The work since the previous call (or since the probe was made) was `phase`.
    func lap(_ phase: HistoryPhase)
    /// `processes` git processes shared the work of `phase` (`.log` or `.contents`).
    func shared(_ phase: HistoryPhase, between processes: Int)
}

extension NoProbe: HistoryProbe {
    @inlinable public func lap(_ phase: HistoryPhase) {}
    @inlinable public func shared(_ phase: HistoryPhase, between processes: Int) {}
}
