import ScrumsellBase
import ScrumsellModel
import ScrumsellRead

/// One deal as a page (`scrumsell show DEAL`): its facts, the buyer's process with the
/// current step marked, next steps, stakeholders with the day a `Log` line last named them,
/// the exit tasks of the current stage, the backlog by state, the buyer's objectives, our
/// Delivery and the contingencies, the last `logLimit` Log lines and, when git's history was
/// read, the deal's timeline.
public struct DealPage: Sendable, Encodable {
    /// How many of the newest Log lines the page shows.
    public static let logLimit = 10

    public var asOf: Day
    public var deal: DealSummary
    public var stageName: String
    public var closed: Day?
    public var lostTo: String?
    public var lostReason: String?
    public var followUp: Day?
    public var objectives: [String]
    public var fit: Int?
    public var tags: [String]
    /// The newest contact: `last_contact` or the newest dated Log line.
    public var lastContact: Day?
    public var daysSilent: Int?
    /// Days from as-of to the decision date, negative once it has passed.
    public var daysToDecision: Int?
    public var buyingProcess: [PageItem]
    public var nextSteps: [PageItem]
    public var stakeholders: [StakeholderLine]
    public var exitTasks: [ExitTask]
    public var backlog: [BacklogGroup]
    public var buyerObjectives: [String]
    public var delivery: [String]
    public var contingencies: [String]
    /// The last `logLimit` Log lines, in file order.
    public var log: [LogEntry]
    /// How many Log lines are left out above `log`.
    public var olderLogLines: Int
    /// What git says about the deal; `nil` when the history was not read.
    public var timeline: DealTimeline?
    /// Why there is no timeline when the history could not be read (no git, no repository).
    public var historyNote: String?

    /// An item as the page lists it.
    public struct PageItem: Sendable, Encodable {
        public var title: String
        /// The item's lines after the first, tokens removed.
        public var description: String?
        public var state: String
        public var owners: [PersonRef]
        public var due: Day?
        public var done: Day?
        public var points: Double?
        public var kinds: [String]
        public var sprint: String?
        public var line: Int
        /// True on the buyer's current step: the first buying-process step not done or dropped.
        public var current: Bool

        init(_ item: Item, deal: Deal, config: WorkspaceConfig, current: Bool = false) {
            title = item.title
            description = item.description
            state = item.state.name
            owners = item.owners.map { PersonRef.resolve($0, deal: deal, config: config) }
            due = item.due
            done = item.done
            points = item.points
            kinds = item.kinds
            sprint = item.sprint
            line = item.location.line
            self.current = current
        }
    }

    /// A stakeholder with the day of the newest Log line that names them.
    public struct StakeholderLine: Sendable, Encodable {
        public var id: String
        public var name: String
        public var title: String?
        public var influence: String?
        public var rapport: String?
        public var lastMentioned: Day?
    }

    /// An exit task of the deal's current stage, with the state of its item (`todo` when it is not listed).
    public struct ExitTask: Sendable, Encodable {
        public var stage: String
        public var task: String
        public var state: String
        public var done: Day?
        public var line: Int?
    }

    /// The backlog items in one state.
    public struct BacklogGroup: Sendable, Encodable {
        public var state: String
        public var items: [PageItem]
    }

    public init(_ deal: Deal, config: WorkspaceConfig, asOf: Day, timeline: DealTimeline? = nil) {
        self.asOf = asOf
        self.deal = DealSummary(deal, config: config)
        stageName = config.stage(deal.stage)?.name ?? deal.stage
        closed = deal.closed
        lostTo = deal.lostTo
        lostReason = deal.lostReason
        followUp = deal.followUp
        objectives = deal.objectives
        fit = deal.fit
        tags = deal.tags
        lastContact = deal.lastTouched
        daysSilent = deal.daysSinceContact(asOf: asOf)
        daysToDecision = deal.decisionDate.map { asOf.days(to: $0) }
        let currentStep = deal.currentBuyingStep
        buyingProcess = deal.buyingProcess.flatMap(\.flattened).map { item in
            PageItem(item, deal: deal, config: config, current: currentStep.map { $0.location == item.location } ?? false)
        }
        nextSteps = deal.nextSteps.flatMap(\.flattened).map { PageItem($0, deal: deal, config: config) }
        stakeholders = deal.stakeholders.map { person in
            StakeholderLine(id: person.id, name: person.name, title: person.title, influence: person.influence, rapport: person.rapport,
                            lastMentioned: DealPage.lastMention(of: person, in: deal.log))
        }
        let listed = deal.exitTasks.flatMap(\.flattened)
        exitTasks = (config.stage(deal.stage)?.exit ?? []).map { task in
            let wanted = task.trimmingSpaces()
            let item = listed.last { $0.title.caseInsensitiveEquals(wanted) }
            return ExitTask(stage: deal.stage, task: wanted, state: item.map(\.state.name) ?? "todo",
                            done: item?.done, line: item?.location.line)
        }
        let backlogItems = deal.backlog.flatMap(\.flattened)
        backlog = [Checkbox.doing, .todo, .done, .dropped].compactMap { state in
            let items = backlogItems.filter { $0.state == state }
            return items.isEmpty ? nil : BacklogGroup(state: state.name, items: items.map { PageItem($0, deal: deal, config: config) })
        }
        buyerObjectives = deal.buyerObjectives
        delivery = deal.delivery
        contingencies = deal.contingencies
        log = Array(deal.log.suffix(DealPage.logLimit))
        olderLogLines = deal.log.count - log.count
        self.timeline = timeline
    }

    /// The newest dated Log line naming the stakeholder: `@id`, their whole name, or their
    /// first name as a word of its own.
    package static func lastMention(of person: Stakeholder, in log: [LogEntry]) -> Day? {
        let firstName = person.name.split(separator: " ").first.map(String.init)
        var newest: Day?
        for entry in log {
            guard let date = entry.date, newest.map({ date > $0 }) ?? true else { continue }
            let text = entry.text
            let names = text.contains("@\(person.id)") || (!person.name.isEmpty && text.contains(person.name))
                || (firstName.map { containsWord($0, in: text) } ?? false)
            if names { newest = date }
        }
        return newest
    }

    /// True when `word` stands in `text` with no letter or digit on either side.
    package static func containsWord(_ word: String, in text: String) -> Bool {
        guard !word.isEmpty else { return false }
        var searchRange = text.startIndex..<text.endIndex
        while let found = text.range(of: word, range: searchRange) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            let isBoundary = { (character: Character?) in character.map { !($0.isLetter || $0.isNumber) } ?? true }
            if isBoundary(before), isBoundary(after) { return true }
            searchRange = found.upperBound..<text.endIndex
        }
        return false
    }
}
