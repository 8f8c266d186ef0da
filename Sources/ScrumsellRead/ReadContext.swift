/// What a read is asked for: how much of each document (`scope`), and who watches it (`probe`).
public struct ReadContext<Probe: ReadProbe>: Sendable {
    /// How much of each document is read.
    public var scope: ReadScope
    /// Told where each phase of the read ends; `NoProbe` unless the read is being measured.
    public var probe: Probe

    public init(scope: ReadScope = .everything, probe: Probe) {
        self.scope = scope
        self.probe = probe
    }
}

extension ReadContext where Probe == NoProbe {
    /// A read of `scope`, unwatched.
    public init(scope: ReadScope = .everything) {
        self.init(scope: scope, probe: NoProbe())
    }
}
