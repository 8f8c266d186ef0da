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
    /// The value in the workspace currency when the deal's currency is another one with a rate;
    /// `nil` in the workspace currency (it is `value`) and when there is no rate.
    public var convertedValue: Double?
    /// The workspace currency, beside `convertedValue` (`nil` with it).
    public var convertedCurrency: String?
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
        if deal.currencyCode(in: config) != config.currency.uppercased(), let value = deal.value {
            convertedValue = config.currencyRates.convert(value, from: deal.currency)
            convertedCurrency = convertedValue.map { _ in config.currency }
        }
        probability = deal.effectiveProbability(in: config)
        weightedValue = deal.weightedValue(in: config)
        outcome = deal.outcome
        decisionDate = deal.decisionDate
        consequence = deal.consequence
        campaign = deal.campaign
        path = deal.path
    }
}
