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

/// Deals and campaigns by id, for resolving many items quickly.
public struct WorkspaceIndex: Sendable {
    public let deals: [String: Deal]
    public let campaigns: [String: Campaign]

    public init(_ workspace: Workspace) {
        deals = Dictionary(workspace.deals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        campaigns = Dictionary(workspace.campaigns.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The deal or campaign an item is about.
    public func subject(of item: Item) -> ItemSubject {
        switch item.document.kind {
        case .deal:
            if let deal = deals[item.document.id] { return .deal(deal) }
        case .campaign:
            if let campaign = campaigns[item.document.id] { return .campaign(campaign) }
        default:
            break
        }
        for link in item.links {
            if let deal = deals[link] { return .deal(deal) }
            if let campaign = campaigns[link] { return .campaign(campaign) }
        }
        return .none
    }
}
