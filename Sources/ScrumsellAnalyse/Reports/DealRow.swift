import ScrumsellBase
import ScrumsellModel

/// One deal as `scrumsell deals` lists it: the facts a manager works a deal by, each a plain
/// value (money in the deal's own currency and converted into the workspace's).
public struct DealRow: Sendable, Equatable {
    public var id: String
    public var account: String
    public var title: String?
    /// The owner's id, and their name (the id when they are no team member).
    public var owner: String
    public var ownerName: String
    public var stage: String
    /// In the deal's own currency.
    public var value: Double?
    /// The deal's currency code, upper-cased (the workspace's unless the deal names its own).
    public var currency: String
    /// The value (0 when none is written) in the workspace currency; `nil` when `rates:` has no rate for `currency`.
    public var convertedValue: Double?
    /// Percent.
    public var probability: Double
    /// Converted value × probability, in the workspace currency; `nil` without a rate.
    public var weightedValue: Double?
    public var decisionDate: Day?
    /// Days from the report's day to the decision date, negative once it has passed.
    public var daysToDecision: Int?
    /// The newest contact: `last_contact` or the newest dated `Log` line.
    public var lastContact: Day?
    public var daysSilent: Int?
    /// Next steps to do or doing, and whether one of them is owned by the buyer.
    public var openNextSteps: Int
    public var buyerNextStep: Bool
    /// The current buying step: the first step of `Buying process` neither done nor dropped.
    public var buyingStep: String?
    public var fit: Int?
    /// `Log` lines dated in the last `touchDays` days, the report's day included.
    public var touches: Int
    public var outcome: Outcome
    public var closed: Day?
    public var flags: [DealFlag]
    public var path: String

    /// The window `touches` counts over.
    public static let touchDays = 30

    public init(_ deal: Deal, in workspace: Workspace, rates: CurrencyRates, asOf day: Day) {
        let config = workspace.config
        id = deal.id
        account = deal.account
        title = deal.title
        owner = deal.owner
        ownerName = config.member(deal.owner)?.name ?? deal.owner
        stage = deal.stage
        value = deal.value
        currency = deal.currencyCode(in: config)
        let converted = deal.convertedValue(rates), percent = deal.effectiveProbability(in: config)
        convertedValue = converted
        probability = percent
        weightedValue = converted.map { $0 * percent / 100 }
        decisionDate = deal.decisionDate
        daysToDecision = deal.decisionDate.map { day.days(to: $0) }
        lastContact = deal.lastTouched
        let silent = deal.silentDays(asOf: day, in: config)
        daysSilent = silent?.days
        let steps = deal.openNextStepCount(buyer: { workspace.side(of: $0, in: deal) == .buyer })
        openNextSteps = steps.open
        buyerNextStep = steps.buyerStep
        buyingStep = deal.currentBuyingStep?.title
        fit = deal.fit
        let since = day.adding(days: -(Self.touchDays - 1))
        touches = deal.log.count { entry in entry.date.map { $0 >= since && $0 <= day } ?? false }
        outcome = deal.outcome
        closed = deal.closed
        flags = DealFlag.flags(of: deal, in: workspace, asOf: day, silent: silent, nextSteps: steps)
        path = deal.path
    }
}
