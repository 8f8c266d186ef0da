import ScrumsellBase

/// A buyer's step or next step of an open deal that is overdue or due in the report's week.
public struct StepDue: Sendable, Codable, Equatable {
    public var deal: DealSummary
    public var text: String
    /// `Next steps` or `Buying process`.
    public var section: String
    public var owners: [PersonRef]
    public var due: Day
    public var overdue: Bool
    public var daysOverdue: Int?
    public var source: SourceLocation
}
