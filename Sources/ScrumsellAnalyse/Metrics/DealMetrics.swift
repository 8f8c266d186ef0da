import ScrumsellBase
import ScrumsellModel

/// The deal figures of `scrumsell metrics` over one set of deals (the workspace's, or one
/// owner's): win rates, average won value, cycle length, pipeline velocity, stage conversion
/// and losses. Definitions in docs/metrics.md; a figure without data is `nil` and `notes`
/// holds the reason under the figure's JSON key.
public struct DealMetrics: Sendable, Codable, Equatable {
    public struct WinRate: Sendable, Codable, Equatable {
        /// won ÷ (won + lost + no-decision), by count.
        public var count: Double?
        /// The same with values.
        public var value: Double?
        /// won ÷ (won + lost).
        public var competitive: Double?
        /// no-decision ÷ (won + lost + no-decision).
        public var noDecision: Double?

        enum CodingKeys: String, CodingKey { case count, value, competitive, noDecision = "no_decision" }

        /// Every key, `null` when the rate has no data.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(count, forKey: .count)
            try container.encode(value, forKey: .value)
            try container.encode(competitive, forKey: .competitive)
            try container.encode(noDecision, forKey: .noDecision)
        }
    }

    public struct Velocity: Sendable, Codable, Equatable {
        public var perDay: Double?
        public var per30Days: Double?

        enum CodingKeys: String, CodingKey { case perDay = "per_day", per30Days = "per_30_days" }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(perDay, forKey: .perDay)
            try container.encode(per30Days, forKey: .per30Days)
        }
    }

    /// One stage's conversion: of the deals that left it in the window, how many went forward.
    public struct StageConversion: Sendable, Codable, Equatable {
        public var stage: String
        public var left: Int
        public var forward: Int
        /// forward ÷ left; `nil` when none left.
        public var rate: Double?
        /// The median days of the stays that ended in the window; `nil` when none did.
        public var medianDays: Double?

        enum CodingKeys: String, CodingKey { case stage, left, forward, rate, medianDays = "median_days" }

        public init(stage: String, left: Int, forward: Int, rate: Double?, medianDays: Double?) {
            self.stage = stage
            self.left = left
            self.forward = forward
            self.rate = rate
            self.medianDays = medianDays
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(stage, forKey: .stage)
            try container.encode(left, forKey: .left)
            try container.encode(forward, forKey: .forward)
            try container.encode(rate, forKey: .rate)
            try container.encode(medianDays, forKey: .medianDays)
        }
    }

    /// A name (competitor, reason) and how many lost deals give it.
    public struct Tally: Sendable, Codable, Equatable {
        public var name: String
        public var deals: Int

        public init(name: String, deals: Int) {
            self.name = name
            self.deals = deals
        }
    }

    public struct Losses: Sendable, Codable, Equatable {
        /// By `lost_to`, most first, then by name; `unknown` when absent.
        public var lostTo: [Tally]
        /// By `lost_reason`, most first, then by name; `unknown` when absent.
        public var lostReason: [Tally]
        /// The no-decision deals' ids, sorted.
        public var noDecision: [String]

        enum CodingKeys: String, CodingKey { case lostTo = "lost_to", lostReason = "lost_reason", noDecision = "no_decision" }
    }

    /// Deals closed in the window, by outcome, and the open deals (all of them).
    public struct Counts: Sendable, Codable, Equatable {
        public var won = 0, lost = 0, noDecision = 0, open = 0
        /// Won deals in the window whose opening is unknown (no `opened:`, no commit adding the file).
        public var wonWithoutOpening = 0

        enum CodingKeys: String, CodingKey {
            case won, lost, open
            case noDecision = "no_decision"
            case wonWithoutOpening = "won_without_opening"
        }
    }

    public var deals: Counts
    public var winRate: WinRate
    public var wonAverage: Double?
    public var cycleDays: Double?
    public var velocity: Velocity
    /// In the workspace's stage order; empty without git history (`notes["conversion"]` says so).
    public var conversion: [StageConversion]
    public var losses: Losses
    /// Figure (JSON key) → why it is `n/a`.
    public var notes: [String: String]

    enum CodingKeys: String, CodingKey {
        case deals, velocity, conversion, losses, notes
        case winRate = "win_rate"
        case wonAverage = "won_average"
        case cycleDays = "cycle_days"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(deals, forKey: .deals)
        try container.encode(winRate, forKey: .winRate)
        try container.encode(wonAverage, forKey: .wonAverage)
        try container.encode(cycleDays, forKey: .cycleDays)
        try container.encode(velocity, forKey: .velocity)
        try container.encode(conversion, forKey: .conversion)
        try container.encode(losses, forKey: .losses)
        try container.encode(notes, forKey: .notes)
    }

    /// What the figures need of one deal: its converted value and, from history, its opening day and stage stays.
    public struct Input: Sendable {
        public var deal: Deal
        public var value: Double
        public var opened: Day?
        public var timeline: DealTimeline?

        public init(deal: Deal, value: Double, opened: Day?, timeline: DealTimeline?) {
            self.deal = deal
            self.value = value
            self.opened = opened
            self.timeline = timeline
        }
    }

    /// The figures over `inputs`, for deals closed from `since` to `asOf`; `historyNote` is why
    /// there is no conversion when the history could not be read (`nil` when it was).
    public static func build(_ inputs: [Input], config: WorkspaceConfig, since: Day, asOf: Day, historyNote: String?) -> DealMetrics {
        var counts = Counts(), notes: [String: String] = [:]
        var wonValue = 0.0, lostValue = 0.0, noDecisionValue = 0.0, cycleTotal = 0, cycleCount = 0
        var lostTo: [String: Int] = [:], lostReason: [String: Int] = [:], noDecision: [String] = []
        func inWindow(_ day: Day?) -> Bool { day.map { $0 >= since && $0 <= asOf } ?? false }
        for input in inputs {
            let deal = input.deal
            switch deal.outcome {
            case .open:
                counts.open += 1
            case .won where inWindow(deal.closed):
                counts.won += 1
                wonValue += input.value
                if let opened = input.opened, let closed = deal.closed {
                    cycleTotal += max(0, opened.days(to: closed))
                    cycleCount += 1
                } else {
                    counts.wonWithoutOpening += 1
                }
            case .lost where inWindow(deal.closed):
                counts.lost += 1
                lostValue += input.value
                lostTo[deal.lostTo ?? "unknown", default: 0] += 1
                lostReason[deal.lostReason ?? "unknown", default: 0] += 1
            case .noDecision where inWindow(deal.closed):
                counts.noDecision += 1
                noDecisionValue += input.value
                noDecision.append(deal.id)
            default:
                continue
            }
        }

        let decided = counts.won + counts.lost + counts.noDecision
        var winRate = WinRate()
        if decided > 0 {
            winRate.count = Double(counts.won) / Double(decided)
            winRate.noDecision = Double(counts.noDecision) / Double(decided)
            let decidedValue = wonValue + lostValue + noDecisionValue
            if decidedValue > 0 { winRate.value = wonValue / decidedValue } else { notes["win_rate.value"] = "the deals closed have no value" }
        } else {
            notes["win_rate"] = "no deal closed in the window"
        }
        if counts.won + counts.lost > 0 {
            winRate.competitive = Double(counts.won) / Double(counts.won + counts.lost)
        } else if decided > 0 {
            notes["win_rate.competitive"] = "no deal won or lost in the window"
        }
        let wonAverage = counts.won > 0 ? wonValue / Double(counts.won) : nil
        if wonAverage == nil { notes["won_average"] = "no deal won in the window" }
        let cycleDays = cycleCount > 0 ? Double(cycleTotal) / Double(cycleCount) : nil
        if cycleDays == nil {
            notes["cycle_days"] = counts.won > 0 ? "no won deal has a known opening ('opened:' or the commit adding it)" : "no deal won in the window"
        }
        var velocity = Velocity()
        if let wonAverage, let rate = winRate.count, let cycleDays {
            if cycleDays > 0 {
                let perDay = Double(counts.open) * wonAverage * rate / cycleDays
                velocity = Velocity(perDay: perDay, per30Days: perDay * 30)
            } else {
                notes["velocity"] = "the average cycle length is 0 days"
            }
        } else {
            notes["velocity"] = "it needs the win rate, the average won value and the cycle length"
        }

        var conversion: [StageConversion] = []
        if let historyNote {
            notes["conversion"] = historyNote
        } else {
            conversion = stageConversion(inputs.compactMap(\.timeline), config: config, since: since, asOf: asOf)
        }

        func tallies(_ counts: [String: Int]) -> [Tally] {
            counts.map { Tally(name: $0.key, deals: $0.value) }.sorted { ($1.deals, $0.name) < ($0.deals, $1.name) }
        }
        return DealMetrics(deals: counts, winRate: winRate, wonAverage: wonAverage, cycleDays: cycleDays, velocity: velocity,
                           conversion: conversion,
                           losses: Losses(lostTo: tallies(lostTo), lostReason: tallies(lostReason), noDecision: noDecision.sorted()),
                           notes: notes)
    }

    /// For each stage (the workspace's, in order, then any other a deal left, by name): the stays
    /// that ended in the window, how many went to a later stage or to `won`, and their median days.
    static func stageConversion(_ timelines: [DealTimeline], config: WorkspaceConfig, since: Day, asOf: Day) -> [StageConversion] {
        var left: [String: [Int]] = [:], forward: [String: Int] = [:]
        for timeline in timelines {
            for (index, stay) in timeline.stages.enumerated() {
                guard let day = stay.left, day >= since, day <= asOf else { continue }
                left[stay.stage, default: []].append(stay.days)
                // Closing that day decides it: won is forward, lost and no-decision are not.
                if let closing = timeline.outcomeChanges.first(where: { $0.date == day && $0.from == .open }) {
                    if closing.to == .won { forward[stay.stage, default: 0] += 1 }
                } else if index + 1 < timeline.stages.count,
                          let from = config.stageIndex(stay.stage), let to = config.stageIndex(timeline.stages[index + 1].stage), to > from {
                    forward[stay.stage, default: 0] += 1
                }
            }
        }
        let others = left.keys.filter { config.stageIndex($0) == nil }.sorted()
        return (config.stages.map(\.id) + others).map { stage in
            let days = (left[stage] ?? []).sorted()
            let forwardCount = forward[stage] ?? 0
            return StageConversion(stage: stage, left: days.count, forward: forwardCount,
                                   rate: days.isEmpty ? nil : Double(forwardCount) / Double(days.count),
                                   medianDays: median(days))
        }
    }

    /// The middle value, or the mean of the two middle ones; `nil` for none. `sorted` is in order.
    static func median(_ sorted: [Int]) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : (Double(sorted[middle - 1]) + Double(sorted[middle])) / 2
    }
}
