import ScrumsellBase

/// A sales plan for one opportunity: the buyer's objectives and buying process, our
/// Delivery and Backlog, the next steps, and the deal's place in the sales process.
///
/// A value type whose fields live in one shared box, copied on write: analysis passes
/// thousands of deals through filters and groupings, and a copy of a thirty-field struct
/// costs thirty reference counts where a copy of the box costs one. Fields are read and
/// written as properties of the deal (`deal.stage`, `deal.log.append(entry)`).
@dynamicMemberLookup
public struct Deal: Sendable, Codable {
    /// What a deal holds, front-matter fields first, then the body's sections.
    public struct Fields: Sendable, Codable {
        public var ref: DocumentRef

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
        /// `forecast:`: overrides the stage's forecast category.
        public var forecast: ForecastCategory?
        /// `opened:`: the day the opportunity was opened (an imported deal: the CRM record's creation date).
        public var opened: Day?
        /// `crm_id`: the record's id in the CRM it was imported from.
        public var crmID: String? = nil

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
    }

    private var storage: CopyOnWrite<Fields>

    public init(_ fields: Fields) { storage = CopyOnWrite(fields) }

    /// All the deal's fields as one value.
    public var fields: Fields {
        get { storage.value }
        _modify { yield &storage.value }
    }

    public subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
        get { storage.value[keyPath: field] }
        _modify { yield &storage.value[keyPath: field] }
    }

    public init(from decoder: Decoder) throws { self.init(try Fields(from: decoder)) }

    public func encode(to encoder: Encoder) throws { try storage.value.encode(to: encoder) }

    public var id: String { storage.value.ref.id }
    public var path: String { storage.value.ref.path }

    public static let knownKeys = ["account", "title", "owner", "stage", "value", "currency", "probability", "decision_date", "consequence",
                                   "outcome", "closed", "lost_to", "lost_reason", "follow_up", "campaign", "objectives", "last_contact",
                                   "fit", "tags", "stakeholders", "forecast", "opened", "crm_id"]
    public static let sectionNames = DealSection.allCases.map(\.title)

    /// The location of a field's value, or of the front-matter's start when the field is absent.
    public func location(of field: String) -> SourceLocation {
        self.fieldLocations[field] ?? SourceLocation(path: path, line: 1, column: 1)
    }

    /// The location of a section heading, or of the file's start when the section is absent.
    public func location(ofSection section: String) -> SourceLocation {
        self.sectionLocations[section] ?? SourceLocation(path: path, line: 1, column: 1)
    }

    /// Every item of the deal (buying process, backlog, next steps, exit tasks), nested ones included.
    public var allItems: [Item] { (self.buyingProcess + self.backlog + self.nextSteps + self.exitTasks).flatMap(\.flattened) }

    /// The buyer's current step: the first buying-process step that is neither done nor dropped.
    public var currentBuyingStep: Item? { self.buyingProcess.first { $0.isOpen } }

    /// Next steps still to do or in progress.
    public var openNextSteps: [Item] { self.nextSteps.filter(\.isOpen) }

    /// How many next steps are still to do or in progress, and whether one of them has an
    /// owner `isBuyer` accepts: `openNextSteps`' facts without gathering the steps.
    public func openNextStepCount(buyer isBuyer: (String) -> Bool) -> (open: Int, buyerStep: Bool) {
        let steps = storage.value.nextSteps
        var open = 0, buyerStep = false
        for index in steps.indices where steps[index].isOpen {
            open += 1
            if !buyerStep, steps[index].owners.contains(where: isBuyer) { buyerStep = true }
        }
        return (open, buyerStep)
    }

    /// The stakeholder with this id.
    public func stakeholder(_ id: String) -> Stakeholder? { self.stakeholders.first { $0.id == id } }

    /// The newest date of contact: `last_contact` or the newest dated `Log` line.
    public var lastTouched: Day? {
        var logged: Day?
        for entry in storage.value.log { if let date = entry.date, logged.map({ date > $0 }) ?? true { logged = date } }
        switch (self.lastContact, logged) {
        case let (a?, b?): return max(a, b)
        case let (a, b): return a ?? b
        }
    }

    /// Days from the last contact to `day`; `nil` when the deal records no contact.
    public func daysSinceContact(asOf day: Day) -> Int? { lastTouched.map { $0.days(to: day) } }

    /// The deal's probability in percent: its own, else its stage's, 100 when won, 0 when lost or undecided.
    public func effectiveProbability(in config: WorkspaceConfig) -> Double {
        switch self.outcome {
        case .won: return 100
        case .lost, .noDecision: return 0
        case .open: return self.probability ?? config.stage(self.stage)?.probability ?? 0
        }
    }

    /// Value × probability.
    public func weightedValue(in config: WorkspaceConfig) -> Double {
        (self.value ?? 0) * effectiveProbability(in: config) / 100
    }

    public var isOpen: Bool { self.outcome == .open }

    /// The deal's forecast category: its own `forecast:`, else its stage's, else `pipeline`.
    public func forecastCategory(in config: WorkspaceConfig) -> ForecastCategory {
        self.forecast ?? config.stage(self.stage)?.forecast ?? .stageDefault
    }
}
