import ScrumsellBase
import ScrumsellModel

/// `deal-closed-open-item`: an open item a closed deal left behind (no due date, or due on
/// or before the close) in its Backlog or Next steps, or in a sprint or campaign linking it.
/// The buying process and exit tasks of a closed deal may stay open: the buyer never took
/// those steps, and the stage was never left.
enum ClosedDealChecks {
    static func run(_ workspace: Workspace, _ day: Day) -> [Diagnostic] {
        guard workspace.deals.contains(where: { !$0.isOpen }) else { return [] }
        let index = WorkspaceIndex(workspace)
        var found: [Diagnostic] = []
        func visit(_ item: Item, _ subject: ItemSubject) {
            guard subject.isLeftBehind(item), let deal = subject.deal else { return }
            let closed = deal.closed.map { " on \($0)" } ?? ""
            found.append(.warning("deal-closed-open-item", "'\(item.title)' is still open, but \(deal.id) closed (\(deal.outcome.rawValue))\(closed)",
                                  at: item.location, hint: "finish or drop it; work planned after the close keeps a due date after it"))
        }
        for deal in workspace.deals where !deal.isOpen {
            for item in (deal.backlog + deal.nextSteps).flatMap(\.flattened) { visit(item, .deal(deal)) }
        }
        for item in workspace.sprints.flatMap(\.allItems) where item.isOpen && !item.links.isEmpty {
            visit(item, index.subject(of: item))
        }
        return found
    }
}
