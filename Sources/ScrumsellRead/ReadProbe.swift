/// Watches reading and modelling a workspace phase by phase: how the benchmark sees inside
/// `WorkspaceLoader` and `DocumentReader`.
///
/// The reader calls it where each phase ends; what the probe does with that is its own
/// affair. `NoProbe`, the default, does nothing, and the reader being generic over its
/// probe, the calls vanish from the ordinary path.
///
/// A probe serves one thread. Documents are read on worker threads: each gets a probe of
/// its own, made on the thread that reads it (`documentProbe()`) and handed back there when
/// the document is modelled (`documentFinished(_:)`).
public protocol ReadProbe: Sendable {
    /// The work since the previous call (or since the probe was made) was `phase`.
    func lap(_ phase: PipelinePhase)
    /// The work since the previous call belongs to no phase.
    func skip()
    /// A probe for one document read on the calling thread.
    func documentProbe() -> Self
    /// Takes back the probe of a document read and modelled on the calling thread.
    func documentFinished(_ probe: Self)
}
