import ScrumsellBase
import ScrumsellModel

/// The fields of a deal whose history matters, as one version of its file wrote them.
public struct DealSnapshot: Sendable, Codable, Equatable {
    public var stage: String
    public var decisionDate: Day?
    public var value: Double?
    public var outcome: Outcome

    public init(stage: String, decisionDate: Day? = nil, value: Double? = nil, outcome: Outcome = .open) {
        self.stage = stage
        self.decisionDate = decisionDate
        self.value = value
        self.outcome = outcome
    }

    public init(_ deal: Deal) {
        self.init(stage: deal.stage, decisionDate: deal.decisionDate, value: deal.value, outcome: deal.outcome)
    }

    enum CodingKeys: String, CodingKey {
        case stage, value, outcome
        case decisionDate = "decision_date"
    }
}
