import ScrumsellModel

/// What an item is about: the deal or campaign whose file holds it, or, for an item of a
/// sprint backlog, the first deal or campaign its `+id` links name.
public enum ItemSubject: Sendable {
    case deal(Deal)
    case campaign(Campaign)
    case none

    public var deal: Deal? {
        if case .deal(let deal) = self { return deal }
        return nil
    }

    /// True for an open item its closed deal left behind: one with no due date, or due on or
    /// before the day the deal closed. Such items leave the stand-up and the board; an item due
    /// after the close (a hand-over, a follow-up call) is work still planned and stays, and so
    /// does a dated one of a deal that does not say when it closed.
    public func isLeftBehind(_ item: Item) -> Bool {
        guard let deal, !deal.isOpen, item.isOpen else { return false }
        guard let due = item.due else { return true }
        return deal.closed.map { due <= $0 } ?? false
    }

    /// The campaign the item serves: its own campaign, or the campaign that sourced its deal.
    public var campaignID: String? {
        switch self {
        case .deal(let deal): return deal.campaign
        case .campaign(let campaign): return campaign.id
        case .none: return nil
        }
    }
}
