import ScrumsellBase
import ScrumsellModel
import ScrumsellGit

/// What changed in the deals during one ISO week, from git: the state each deal was in
/// before the week against the state it was in at its end, so a change made and undone
/// within the week does not show.
public struct WeekChanges: Sendable, Codable, Equatable {
    /// One deal in one group, with what changed.
    public struct Entry: Sendable, Codable, Equatable {
        public var deal: String
        public var account: String
        /// When it happened: the day of the change, or for an idle deal the day it was last touched.
        public var date: Day?
        /// The stage before the week and at its end (for a new deal, only `toStage`).
        public var fromStage: String?
        public var toStage: String?
        public var fromDate: Day?
        public var toDate: Day?
        public var fromValue: Double?
        public var toValue: Double?
        /// Days a decision date moved, or days an idle deal has been untouched.
        public var days: Int?

        public init(deal: String, account: String, date: Day? = nil, fromStage: String? = nil, toStage: String? = nil,
                    fromDate: Day? = nil, toDate: Day? = nil, fromValue: Double? = nil, toValue: Double? = nil, days: Int? = nil) {
            self.deal = deal
            self.account = account
            self.date = date
            self.fromStage = fromStage
            self.toStage = toStage
            self.fromDate = fromDate
            self.toDate = toDate
            self.fromValue = fromValue
            self.toValue = toValue
            self.days = days
        }

        /// How much the value changed; a missing value counts as 0.
        public var amount: Double { (toValue ?? 0) - (fromValue ?? 0) }

        enum CodingKeys: String, CodingKey {
            case deal, account, date, days
            case fromStage = "from_stage"
            case toStage = "to_stage"
            case fromDate = "from_date"
            case toDate = "to_date"
            case fromValue = "from_value"
            case toValue = "to_value"
        }
    }

    public var week: String
    public var monday: Day
    public var sunday: Day
    /// Deals whose file was created in the week.
    public var new: [Entry] = []
    public var won: [Entry] = []
    public var lost: [Entry] = []
    public var noDecision: [Entry] = []
    /// Open deals that moved to a later stage.
    public var advanced: [Entry] = []
    public var movedBack: [Entry] = []
    /// Open deals whose decision date moved later.
    public var slipped: [Entry] = []
    public var pulledIn: [Entry] = []
    public var valueUp: [Entry] = []
    public var valueDown: [Entry] = []
    /// Open deals no commit (and no uncommitted edit) touched in the week.
    public var idle: [Entry] = []

    enum CodingKeys: String, CodingKey {
        case week, monday, sunday, new, won, lost, advanced, slipped, idle
        case noDecision = "no_decision"
        case movedBack = "moved_back"
        case pulledIn = "pulled_in"
        case valueUp = "value_up"
        case valueDown = "value_down"
    }

    /// True when nothing changed and no deal sat idle.
    public var isEmpty: Bool {
        [new, won, lost, noDecision, advanced, movedBack, slipped, pulledIn, valueUp, valueDown, idle].allSatisfy(\.isEmpty)
    }

    /// The changes of `week` in `deals` (default: every deal of `workspace`), read from `history`.
    public init(week: ISOWeek, workspace: Workspace, deals: [Deal]? = nil, history: WorkspaceHistory) {
        self.week = week.description
        monday = week.monday
        sunday = week.sunday
        for deal in deals ?? workspace.deals {
            guard let file = history.history(of: deal) else { continue }
            classify(deal, file, config: workspace.config, asOf: history.asOf)
        }
    }

    private mutating func classify(_ deal: Deal, _ file: DocumentHistory<DealSnapshot>, config: WorkspaceConfig, asOf: Day) {
        let before = file.versions.filter { $0.date < monday }
        let during = file.versions.filter { monday <= $0.date && $0.date <= sunday }
        guard let end = (before + during).last(where: { $0.snapshot != nil })?.snapshot else { return }
        let start = before.last(where: { $0.snapshot != nil })?.snapshot
        func entry(date: Day?) -> Entry { Entry(deal: deal.id, account: deal.account, date: date) }
        /// The first day in the week from which `holds` stayed true.
        func since(_ holds: (DealSnapshot) -> Bool) -> Day? {
            var day: Day?
            for version in during {
                guard let snapshot = version.snapshot else { continue }
                if holds(snapshot) { day = day ?? version.date } else { day = nil }
            }
            return day
        }

        let isNew = before.isEmpty && !during.isEmpty && !file.startsAtHorizon
        if isNew {
            var created = entry(date: during.first?.date)
            created.toStage = end.stage
            created.toDate = end.decisionDate
            created.toValue = end.value
            new.append(created)
        }
        if end.outcome != .open, start?.outcome != end.outcome, isNew || start != nil {
            var closed = entry(date: since { $0.outcome == end.outcome })
            closed.fromStage = start?.stage
            closed.toStage = end.stage
            closed.toValue = end.value
            switch end.outcome {
            case .won: won.append(closed)
            case .lost: lost.append(closed)
            case .noDecision: noDecision.append(closed)
            case .open: break
            }
        }
        guard end.outcome == .open else { return }
        guard let start else { return }
        if during.isEmpty {
            let last = before.last!.date
            var untouched = entry(date: last)
            untouched.toStage = end.stage
            untouched.days = last.days(to: min(sunday, max(asOf, last)))
            idle.append(untouched)
            return
        }
        if start.stage != end.stage {
            var moved = entry(date: since { $0.stage == end.stage })
            moved.fromStage = start.stage
            moved.toStage = end.stage
            switch StageChange.direction(from: start.stage, to: end.stage, in: config) {
            case .advanced: advanced.append(moved)
            case .movedBack: movedBack.append(moved)
            case .unknown: break
            }
        }
        if let from = start.decisionDate, let to = end.decisionDate, from != to {
            var moved = entry(date: since { $0.decisionDate == to })
            moved.fromDate = from
            moved.toDate = to
            moved.days = from.days(to: to)
            if to > from { slipped.append(moved) } else { pulledIn.append(moved) }
        }
        let valueBefore = start.value ?? 0, valueAfter = end.value ?? 0
        if valueBefore != valueAfter {
            var changed = entry(date: since { $0.value == end.value })
            changed.fromValue = start.value
            changed.toValue = end.value
            if valueAfter > valueBefore { valueUp.append(changed) } else { valueDown.append(changed) }
        }
    }
}
