import Foundation
import ScrumsellBase

/// A whole workspace, modelled: the configuration and every deal, campaign, sprint and
/// objective that could be read, sorted by id, with the diagnostics of reading them.
public struct Workspace: Sendable {
    /// The workspace folder.
    public var root: URL
    public var config: WorkspaceConfig
    public var deals: [Deal] { didSet { indexes = Indexes() } }
    public var campaigns: [Campaign] { didSet { indexes = Indexes() } }
    public var sprints: [Sprint] { didSet { indexes = Indexes() } }
    public var objectives: [Objective] { didSet { indexes = Indexes() } }
    /// Problems found while reading and modelling (not the `check` rules).
    public var diagnostics: [Diagnostic]
    /// Files read, the configuration included.
    public var fileCount: Int
    /// Lookup tables built on first use; replaced whenever the documents change.
    private var indexes = Indexes()

    private struct Indexes: Sendable {
        let deals = LazyCache<[String: Int]>()
        let campaigns = LazyCache<[String: Int]>()
        let sprints = LazyCache<[String: Int]>()
        let objectives = LazyCache<[String: Int]>()
        /// Items carrying `sprint:ID`, by sprint id, from deals, campaigns and sprints in that order.
        let sprintItems = LazyCache<[String: [Item]]>()
        /// Each deal's closing day and the days its buying-process steps and exit tasks were done, by day.
        let dealDays = LazyCache<[(day: Day, deal: Int)]>()
    }

    /// Position of the first element of each id.
    private static func positions(_ ids: some Sequence<String>) -> [String: Int] {
        var found: [String: Int] = [:]
        for (offset, id) in ids.enumerated() where found[id] == nil { found[id] = offset }
        return found
    }

    public init(root: URL, config: WorkspaceConfig, deals: [Deal] = [], campaigns: [Campaign] = [], sprints: [Sprint] = [],
                objectives: [Objective] = [], diagnostics: [Diagnostic] = [], fileCount: Int = 1) {
        self.root = root
        self.config = config
        self.deals = deals
        self.campaigns = campaigns
        self.sprints = sprints
        self.objectives = objectives
        self.diagnostics = diagnostics
        self.fileCount = fileCount
    }

    public func deal(_ id: String) -> Deal? {
        indexes.deals.get { Self.positions(deals.lazy.map(\.id)) }[id].map { deals[$0] }
    }

    public func campaign(_ id: String) -> Campaign? {
        indexes.campaigns.get { Self.positions(campaigns.lazy.map(\.id)) }[id].map { campaigns[$0] }
    }

    public func sprint(_ id: String) -> Sprint? {
        indexes.sprints.get { Self.positions(sprints.lazy.map(\.id)) }[id].map { sprints[$0] }
    }

    public func objective(_ id: String) -> Objective? {
        indexes.objectives.get { Self.positions(objectives.lazy.map(\.id)) }[id].map { objectives[$0] }
    }

    /// The deals that closed, or had a buying-process step or exit task done, between `start`
    /// and `end` (both included), and that pass `include`, in id order. Found in an index built
    /// once, so that a report per sprint does not scan (or copy) every deal per sprint.
    public func dealsWithProgress(from start: Day, through end: Day, where include: (Deal) -> Bool = { _ in true }) -> [Deal] {
        let days = indexes.dealDays.get {
            var found: [(day: Day, deal: Int)] = []
            for (index, deal) in deals.enumerated() {
                var seen = Set<Day>()
                if let closed = deal.closed { seen.insert(closed) }
                for item in (deal.buyingProcess + deal.exitTasks).flatMap(\.flattened) where item.state == .done {
                    if let done = item.done { seen.insert(done) }
                }
                found += seen.map { ($0, index) }
            }
            return found.sorted { ($0.day, $0.deal) < ($1.day, $1.deal) }
        }
        guard start <= end else { return [] }
        // The first entry on or after `start`, by binary search.
        var low = 0, high = days.count
        while low < high {
            let middle = (low + high) / 2
            if days[middle].day < start { low = middle + 1 } else { high = middle }
        }
        var positions = Set<Int>()
        while low < days.count, days[low].day <= end {
            positions.insert(days[low].deal)
            low += 1
        }
        return positions.sorted().filter { include(deals[$0]) }.map { deals[$0] }
    }

