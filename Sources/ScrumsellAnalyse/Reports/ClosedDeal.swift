import ScrumsellBase
import ScrumsellModel

/// A deal that ended — won, lost (to whom, why) or no decision — with its follow-up date.
public struct ClosedDeal: Sendable, Codable, Equatable {
    public var deal: DealSummary
    public var outcome: Outcome
    public var closed: Day?
    public var lostTo: String?
    public var lostReason: String?
    public var followUp: Day?

    public init(_ deal: Deal, config: WorkspaceConfig) {
        self.deal = DealSummary(deal, config: config)
        outcome = deal.outcome
        closed = deal.closed
        lostTo = deal.lostTo
        lostReason = deal.lostReason
        followUp = deal.followUp
    }

    /// Deals by closing date, then id.
    public static func byClosing(_ a: ClosedDeal, _ b: ClosedDeal) -> Bool {
        (a.closed?.ordinal ?? Int.max, a.deal.id) < (b.closed?.ordinal ?? Int.max, b.deal.id)
    }
}
