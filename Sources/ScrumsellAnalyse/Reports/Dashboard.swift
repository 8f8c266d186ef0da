import ScrumsellBase
import ScrumsellModel

/// The figures of the site's dashboard (`index.html` of `build`) as of a day: the open pipeline
/// by stage, the deals needing attention, the points of the sprints running, the velocity of
/// every sprint begun, the campaign funnel of the weekly report's campaigns, and the decisions
/// due in each of the next eight weeks.
public struct Dashboard: Sendable, Codable, Equatable {
    /// A sprint's points: committed, done, and what is left.
    public struct SprintPoints: Sendable, Codable, Equatable {
        public var sprint: SprintInfo
        public var committed: WorkTotals
        public var done: WorkTotals
        public var remaining: WorkTotals
    }

    /// One week of decision dates: the open deals due to decide in it, their value by stage.
    public struct DecisionWeek: Sendable, Codable, Equatable {
        public var week: String
        public var monday: Day
        public var deals: Int
        /// One figure per `stages` entry, in the workspace's currency; a deal without a rate to it is left out.
        public var valueByStage: [Double]
    }

    public static let decisionWeeks = 8

    public var asOf: Day
    public var currency: String
    public var pipeline: PipelineByStage
    /// The quarter's coverage of its pipeline target (the weekly report's forecast); `nil` without a target.
    public var coverage: QuarterForecast.Coverage?
    public var attention: [DealAttention]
    /// The sprints current on the day.
    public var currentSprints: [SprintPoints]
    /// Every sprint begun by the day, oldest first: committed and done points.
    public var velocity: [SprintPoints]
    /// The total of the active campaigns' latest results (the weekly report's campaigns).
    public var funnel: CampaignFunnel
    /// The names of the stages `decisions` counts by, in the workspace's order.
    public var stages: [String]
    public var decisions: [DecisionWeek]

    public static func build(_ workspace: Workspace, asOf day: Day, weekly: WeeklyReport) -> Dashboard {
        let config = workspace.config
        let attention = workspace.deals.filter(\.isOpen).compactMap { deal -> DealAttention? in
            let reasons = AttentionReason.assess(deal, in: workspace, asOf: day)
            return reasons.isEmpty ? nil : DealAttention(deal: DealSummary(deal, config: config), reasons: reasons)
        }
        let begun = workspace.sprints.compactMap { sprint in sprint.start.flatMap { $0 <= day ? (start: $0, sprint: sprint) : nil } }
            .sorted { ($0.start, $0.sprint.id) < ($1.start, $1.sprint.id) }.map(\.sprint)
        let velocity = begun.parallelMap { sprint -> SprintPoints in
            // A finished sprint counts what it committed to, as its retrospective does; the current
            // one what its board shows.
            let board = SprintBoard.build(workspace, sprint: sprint, asOf: day, keepingLeftBehind: sprint.isFinished(asOf: day))
            return SprintPoints(sprint: board.sprint, committed: board.committed, done: board.done, remaining: board.remaining)
        }
        let current = velocity.filter { $0.sprint.isCurrent }

        let stageIDs = config.stages.map(\.id)
        let firstWeek = ISOWeek(containing: day)
        var weeks = (0..<decisionWeeks).map { offset -> DecisionWeek in
            let monday = firstWeek.monday.adding(days: 7 * offset)
            return DecisionWeek(week: ISOWeek(containing: monday).description, monday: monday, deals: 0,
                                valueByStage: [Double](repeating: 0, count: stageIDs.count + 1))
        }
        let end = firstWeek.monday.adding(days: 7 * decisionWeeks)
        for deal in workspace.deals where deal.isOpen {
            guard let date = deal.decisionDate, date >= firstWeek.monday, date < end else { continue }
            let index = firstWeek.monday.days(to: date) / 7
            weeks[index].deals += 1
            guard let value = config.currencyRates.convert(deal.value ?? 0, from: deal.currency) else { continue }
            weeks[index].valueByStage[stageIDs.firstIndex(of: deal.stage) ?? stageIDs.count] += value
        }
        var stages = config.stages.map(\.name)
        if weeks.contains(where: { $0.valueByStage.last ?? 0 > 0 }) {
            stages.append("other")
        } else {
            for index in weeks.indices { weeks[index].valueByStage.removeLast() }
        }
        return Dashboard(asOf: day, currency: weekly.currency, pipeline: weekly.pipeline, coverage: weekly.forecast.current.coverage.target == nil ? nil : weekly.forecast.current.coverage, attention: attention,
                         currentSprints: current, velocity: velocity, funnel: CampaignFunnel.total(weekly.campaigns.map(\.funnel)),
                         stages: stages, decisions: weeks)
    }
}
