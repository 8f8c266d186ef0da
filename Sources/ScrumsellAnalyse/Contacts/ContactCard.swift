import ScrumsellModel

/// A stakeholder with the deal they belong to: one card of `scrumsell contacts`.
public struct ContactCard: Sendable, Equatable {
    public var dealID: String
    public var dealPath: String
    /// The deal's account: the card's organisation.
    public var account: String
    public var id: String
    public var name: String
    public var title: String?
    public var influence: String?
    public var rapport: String?

    public init(dealID: String, dealPath: String, account: String, id: String, name: String, title: String?, influence: String?, rapport: String?) {
        self.dealID = dealID
        self.dealPath = dealPath
        self.account = account
        self.id = id
        self.name = name
        self.title = title
        self.influence = influence
        self.rapport = rapport
    }

    /// The stakeholders of `deals`, by deal id and then in the order the deal lists them.
    public static func cards(of deals: [Deal]) -> [ContactCard] {
        deals.sorted { $0.id < $1.id }.flatMap { deal in
            deal.stakeholders.map {
                ContactCard(dealID: deal.id, dealPath: deal.path, account: deal.account, id: $0.id, name: $0.name,
                            title: $0.title, influence: $0.influence, rapport: $0.rapport)
            }
        }
    }
}
