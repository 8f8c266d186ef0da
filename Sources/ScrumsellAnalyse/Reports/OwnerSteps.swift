/// The steps a team member must do or chase: those they own, and those of their deals owned
/// by the buyer or by nobody.
public struct OwnerSteps: Sendable, Codable, Equatable {
    public var owner: PersonRef
    public var steps: [StepDue]
}
