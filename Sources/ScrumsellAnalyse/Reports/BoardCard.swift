import ScrumsellBase
import ScrumsellRead
import ScrumsellModel

/// One item as a card: its text, state, owners, the deal or campaign it serves, due date,
/// points and whether it is overdue.
public struct BoardCard: Sendable, Codable, Equatable {
    /// A card's lane, from its checkbox.
    public enum State: String, Sendable, Codable, CaseIterable {
        case todo, doing, done, dropped

        public init(_ box: Checkbox) {
            switch box {
            case .todo: self = .todo
            case .doing: self = .doing
            case .done: self = .done
            case .dropped: self = .dropped
            }
        }
    }

    /// The deal or campaign a card serves.
    public struct Subject: Sendable, Codable, Equatable {
        public enum Kind: String, Sendable, Codable { case deal, campaign }
        public var kind: Kind
        public var id: String
        /// The deal's account or the campaign's title.
        public var name: String

        package init(kind: Kind, id: String, name: String) {
            self.kind = kind
            self.id = id
            self.name = name
        }
    }

    /// The item's text without its tokens.
    public var text: String
    public var state: State
    public var owners: [PersonRef]
    public var subject: Subject?
    public var due: Day?
    public var done: Day?
    public var points: Double?
    /// `#kind` tags.
    public var kinds: [String]
    /// Open and due before the report's day.
    public var overdue: Bool
    /// Days past the due date when overdue.
    public var daysOverdue: Int?
    /// Where the item is written.
    public var source: SourceLocation

    public init(_ item: Item, subject: ItemSubject, config: WorkspaceConfig, asOf day: Day) {
        text = item.title
        state = State(item.state)
        owners = item.owners.map { PersonRef.resolve($0, deal: subject.deal, config: config) }
        switch subject {
        case .deal(let deal): self.subject = Subject(kind: .deal, id: deal.id, name: deal.account)
        case .campaign(let campaign): self.subject = Subject(kind: .campaign, id: campaign.id, name: campaign.title)
        case .none: self.subject = nil
        }
        due = item.due
        done = item.done
        points = item.points
        kinds = item.kinds
        overdue = item.isOverdue(asOf: day)
        daysOverdue = overdue ? item.due.map { $0.days(to: day) } : nil
        source = item.location
    }

    public var isOpen: Bool { state == .todo || state == .doing }

    /// Cards by due date (undated last), then by where they are written.
    public static func byDue(_ a: BoardCard, _ b: BoardCard) -> Bool {
        switch (a.due, b.due) {
        case let (x?, y?) where x != y: return x < y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return a.source < b.source
        }
    }
}
