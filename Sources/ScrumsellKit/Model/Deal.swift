/// A sales plan for one opportunity: the buyer's objectives and buying process, our
/// Delivery and Backlog, the next steps, and the deal's place in the sales process.
public struct Deal: Sendable, Codable {
    public var ref: DocumentRef
    public var id: String { ref.id }
    public var path: String { ref.path }

    public var account: String
    public var title: String?
    public var owner: String
    public var stage: String
    public var value: Double?
    public var currency: String?
    /// Percent; `nil` means the stage's probability.
    public var probability: Double?
    public var decisionDate: Day?
    public var consequence: String?
    public var outcome: Outcome
    public var closed: Day?
    public var lostTo: String?
    public var lostReason: String?
    public var followUp: Day?
    public var campaign: String?
    public var objectives: [String]
    public var lastContact: Day?
    /// Account fit, 1–5.
    public var fit: Int?
    public var tags: [String]
    public var stakeholders: [Stakeholder]

    public var buyerObjectives: [String]
    public var buyingProcess: [Item]
    public var delivery: [String]
    public var backlog: [Item]
    public var nextSteps: [Item]
    public var exitTasks: [Item]
    public var contingencies: [String]
    public var log: [LogEntry]

    /// Where each front-matter field's value was written, and where each section heading stands.
    public var fieldLocations: LocationTable
    public var sectionLocations: LocationTable

    public static let knownKeys = ["account", "title", "owner", "stage", "value", "currency", "probability", "decision_date", "consequence",
                                   "outcome", "closed", "lost_to", "lost_reason", "follow_up", "campaign", "objectives", "last_contact",
                                   "fit", "tags", "stakeholders"]
    public static let sectionNames = ["Buyer objectives", "Buying process", "Delivery", "Backlog", "Next steps", "Exit tasks", "Contingencies", "Log"]

    /// The location of a field's value, or of the front-matter's start when the field is absent.
    public func location(of field: String) -> SourceLocation {
        fieldLocations[field] ?? SourceLocation(path: path, line: 1, column: 1)
    }

    /// The location of a section heading, or of the file's start when the section is absent.
    public func location(ofSection section: String) -> SourceLocation {
        sectionLocations[section] ?? SourceLocation(path: path, line: 1, column: 1)
    }

    /// Every item of the deal (buying process, backlog, next steps, exit tasks), nested ones included.
    public var allItems: [Item] { (buyingProcess + backlog + nextSteps + exitTasks).flatMap(\.flattened) }

    /// The buyer's current step: the first buying-process step that is neither done nor dropped.
    public var currentBuyingStep: Item? { buyingProcess.first { $0.isOpen } }

    /// Next steps still to do or in progress.
    public var openNextSteps: [Item] { nextSteps.filter(\.isOpen) }

    /// The stakeholder with this id.
    public func stakeholder(_ id: String) -> Stakeholder? { stakeholders.first { $0.id == id } }

    /// The newest date of contact: `last_contact` or the newest dated `Log` line.
    public var lastTouched: Day? {
        let logged = log.compactMap(\.date).max()
        switch (lastContact, logged) {
        case let (a?, b?): return max(a, b)
        case let (a, b): return a ?? b
        }
    }

    /// Days from the last contact to `day`; `nil` when the deal records no contact.
    public func daysSinceContact(asOf day: Day) -> Int? { lastTouched.map { $0.days(to: day) } }

    /// The deal's probability in percent: its own, else its stage's, 100 when won, 0 when lost or undecided.
    public func effectiveProbability(in config: WorkspaceConfig) -> Double {
        switch outcome {
        case .won: return 100
        case .lost, .noDecision: return 0
        case .open: return probability ?? config.stage(stage)?.probability ?? 0
        }
    }

    /// Value × probability.
    public func weightedValue(in config: WorkspaceConfig) -> Double {
        (value ?? 0) * effectiveProbability(in: config) / 100
    }

    public var isOpen: Bool { outcome == .open }
}
