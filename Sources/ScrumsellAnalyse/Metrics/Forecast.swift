import ScrumsellBase
import ScrumsellModel

/// The forecast of the weekly report: the fiscal quarter holding the report's day and the
/// next one, over the deals the filter lets through.
public struct Forecast: Sendable, Codable, Equatable {
    public var current: QuarterForecast
    public var nextQuarter: QuarterForecast
    /// Deals left out because their currency has no rate in `rates:`, by id.
    public var unconverted: [String]
    /// With `--owner`: true when the person has neither their own `quota:` nor `pipeline_target:`,
    /// so no target is compared ("no target for this person").
    public var noPersonalTarget: Bool

    /// The forecast as of `day` over `deals`; with `owner`, that member's own quota and target.
    public static func build(_ deals: [Deal], config: WorkspaceConfig, asOf day: Day, owner: String? = nil) -> Forecast {
        var converted: [(deal: Deal, value: Double)] = [], unconverted: [String] = []
        converted.reserveCapacity(deals.count)
        var undated = QuarterForecast.Tally()
        for deal in deals {
            guard let value = deal.convertedValue(in: config) else {
                unconverted.append(deal.id)
                continue
            }
            converted.append((deal, value))
            if deal.isOpen, deal.decisionDate == nil, deal.forecastCategory(in: config) != .omitted { undated.add(value) }
        }
        var quota = config.quota, target = config.pipelineTarget, noPersonalTarget = false
        if let owner {
            let member = config.member(owner)
            quota = member?.quota
            target = member?.pipelineTarget
            noPersonalTarget = quota == nil && target == nil
        }
        let quarter = config.quarter(containing: day)
        return Forecast(
            current: .build(quarter, deals: converted, config: config, quota: quota, target: target, undated: undated),
            nextQuarter: .build(quarter.next, deals: converted, config: config, quota: quota, target: target, undated: undated),
            unconverted: unconverted.sorted(), noPersonalTarget: noPersonalTarget)
    }

    /// The JSON object `forecast`: the current quarter's keys with `next_quarter` beside them.
    public func encode(to encoder: Encoder) throws {
        try current.encode(to: encoder)
        var container = encoder.container(keyedBy: ExtraKeys.self)
        try container.encode(nextQuarter, forKey: .nextQuarter)
    }

    public init(from decoder: Decoder) throws {
        current = try QuarterForecast(from: decoder)
        nextQuarter = try decoder.container(keyedBy: ExtraKeys.self).decode(QuarterForecast.self, forKey: .nextQuarter)
        unconverted = []
        noPersonalTarget = false
    }

    init(current: QuarterForecast, nextQuarter: QuarterForecast, unconverted: [String], noPersonalTarget: Bool) {
        self.current = current
        self.nextQuarter = nextQuarter
        self.unconverted = unconverted
        self.noPersonalTarget = noPersonalTarget
    }

    enum ExtraKeys: String, CodingKey { case nextQuarter = "next_quarter" }
}

extension Forecast {
    /// One line for each thing the forecast leaves out or cannot compare.
    public var notes: [String] {
        var notes: [String] = []
        if !unconverted.isEmpty {
            let count = unconverted.count
            notes.append("\(count) deal\(count == 1 ? " is" : "s are") left out of the forecast: no rate for \(count == 1 ? "its" : "their") currency in 'rates:' (\(unconverted.joined(separator: ", "))).")
        }
        if noPersonalTarget { notes.append("No target for this person: attainment and coverage are not compared with the team's (set 'quota:' or 'pipeline_target:' on the member).") }
        return notes
    }
}
