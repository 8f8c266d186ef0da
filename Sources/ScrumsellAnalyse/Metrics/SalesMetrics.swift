import ScrumsellBase
import ScrumsellModel
import ScrumsellGit

/// Everything `scrumsell metrics` shows: the deal figures of the window (workspace-wide and,
/// with `--by owner`, per owner) and each team's sprint velocity. Definitions in docs/metrics.md.
public struct SalesMetrics: Sendable, Codable, Equatable {
    /// One team's points done in its last finished sprints.
    public struct TeamVelocity: Sendable, Codable, Equatable {
        public struct SprintPoints: Sendable, Codable, Equatable {
            public var sprint: String
            public var end: Day
            public var points: Double
        }

        public var team: String
        /// Oldest first, at most `SalesMetrics.velocitySprints`.
        public var sprints: [SprintPoints]
        /// `nil` when the team has no finished sprint.
        public var mean: Double?

        enum CodingKeys: String, CodingKey { case team, sprints, mean }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(team, forKey: .team)
            try container.encode(sprints, forKey: .sprints)
            try container.encode(mean, forKey: .mean)
        }
    }

    /// One owner's deal figures.
    public struct OwnerMetrics: Sendable, Codable, Equatable {
        public var owner: String
        public var name: String
        public var metrics: DealMetrics
    }

    /// How many finished sprints sprint velocity looks back over.
    public static let velocitySprints = 6
    /// The window's default length before `--as-of`.
    public static let defaultWindowDays = 180

    public var since: Day
    public var asOf: Day
    public var currency: String
    /// The workspace's figures (their keys sit at the top level of the JSON).
    public var all: DealMetrics
    public var sprintVelocity: [TeamVelocity]
    /// With `--by owner`: each owner's figures, by owner id; `nil` otherwise.
    public var byOwner: [OwnerMetrics]?
    /// Deals left out of every figure because their currency has no rate, by id.
    public var unconverted: [String]
    /// Why stage conversion and the commit-based openings are missing (no git, no repository); `nil` when history was read.
    public var historyNote: String?

    enum CodingKeys: String, CodingKey {
        case since, currency, unconverted
        case asOf = "as_of"
        case sprintVelocity = "sprint_velocity"
        case byOwner = "by_owner"
        case historyNote = "history_note"
    }

    public func encode(to encoder: Encoder) throws {
        try all.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(since, forKey: .since)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(currency, forKey: .currency)
        try container.encode(sprintVelocity, forKey: .sprintVelocity)
        try container.encodeIfPresent(byOwner, forKey: .byOwner)
        try container.encode(unconverted, forKey: .unconverted)
        try container.encodeIfPresent(historyNote, forKey: .historyNote)
    }

    public init(from decoder: Decoder) throws {
        all = try DealMetrics(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        since = try container.decode(Day.self, forKey: .since)
        asOf = try container.decode(Day.self, forKey: .asOf)
        currency = try container.decode(String.self, forKey: .currency)
        sprintVelocity = try container.decode([TeamVelocity].self, forKey: .sprintVelocity)
        byOwner = try container.decodeIfPresent([OwnerMetrics].self, forKey: .byOwner)
        unconverted = try container.decode([String].self, forKey: .unconverted)
        historyNote = try container.decodeIfPresent(String.self, forKey: .historyNote)
    }

    init(since: Day, asOf: Day, currency: String, all: DealMetrics, sprintVelocity: [TeamVelocity], byOwner: [OwnerMetrics]?,
         unconverted: [String], historyNote: String?) {
        self.since = since
        self.asOf = asOf
        self.currency = currency
        self.all = all
        self.sprintVelocity = sprintVelocity
        self.byOwner = byOwner
        self.unconverted = unconverted
        self.historyNote = historyNote
    }

    /// The metrics of `workspace` from `since` (default: 180 days before `asOf`) to `asOf`, with
    /// stage conversion and commit-based openings from `history` when it could be read.
    public static func build(_ workspace: Workspace, since: Day? = nil, asOf: Day, byOwner: Bool = false,
                             history: Result<WorkspaceHistory, HistoryUnavailable>?) -> SalesMetrics {
        let config = workspace.config
        // Not before 0001-01-01, the first day a `Day` holds.
        let since = since ?? max(asOf.adding(days: -defaultWindowDays), Day(ordinal: -719_162))
        var read: WorkspaceHistory?, historyNote: String?
        switch history {
        case .success(let value): read = value
        case .failure(let unavailable): historyNote = unavailable.note
        case nil: historyNote = "History is left out: --no-history."
        }
        var unconverted: [String] = []
        var inputs: [DealMetrics.Input] = []
        inputs.reserveCapacity(workspace.deals.count)
        for deal in workspace.deals {
            guard let value = deal.convertedValue(in: config) else {
                unconverted.append(deal.id)
                continue
            }
            let versions = read?.history(of: deal)
            let timeline = read.map { DealTimeline(deal: deal, history: versions, config: config, asOf: $0.asOf) }
            // Without `opened:`, the day of the commit that added the file (not a shallow clone's horizon).
            let added = versions.flatMap { $0.startsAtHorizon ? nil : $0.versions.first?.commit?.date }
            inputs.append(DealMetrics.Input(deal: deal, value: value, opened: deal.opened ?? added, timeline: timeline))
        }
        let all = DealMetrics.build(inputs, config: config, since: since, asOf: asOf, historyNote: historyNote.map { _ in "no git history" })
        var owners: [OwnerMetrics]?
        if byOwner {
            let grouped = Dictionary(grouping: inputs, by: \.deal.owner)
            owners = grouped.keys.sorted().map { owner in
                OwnerMetrics(owner: owner, name: config.member(owner)?.name ?? owner,
                             metrics: DealMetrics.build(grouped[owner] ?? [], config: config, since: since, asOf: asOf,
                                                       historyNote: historyNote.map { _ in "no git history" }))
            }
        }
        return SalesMetrics(since: since, asOf: asOf, currency: config.currency, all: all,
                            sprintVelocity: sprintVelocity(workspace, asOf: asOf), byOwner: owners,
                            unconverted: unconverted.sorted(), historyNote: historyNote)
    }

    /// Each team's last finished sprints (by end day) with the points of their items done.
    static func sprintVelocity(_ workspace: Workspace, asOf: Day) -> [TeamVelocity] {
        workspace.config.teams.map { team in
            let finished = workspace.sprints.compactMap { sprint -> (Sprint, Day)? in
                guard sprint.team == team.id, sprint.isFinished(asOf: asOf), let end = sprint.end else { return nil }
                return (sprint, end)
            }.sorted { ($0.1, $0.0.id) < ($1.1, $1.0.id) }.suffix(velocitySprints)
            let sprints = finished.map { sprint, end in
                TeamVelocity.SprintPoints(sprint: sprint.id, end: end,
                                          points: workspace.items(in: sprint).filter { $0.state == .done }.reduce(0) { $0 + ($1.points ?? 0) })
            }
            let mean = sprints.isEmpty ? nil : sprints.reduce(0) { $0 + $1.points } / Double(sprints.count)
            return TeamVelocity(team: team.id, sprints: sprints, mean: mean)
        }
    }
}
