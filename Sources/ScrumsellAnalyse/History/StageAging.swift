import ScrumsellBase
import ScrumsellModel

/// Open deals that have been in their stage much longer than deals usually are: longer
/// than 1.5 × the workspace's median time in that stage, the median taken over the
/// completed stays of all deals (a stay ends when the deal moves or closes).
public struct StageAging: Sendable, Codable, Equatable {
    /// How much longer than the median counts as aging.
    public static let factor = 1.5
    /// Completed stays a stage needs before its median is trusted.
    public static let minimumStays = 3

    /// The median time in one stage.
    public struct StageMedian: Sendable, Codable, Equatable {
        public var stage: String
        /// Completed stays the median is taken over (stays reaching past a shallow clone's horizon are left out).
        public var stays: Int
        public var medianDays: Double
        /// Open deals in the stage for longer than this are aging; `nil` with fewer than `minimumStays` stays.
        public var agingAfterDays: Double?

        enum CodingKeys: String, CodingKey {
            case stage, stays
            case medianDays = "median_days"
            case agingAfterDays = "aging_after_days"
        }
    }

    /// An open deal in its stage for longer than the stage's aging limit.
    public struct AgedDeal: Sendable, Codable, Equatable {
        public var deal: String
        public var account: String
        public var stage: String
        public var since: Day
        public var days: Int
        public var medianDays: Double
        /// True when the deal was in the stage already where a shallow clone's history starts (`days` is at least this).
        public var sinceBeforeHorizon: Bool

        enum CodingKeys: String, CodingKey {
            case deal, account, stage, since, days
            case medianDays = "median_days"
            case sinceBeforeHorizon = "since_before_horizon"
        }
    }

    /// Every stage with completed stays: the workspace's stages in order, then any others by name.
    public var medians: [StageMedian]
    /// Longest-aging first (days over the limit, relative to the median).
    public var aged: [AgedDeal]

    /// Medians over the stays of every deal in `timelines`; aging among the open deals of `deals`.
    public init(timelines: [DealTimeline], deals: [Deal], config: WorkspaceConfig) {
        var stays: [String: [Int]] = [:]
        for timeline in timelines {
            for stay in timeline.stages where !stay.isCurrent && !stay.enteredBeforeHorizon {
                stays[stay.stage, default: []].append(stay.days)
            }
        }
        let order = config.stages.map(\.id)
        let stages = stays.keys.sorted { (order.firstIndex(of: $0) ?? order.count, $0) < (order.firstIndex(of: $1) ?? order.count, $1) }
        medians = stages.map { stage in
            let days = stays[stage]!
            let median = Self.median(days)
            return StageMedian(stage: stage, stays: days.count, medianDays: median,
                               agingAfterDays: days.count >= Self.minimumStays ? median * Self.factor : nil)
        }
        let limits = Dictionary(uniqueKeysWithValues: medians.compactMap { median in median.agingAfterDays.map { (median.stage, (median.medianDays, $0)) } })
        let open = Set(deals.filter(\.isOpen).map(\.id))
        aged = timelines.compactMap { timeline in
            guard open.contains(timeline.deal), let stay = timeline.currentStay, let (median, limit) = limits[stay.stage],
                  Double(stay.days) > limit else { return nil }
            return AgedDeal(deal: timeline.deal, account: timeline.account, stage: stay.stage, since: stay.entered, days: stay.days,
                            medianDays: median, sinceBeforeHorizon: stay.enteredBeforeHorizon)
        }
        .sorted { (Double($1.days) / max($1.medianDays, 1), $0.deal) < (Double($0.days) / max($0.medianDays, 1), $1.deal) }
    }

    /// The median of `values`: the middle one, or the mean of the two middle ones.
    package static func median(_ values: [Int]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }
}
