/// The probe of the ordinary path: it does nothing, so reading with it is reading unwatched.
public struct NoProbe: ReadProbe, HistoryProbe {
    public init() {}

    @inlinable public func lap(_ phase: PipelinePhase) {}
    @inlinable public func skip() {}
    @inlinable public func documentProbe() -> NoProbe { self }
    @inlinable public func documentFinished(_ probe: NoProbe) {}

    @inlinable public func lap(_ phase: HistoryPhase) {}
    @inlinable public func shared(_ phase: HistoryPhase, between processes: Int) {}
}
