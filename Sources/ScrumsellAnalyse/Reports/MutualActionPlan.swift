import ScrumsellBase
import ScrumsellModel

/// The buyer's view of a deal, safe to send to the buyer: their objectives, their buying
/// process and the next steps with owners on both sides and dates, the decision date and the
/// consequence they named, and who is involved on both sides.
///
/// Built from the deal directly, and from nothing else: it has no field for the deal's value,
/// probability, forecast, stage, rapport notes or influence, Log, Backlog, Delivery, exit tasks or
/// contingencies, so none can reach the buyer; nor any item or line the workspace marks internal
/// (`InternalMarking`).
public struct MutualActionPlan: Sendable, Codable, Equatable {
    /// Someone involved: a stakeholder (the buyer's side) or a team member (ours).
    public struct Person: Sendable, Codable, Equatable {
        public var name: String
        /// The stakeholder's job title; for our side, `account lead` for the deal's owner.
        public var title: String?
        public var side: OwnerSide
    }

    /// A step of the buying process or a next step.
    public struct Step: Sendable, Codable, Equatable {
        /// The item's text without its tokens.
        public var text: String
        public var state: BoardCard.State
        public var owners: [Person]
        public var due: Day?
        public var done: Day?
    }

    public var asOf: Day
    public var deal: String
    public var account: String
    public var title: String?
    public var buyerObjectives: [String]
    public var buyingProcess: [Step]
    public var nextSteps: [Step]
    public var decisionDate: Day?
    public var consequence: String?
    /// The deal's stakeholders, as written.
    public var buyerSide: [Person]
    /// The deal's owner, then every team member who owns a step, by name.
    public var ourSide: [Person]

    public static func build(_ deal: Deal, config: WorkspaceConfig, asOf day: Day) -> MutualActionPlan {
        func person(_ id: String) -> Person {
            if let member = config.member(id) { return Person(name: member.name, title: id == deal.owner ? "account lead" : nil, side: .ours) }
            if let stakeholder = deal.stakeholder(id) { return Person(name: stakeholder.name, title: stakeholder.title, side: .buyer) }
            return Person(name: id, title: nil, side: .unknown)
        }
        func steps(_ items: [Item]) -> [Step] {
            items.flatMap(\.flattened).filter { !$0.isInternal }.map { item in
                Step(text: item.title, state: BoardCard.State(item.state), owners: item.owners.map(person), due: item.due, done: item.done)
            }
        }
        let buyingProcess = steps(deal.buyingProcess), nextSteps = steps(deal.nextSteps)
        var ours = [person(deal.owner)]
        for step in buyingProcess + nextSteps {
            for owner in step.owners where owner.side == .ours && !ours.contains(where: { $0.name == owner.name }) {
                ours.append(Person(name: owner.name, title: nil, side: .ours))
            }
        }
        return MutualActionPlan(
            asOf: day, deal: deal.id, account: deal.account, title: deal.title,
            buyerObjectives: deal.buyerObjectives.filter { !InternalMarking.isTagged($0) },
            buyingProcess: buyingProcess, nextSteps: nextSteps,
            decisionDate: deal.decisionDate, consequence: deal.consequence,
            buyerSide: deal.stakeholders.map { Person(name: $0.name, title: $0.title, side: .buyer) },
            ourSide: ours)
    }
}