    /// Every item of every document, nested ones included, in path and line order.
    public var allItems: [Item] {
        deals.flatMap(\.allItems) + campaigns.flatMap(\.allItems) + sprints.flatMap(\.allItems)
    }

    /// The items committed to a sprint: those carrying `sprint:ID` anywhere, and those in its `Sprint backlog`.
    public func items(in sprint: Sprint) -> [Item] {
        var items = sprint.allItems
        let committed = indexes.sprintItems.get {
            var found: [String: [Item]] = [:]
            func collect(_ item: Item) {
                if let id = item.sprint { found[id, default: []].append(item) }
                for child in item.children { collect(child) }
            }
            for deal in deals {
                for list in [deal.buyingProcess, deal.backlog, deal.nextSteps, deal.exitTasks] { list.forEach(collect) }
            }
            for campaign in campaigns { campaign.backlog.forEach(collect) }
            for sprint in sprints { sprint.backlog.forEach(collect) }
            return found
        }
        for item in committed[sprint.id] ?? [] where !(item.document.kind == .sprint && item.document.id == sprint.id) {
            items.append(item)
        }
        return items.sorted { ($0.location.path, $0.location.line) < ($1.location.path, $1.location.line) }
    }

    /// The sprint running on `day` (the latest-starting one when several are, optionally of one team).
    public func currentSprint(asOf day: Day, team: String? = nil) -> Sprint? {
        sprints.filter { $0.isCurrent(asOf: day) && (team == nil || $0.team == team) }
            .max { ($0.start!, $0.id) < ($1.start!, $1.id) }
    }

    /// The sprints running on `day` that start on the same day as `currentSprint`'s (it among
    /// them, in id order). More than one means the current sprint is ambiguous: which one a
    /// command without a sprint named would use is then a guess.
    public func currentSprintCandidates(asOf day: Day, team: String? = nil) -> [Sprint] {
        guard let current = currentSprint(asOf: day, team: team) else { return [] }
        return sprints.filter { $0.isCurrent(asOf: day) && (team == nil || $0.team == team) && $0.start == current.start }
            .sorted { $0.id < $1.id }
    }

    /// The sprint that ended last before `day`.
    public func lastFinishedSprint(asOf day: Day, team: String? = nil) -> Sprint? {
        sprints.filter { $0.isFinished(asOf: day) && (team == nil || $0.team == team) }
            .max { ($0.end!, $0.id) < ($1.end!, $1.id) }
    }

    /// Which side an owner is on in a deal: a team member (ours), a stakeholder of the deal (the buyer's), or unknown.
    public func side(of owner: String, in deal: Deal?) -> OwnerSide {
        if config.member(owner) != nil { return .ours }
        if let deal, deal.stakeholder(owner) != nil { return .buyer }
        return .unknown
    }
}

/// Whose job an item is.
public enum OwnerSide: String, Sendable, Codable {
    case ours, buyer, unknown
}

extension Workspace {
    /// The files whose reading found errors.
    public var filesWithErrors: Set<String> { Set(diagnostics.lazy.filter { $0.severity == .error }.map(\.location.path)) }

    /// The workspace as the reports count it: the deals whose files have errors left out, so
    /// that a deal that could not be read is not counted at a value of zero.
    public func leavingOutDealsWithErrors() -> Workspace {
        let broken = filesWithErrors
        guard !broken.isEmpty, deals.contains(where: { broken.contains($0.path) }) else { return self }
        var copy = self
        copy.deals.removeAll { broken.contains($0.path) }
        return copy
    }
}
