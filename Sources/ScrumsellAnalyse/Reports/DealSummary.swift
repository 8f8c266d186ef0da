import ScrumsellBase
import ScrumsellModel

/// The facts about a deal every report line shows: who, what stage, how much, by when.
public struct DealSummary: Sendable, Codable, Equatable {
    public var id: String
    public var account: String
    public var title: String?
    public var owner: PersonRef
    public var stage: String
    public var value: Double?
    /// The deal's currency (the workspace's unless the deal names its own).
    public var currency: String
    /// Percent.
    public var probability: Double
    public var weightedValue: Double
    public var outcome: Outcome
    public var decisionDate: Day?
    public var consequence: String?
    public var campaign: String?
    public var path: String

    public init(_ deal: Deal, config: WorkspaceConfig) {
        id = deal.id
        account = deal.account
        title = deal.title
        owner = PersonRef.resolve(deal.owner, deal: deal, config: config)
        stage = deal.stage
        value = deal.value
        currency = deal.currency ?? config.currency
        probability = deal.effectiveProbability(in: config)
        weightedValue = deal.weightedValue(in: config)
        outcome = deal.outcome
        decisionDate = deal.decisionDate
        consequence = deal.consequence
        campaign = deal.campaign
        path = deal.path
    }
}
