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
