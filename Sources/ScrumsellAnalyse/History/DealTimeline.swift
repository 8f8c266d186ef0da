import ScrumsellBase
import ScrumsellModel
import ScrumsellGit

/// What a deal's git history says: every stage with its entry date and days spent, every
/// change of its decision date, value and outcome, and the last commit that touched it.
public struct DealTimeline: Sendable, Codable {
    public var deal: String
    public var account: String
    public var title: String?
    /// The deal's path in the workspace now.
    public var path: String
    /// The deal's fields now (in the working copy).
    public var current: DealSnapshot
    /// The day of the deal's first version: when it was created, unless `createdBeforeHorizon`.
    public var firstSeen: Day
    /// True when the deal already existed where a shallow clone's history starts.
    public var createdBeforeHorizon: Bool
    /// Oldest first; the last one is the current stay when the deal is open.
    public var stages: [StageStay]
    public var stageChanges: [StageChange]
    public var decisionDateChanges: [DecisionDateChange]
    public var valueChanges: [ValueChange]
    public var outcomeChanges: [OutcomeChange]
    /// The last commit that touched the deal's file; `nil` when it was never committed.
    public var lastCommit: CommitInfo?
    /// True when the working copy holds edits no commit has recorded yet.
    public var uncommittedEdits: Bool
    /// The days the file was touched (committed, or edited in the working copy), oldest first, each once.
    public var touched: [Day]

    /// Decision dates moved later.
    public var slips: Int { decisionDateChanges.count(where: { $0.kind == .slip }) }
    /// Decision dates moved earlier.
    public var pullIns: Int { decisionDateChanges.count(where: { $0.kind == .pullIn }) }
    /// The stay the open deal is in now.
    public var currentStay: StageStay? { stages.last.flatMap { $0.isCurrent ? $0 : nil } }

    enum CodingKeys: String, CodingKey {
        case deal, account, title, path, current, stages, touched, slips
        case firstSeen = "first_seen"
        case createdBeforeHorizon = "created_before_horizon"
        case stageChanges = "stage_changes"
        case decisionDateChanges = "decision_date_changes"
        case valueChanges = "value_changes"
        case outcomeChanges = "outcome_changes"
        case lastCommit = "last_commit"
        case uncommittedEdits = "uncommitted_edits"
        case pullIns = "pull_ins"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        deal = try container.decode(String.self, forKey: .deal)
        account = try container.decode(String.self, forKey: .account)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        path = try container.decode(String.self, forKey: .path)
        current = try container.decode(DealSnapshot.self, forKey: .current)
        firstSeen = try container.decode(Day.self, forKey: .firstSeen)
        createdBeforeHorizon = try container.decode(Bool.self, forKey: .createdBeforeHorizon)
        stages = try container.decode([StageStay].self, forKey: .stages)
        stageChanges = try container.decode([StageChange].self, forKey: .stageChanges)
        decisionDateChanges = try container.decode([DecisionDateChange].self, forKey: .decisionDateChanges)
        valueChanges = try container.decode([ValueChange].self, forKey: .valueChanges)
        outcomeChanges = try container.decode([OutcomeChange].self, forKey: .outcomeChanges)
        lastCommit = try container.decodeIfPresent(CommitInfo.self, forKey: .lastCommit)
        uncommittedEdits = try container.decode(Bool.self, forKey: .uncommittedEdits)
        touched = try container.decode([Day].self, forKey: .touched)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(deal, forKey: .deal)
        try container.encode(account, forKey: .account)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encode(path, forKey: .path)
        try container.encode(current, forKey: .current)
        try container.encode(firstSeen, forKey: .firstSeen)
        try container.encode(createdBeforeHorizon, forKey: .createdBeforeHorizon)
        try container.encode(stages, forKey: .stages)
        try container.encode(stageChanges, forKey: .stageChanges)
        try container.encode(decisionDateChanges, forKey: .decisionDateChanges)
        try container.encode(slips, forKey: .slips)
        try container.encode(pullIns, forKey: .pullIns)
        try container.encode(valueChanges, forKey: .valueChanges)
        try container.encode(outcomeChanges, forKey: .outcomeChanges)
        try container.encodeIfPresent(lastCommit, forKey: .lastCommit)
        try container.encode(uncommittedEdits, forKey: .uncommittedEdits)
        try container.encode(touched, forKey: .touched)
    }
}

extension DealTimeline {
    /// Derives the timeline of `deal` from its file's versions. A deal with no history (a
    /// file git ignores) gets one from its working copy alone, dated `asOf`.
    ///
    /// A stay ends when the stage changes or the deal closes (won, lost, no decision), and
    /// a reopened deal starts a new one. Versions whose front-matter could not be read are
    /// skipped: the deal keeps the state it had before them.
    public init(deal: Deal, history: DocumentHistory<DealSnapshot>?, config: WorkspaceConfig, asOf: Day) {
        let history = history ?? DocumentHistory(path: deal.path, versions: [
            DocumentVersion(commit: nil, date: asOf, path: deal.path, snapshot: DealSnapshot(deal)),
        ])
        self.deal = deal.id
        account = deal.account
        title = deal.title
        path = deal.path
        current = DealSnapshot(deal)
        firstSeen = history.versions.first?.date ?? asOf
        createdBeforeHorizon = history.startsAtHorizon
        stages = []
        stageChanges = []
        decisionDateChanges = []
        valueChanges = []
        outcomeChanges = []
        lastCommit = history.lastCommit
        uncommittedEdits = history.hasUncommittedEdits
        var days: [Day] = []
        for version in history.versions where days.last != version.date { days.append(version.date) }
        touched = days

        var previous: DealSnapshot?
        for (index, version) in history.versions.enumerated() {
            guard let current = version.snapshot else { continue }
            let date = version.date
            guard let before = previous else {
                if current.outcome == .open {
                    let beforeHorizon = index == 0 && history.startsAtHorizon
                    stages.append(StageStay(stage: current.stage, entered: date, days: 0, enteredBeforeHorizon: beforeHorizon,
                                            commit: beforeHorizon ? nil : version.commit))
                }
                previous = current
                continue
            }
            if before.stage != current.stage {
                stageChanges.append(StageChange(date: date, from: before.stage, to: current.stage,
                                                direction: StageChange.direction(from: before.stage, to: current.stage, in: config),
                                                commit: version.commit))
            }
            let stayEnds = before.outcome == .open && (current.outcome != .open || before.stage != current.stage)
            let stayStarts = current.outcome == .open && (before.outcome != .open || before.stage != current.stage)
            if stayEnds, let last = stages.indices.last {
                stages[last].left = date
            }
            if stayStarts {
                stages.append(StageStay(stage: current.stage, entered: date, days: 0, commit: version.commit))
            }
            if before.decisionDate != current.decisionDate {
                decisionDateChanges.append(DecisionDateChange(date: date, from: before.decisionDate, to: current.decisionDate, commit: version.commit))
            }
            if before.value != current.value {
                valueChanges.append(ValueChange(date: date, from: before.value, to: current.value, commit: version.commit))
            }
            if before.outcome != current.outcome {
                outcomeChanges.append(OutcomeChange(date: date, from: before.outcome, to: current.outcome, commit: version.commit))
            }
            previous = current
        }
        for index in stages.indices {
            stages[index].days = max(0, stages[index].entered.days(to: stages[index].left ?? asOf))
        }
    }
}
