import ScrumsellModel

/// Deals and campaigns by id, for resolving many items quickly.
public struct WorkspaceIndex: Sendable {
    /// Looked up through the workspace's own tables, built once and shared by every board of a run.
    private let workspace: Workspace

    public init(_ workspace: Workspace) {
        self.workspace = workspace
    }

    /// The deal or campaign an item is about.
    public func subject(of item: Item) -> ItemSubject {
        switch item.document.kind {
        case .deal:
            if let deal = workspace.deal(item.document.id) { return .deal(deal) }
        case .campaign:
            if let campaign = workspace.campaign(item.document.id) { return .campaign(campaign) }
        default:
            break
        }
        for link in item.links {
            if let deal = workspace.deal(link) { return .deal(deal) }
            if let campaign = workspace.campaign(link) { return .campaign(campaign) }
        }
        return .none
    }
}
