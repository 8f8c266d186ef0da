/// The probe of the ordinary path: it does nothing, so reading with it is reading unwatched
/// (and, by its `HistoryProbe` conformance in ScrumsellGit, so is a history pass).
public struct NoProbe: ReadProbe {
    public init() {}

    @inlinable public func lap(_ phase: PipelinePhase) {}
    @inlinable public func skip() {}
    @inlinable public func documentProbe() -> NoProbe { self }
    @inlinable public func documentFinished(_ probe: NoProbe) {}
}
