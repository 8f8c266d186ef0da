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

    /// The campaign the item serves: its own campaign, or the campaign that sourced its deal.
    public var campaignID: String? {
        switch self {
        case .deal(let deal): return deal.campaign
        case .campaign(let campaign): return campaign.id
        case .none: return nil
        }
    }
}
