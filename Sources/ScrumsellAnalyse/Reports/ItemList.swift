import ScrumsellBase
import ScrumsellRead
import ScrumsellModel

/// `scrumsell items`: every item of every deal, campaign and sprint that the choices and the
/// report filters let through, in path and line order.
public struct ItemList: Sendable, Equatable {
    /// Which items by state: one box state, or `open` (to do and doing).
    public enum StateChoice: String, Sendable, CaseIterable {
        case todo, doing, done, dropped, open

        public func includes(_ state: Checkbox) -> Bool {
            switch self {
            case .todo: return state == .todo
            case .doing: return state == .doing
            case .done: return state == .done
            case .dropped: return state == .dropped
            case .open: return state == .todo || state == .doing
            }
        }
    }

    /// What `scrumsell items` selects by, besides the report filters; `nil` selects everything.
    public struct Selection: Sendable, Equatable {
        public var state: StateChoice?
        /// Only items due before this day (items without a due date are left out).
        public var dueBefore: Day?
        /// Only items committed to this sprint: carrying `sprint:ID`, or in its `Sprint backlog`.
        public var sprint: String?
        /// Only items about this deal.
        public var deal: String?
        /// Only items tagged `#kind`.
        public var kind: String?

        public init(state: StateChoice? = nil, dueBefore: Day? = nil, sprint: String? = nil, deal: String? = nil, kind: String? = nil) {
            self.state = state
            self.dueBefore = dueBefore
            self.sprint = sprint
            self.deal = deal
            self.kind = kind
        }
    }

    public var asOf: Day
    public var filter: ReportFilter
    public var selection: Selection
    public var rows: [ItemRow]

    public static func build(_ workspace: Workspace, asOf day: Day, selection: Selection = Selection(),
                             filter: ReportFilter = ReportFilter()) -> ItemList {
        let config = workspace.config
        let index = WorkspaceIndex(workspace)
        var rows: [ItemRow] = []
        func consider(_ item: Item) {
            if let state = selection.state, !state.includes(item.state) { return }
            if let before = selection.dueBefore, !(item.due.map { $0 < before } ?? false) { return }
            if let kind = selection.kind, !item.kinds.contains(kind) { return }
            if let sprint = selection.sprint, item.sprint != sprint, !(item.document.kind == .sprint && item.document.id == sprint) { return }
            let subject = index.subject(of: item)
            if let deal = selection.deal, subject.deal?.id != deal { return }
            if !filter.isEmpty, !filter.includes(item, about: subject, in: config) { return }
            rows.append(ItemRow(item, about: subject, in: workspace, asOf: day))
        }
        for deal in workspace.deals { Item.visit(deal.buyingProcess, deal.backlog, deal.nextSteps, deal.exitTasks, body: consider) }
        for campaign in workspace.campaigns { Item.visit(campaign.backlog, body: consider) }
        for sprint in workspace.sprints { Item.visit(sprint.backlog, body: consider) }
        rows.sort { ($0.path, $0.line) < ($1.path, $1.line) }
        return ItemList(asOf: day, filter: filter, selection: selection, rows: rows)
    }
}
