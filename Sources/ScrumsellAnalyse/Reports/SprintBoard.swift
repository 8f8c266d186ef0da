import ScrumsellBase
import ScrumsellModel

/// The board of a sprint as of a day: lanes To do / Doing / Done / Dropped from each
/// item's box, swimlanes by owner ("who does what when"), the day of the sprint, and
/// points committed, done and remaining.
public struct SprintBoard: Sendable, Codable, Equatable {
    /// A column of the board.
    public struct Lane: Sendable, Codable, Equatable {
        public var state: BoardCard.State
        public var cards: [BoardCard]
    }

    /// One person's cards, by due date. A card with several owners is in each of their swimlanes;
    /// a card without an owner is in the swimlane whose `owner` is `nil`.
    public struct Swimlane: Sendable, Codable, Equatable {
        public var owner: PersonRef?
        public var cards: [BoardCard]
        public var open: WorkTotals
        public var done: WorkTotals
    }

    public var asOf: Day
    public var sprint: SprintInfo
    public var filter: ReportFilter
    /// Always the four lanes, in order.
    public var lanes: [Lane]
    public var swimlanes: [Swimlane]
    /// Every item not dropped: what the team still stands behind.
    public var committed: WorkTotals
    public var done: WorkTotals
    /// Committed minus done.
    public var remaining: WorkTotals
    public var dropped: WorkTotals
    public var overdue: WorkTotals
    /// Open items due after the sprint's last day.
    public var dueAfterSprint: [BoardCard]
    /// Each day from the start to the as-of day (or the end): points remaining beside the ideal line.
    public var burndown: [BurndownDay] = []

    /// The board of `sprint` as of `day`, holding the items the filter lets through. Open items
    /// a closed deal left behind are not on it unless `keepingLeftBehind` (the retrospective,
    /// which counts what the sprint committed to). `doneDays` (from `ItemDoneDays`) date the
    /// finished items without `done:` for the burndown.
    public static func build(_ workspace: Workspace, sprint: Sprint, asOf day: Day, filter: ReportFilter = ReportFilter(),
                             keepingLeftBehind: Bool = false, doneDays: [String: [String: Day]] = [:]) -> SprintBoard {
        let config = workspace.config
        let index = WorkspaceIndex(workspace)
        let cards = workspace.items(in: sprint).compactMap { item -> BoardCard? in
            let subject = index.subject(of: item)
            // An open item its closed deal left behind is no work to do (check warns about it).
            guard filter.includes(item, about: subject, in: config), keepingLeftBehind || !subject.isLeftBehind(item) else { return nil }
            return BoardCard(item, subject: subject, config: config, asOf: day)
        }.sorted(by: BoardCard.byDue)

        let lanes = BoardCard.State.allCases.map { state in Lane(state: state, cards: cards.filter { $0.state == state }) }
        let active = cards.filter { $0.state != .dropped }
        let done = WorkTotals(cards.filter { $0.state == .done })
        let committed = WorkTotals(active)

        var board = SprintBoard(
            asOf: day, sprint: SprintInfo(sprint, config: config, asOf: day), filter: filter,
            lanes: lanes,
            swimlanes: swimlanes(of: active, config: config),
            committed: committed, done: done,
            remaining: WorkTotals(items: committed.items - done.items, points: committed.points - done.points),
            dropped: WorkTotals(cards.filter { $0.state == .dropped }),
            overdue: WorkTotals(cards.filter(\.overdue)),
            dueAfterSprint: cards.filter { card in
                card.isOpen && (card.due.map { due in sprint.end.map { due > $0 } ?? false } ?? false)
            })
        board.burndown = BurndownDay.days(of: sprint, cards: cards, asOf: day, doneDays: doneDays)
        return board
    }

    /// Team members first, in the order the configuration lists them, then anyone else by name, then the unowned cards.
    static func swimlanes(of cards: [BoardCard], config: WorkspaceConfig) -> [Swimlane] {
        var people: [PersonRef] = []
        for card in cards {
            for owner in card.owners where !people.contains(where: { $0.id == owner.id }) { people.append(owner) }
        }
        let memberOrder = Dictionary(config.members.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        people.sort { a, b in
            switch (memberOrder[a.id], memberOrder[b.id]) {
            case let (x?, y?): return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return (a.name, a.id) < (b.name, b.id)
            }
        }
        func lane(_ owner: PersonRef?, _ cards: [BoardCard]) -> Swimlane {
            Swimlane(owner: owner, cards: cards, open: WorkTotals(cards.filter(\.isOpen)), done: WorkTotals(cards.filter { $0.state == .done }))
        }
        var lanes = people.map { person in lane(person, cards.filter { $0.owners.contains { $0.id == person.id } }) }
        let unowned = cards.filter(\.owners.isEmpty)
        if !unowned.isEmpty { lanes.append(lane(nil, unowned)) }
        return lanes
    }
}
