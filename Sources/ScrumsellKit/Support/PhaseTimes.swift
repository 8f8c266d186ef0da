import Dispatch

/// Where the time of a command goes, phase by phase: what the benchmark prints.
///
/// Opt-in: the reader and loader fill one in only when asked to measure (`measured`
/// entry points), so the ordinary path reads no clock. Phases that run on several
/// threads add up the time of every thread, so their sum can exceed the wall time.
public struct PhaseTimes: Sendable, Equatable {
    /// The pipeline's phases, in order.
    public enum Phase: Int, CaseIterable, Sendable, CustomStringConvertible {
        /// Listing the document folders.
        case list
        /// Opening and reading files, and checking their bytes (UTF-8, binary, conflict markers).
        case readBytes
        /// Splitting the front-matter and parsing its YAML.
        case frontMatter
        /// Parsing the Markdown body with libcmark and building the outline.
        case outline
        /// Turning outlines and fields into models.
        case model
        /// Computing results from models (check rules, report figures).
        case analyse
        /// Turning results into text.
        case render

        public var description: String {
            switch self {
            case .list: return "list files"
            case .readBytes: return "read bytes"
            case .frontMatter: return "front-matter YAML"
            case .outline: return "cmark outline"
            case .model: return "model"
            case .analyse: return "analyse"
            case .render: return "render"
            }
        }
    }

    private var nanoseconds = [UInt64](repeating: 0, count: Phase.allCases.count)

    public init() {}

    /// Nanoseconds spent in `phase`.
    public subscript(phase: Phase) -> UInt64 {
        get { nanoseconds[phase.rawValue] }
        set { nanoseconds[phase.rawValue] = newValue }
    }

    /// Adds the times of `other`, phase by phase.
    public mutating func add(_ other: PhaseTimes) {
        for index in nanoseconds.indices { nanoseconds[index] += other.nanoseconds[index] }
    }

    /// The sum over every phase.
    public var total: UInt64 { nanoseconds.reduce(0, +) }

    /// A monotonic clock reading in nanoseconds.
    public static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
}

/// A stopwatch over phases that costs one branch when it is off.
public struct PhaseTimer: Sendable {
    public let isEnabled: Bool
    public private(set) var times = PhaseTimes()
    private var last: UInt64

    public init(enabled: Bool) {
        isEnabled = enabled
        last = enabled ? PhaseTimes.now() : 0
    }

    /// Charges the time since the previous lap (or the start) to `phase`.
    public mutating func lap(_ phase: PhaseTimes.Phase) {
        guard isEnabled else { return }
        let now = PhaseTimes.now()
        times[phase] += now - last
        last = now
    }

    /// Restarts the lap without charging anything (for time nobody should be charged).
    public mutating func skip() {
        guard isEnabled else { return }
        last = PhaseTimes.now()
    }
}

/// What reading and modelling a workspace cost, for the benchmark.
public struct ReadStatistics: Sendable {
    /// Files read, the configuration included.
    public var files = 0
    /// Bytes of every file read.
    public var bytes = 0
    /// Wall time of the serial steps: listing the folders (`.list`), reading the
    /// configuration (`.frontMatter`) and modelling (`.model`).
    public var wall = PhaseTimes()
    /// Time of the documents' phases (`.readBytes`, `.frontMatter`, `.outline`), summed over the threads that read them.
    public var threadTimes = PhaseTimes()
    /// Wall time of reading the documents on every core.
    public var documentsWall: UInt64 = 0

    public init() {}

    /// The time per phase as wall time: serial steps as measured, the documents' wall time
    /// shared among their phases in proportion to their thread time.
    public var wallByPhase: PhaseTimes {
        var result = wall
        let threadTotal = threadTimes.total
        guard threadTotal > 0 else { return result }
        for phase in PhaseTimes.Phase.allCases where threadTimes[phase] > 0 {
            result[phase] += UInt64(Double(documentsWall) * Double(threadTimes[phase]) / Double(threadTotal))
        }
        return result
    }
}
