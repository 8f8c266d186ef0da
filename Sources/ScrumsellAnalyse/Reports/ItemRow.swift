import ScrumsellBase
import ScrumsellRead
import ScrumsellModel

/// One item as `scrumsell items` lists it: where it is written, what it is about, whose it
/// is and when it is due.
public struct ItemRow: Sendable, Equatable {
    /// `path:line` of the item's box.
    public var location: String
    public var path: String
    public var line: Int
    /// The kind of file holding it: `deal`, `campaign` or `sprint`.
    public var file: String
    /// The deal it is about (its file's, or for a sprint item the first deal its `+links` name).
    public var deal: String?
    public var account: String?
    /// The campaign it serves: its file's, its deal's, or one its `+links` name.
    public var campaign: String?
    public var title: String
    /// The lines after the title (`Item.description`), when the item has more than one.
    public var description: String?
    /// The text after the box, tokens included, as written.
    public var text: String
    public var state: Checkbox
    public var owners: [String]
    public var side: ItemSide
    public var due: Day?
    public var done: Day?
    public var points: Double?
    /// `sprint:ID`, or the sprint whose backlog holds the item.
    public var sprint: String?
    public var section: String
    public var kinds: [String]
    /// Open and due before the report's day.
    public var overdue: Bool

    public init(_ item: Item, about subject: ItemSubject, in workspace: Workspace, asOf day: Day) {
        location = "\(item.document.path):\(item.location.line)"
        path = item.document.path
        line = item.location.line
        file = item.document.kind.rawValue
        switch subject {
        case .deal(let deal):
            self.deal = deal.id
            account = deal.account
            campaign = deal.campaign
        case .campaign(let campaign):
            self.campaign = campaign.id
        case .none:
            break
        }
        title = item.title
        description = item.description
        text = item.text
        state = item.state
        owners = item.owners
        side = ItemSide.of(item, deal: subject.deal, in: workspace)
        due = item.due
        done = item.done
        points = item.points
        sprint = item.sprint ?? (item.document.kind == .sprint ? item.document.id : nil)
        section = item.section
        kinds = item.kinds
        overdue = item.isOverdue(asOf: day)
    }
}

/// Whose job an item is, as the stand-up and the reports decide it: the buyer's when every
/// owner is one of the deal's stakeholders; ours when a team member owns it, or nobody does
/// (it falls to the deal's owner); unknown when its owners are neither.
public enum ItemSide: String, Sendable, Codable {
    case ours, buyer, unknown

    public static func of(_ item: Item, deal: Deal?, in workspace: Workspace) -> ItemSide {
        let owners = item.owners
        if owners.isEmpty { return .ours }
        let sides = owners.map { workspace.side(of: $0, in: deal) }
        if sides.contains(.ours) { return .ours }
        if sides.allSatisfy({ $0 == .buyer }) { return .buyer }
        return .unknown
    }
}
