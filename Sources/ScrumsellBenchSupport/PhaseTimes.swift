/// How long one phase took, in nanoseconds: what a `Stopwatch` charges it with.
public struct PhaseTime: Sendable, Equatable {
    /// Time on the clock.
    public var wall: UInt64 = 0
    /// CPU time: of the calling thread or of the whole process, as the stopwatch's clock reads it.
    public var cpu: UInt64 = 0
    /// CPU time of the child processes (`git`) that ended during the phase.
    public var childCPU: UInt64 = 0

    public init(wall: UInt64 = 0, cpu: UInt64 = 0, childCPU: UInt64 = 0) {
        (self.wall, self.cpu, self.childCPU) = (wall, cpu, childCPU)
    }

    static func + (a: PhaseTime, b: PhaseTime) -> PhaseTime {
        PhaseTime(wall: a.wall + b.wall, cpu: a.cpu + b.cpu, childCPU: a.childCPU + b.childCPU)
    }

    static func - (a: PhaseTime, b: PhaseTime) -> PhaseTime {
        PhaseTime(wall: a.wall - b.wall, cpu: a.cpu - b.cpu, childCPU: a.childCPU - b.childCPU)
    }
}

/// Where the time of a command or of a history pass goes, phase by phase: what the
/// benchmark prints. Phases that run on several threads add up the time of every thread,
/// so their sum can exceed the wall time.
public struct PhaseTimes<Phase: RawRepresentable & CaseIterable & Sendable>: Sendable, Equatable where Phase.RawValue == Int {
    private var times = [PhaseTime](repeating: PhaseTime(), count: Phase.allCases.count)

    public init() {}

    /// The time spent in `phase`.
    public subscript(phase: Phase) -> PhaseTime {
        get { times[phase.rawValue] }
        set { times[phase.rawValue] = newValue }
    }

    /// Adds the times of `other`, phase by phase.
    public mutating func add(_ other: PhaseTimes) {
        for index in times.indices { times[index] = times[index] + other.times[index] }
    }

    /// Every phase's time added up.
    public var total: PhaseTime { times.reduce(PhaseTime(), +) }
}
