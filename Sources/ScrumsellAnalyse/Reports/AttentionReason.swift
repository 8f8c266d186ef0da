import ScrumsellBase
import ScrumsellModel

/// Why an open deal needs attention (seeds 001 and 002: manage the buyer's process, keep
/// two next steps with one on the buyer's side, never let a deal go dark).
public struct AttentionReason: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// The decision date passed and the deal is still open.
        case decisionPassed = "decision-passed"
        /// No contact for more than `stale_after_days` (the stage's, else the workspace's).
        case goneDark = "gone-dark"
        /// Fewer open next steps than `next_steps_required` (qualified deals).
        case fewNextSteps = "few-next-steps"
        /// No open next step is owned by the buyer (qualified deals).
        case noBuyerStep = "no-buyer-step"
        /// A buying-process step or next step owned by the buyer is past its due date.
        case buyerStepOverdue = "buyer-step-overdue"
        /// The decision date is within a week.
        case decisionSoon = "decision-soon"
        /// Past the first stage with fewer than two buyer-side stakeholders.
        case singleThreaded = "single-threaded"
        /// At or past `economic_buyer_from` with no stakeholder of influence `economic`.
        case noEconomicBuyer = "no-economic-buyer"
    }

    public var kind: Kind
    /// The date concerned: the decision date, the last contact, the step's due date.
    public var date: Day?
    /// Days past (or, for `decision-soon`, days until) the date.
    public var days: Int?
    /// For `few-next-steps`: the open next steps and the number required.
    public var count: Int?
    public var required: Int?
    /// For `buyer-step-overdue`: the step and who owns it.
    public var step: String?
    public var owners: [PersonRef]?

    public init(kind: Kind, date: Day? = nil, days: Int? = nil, count: Int? = nil, required: Int? = nil, step: String? = nil, owners: [PersonRef]? = nil) {
        self.kind = kind
        self.date = date
        self.days = days
        self.count = count
        self.required = required
        self.step = step
        self.owners = owners
    }

    /// Days ahead that make a decision date "soon".
    public static let decisionSoonDays = 7

    /// Every reason an open deal needs attention as of `day`, in `Kind` order; none for a closed deal.
    /// The rules are those of `check` (deal-decision-date-passed, deal-gone-dark, deal-next-steps, deal-no-buyer-step,
    /// single-threaded, no-economic-buyer).
    public static func assess(_ deal: Deal, in workspace: Workspace, asOf day: Day) -> [AttentionReason] {
        guard deal.isOpen else { return [] }
        // Reports assess thousands of deals on several cores: the workspace and its configuration
        // are read in place, never copied into a closure (a copy retains objects every core shares).
        var reasons: [AttentionReason] = []
        if let decision = deal.decisionDate, decision < day {
            reasons.append(AttentionReason(kind: .decisionPassed, date: decision, days: decision.days(to: day)))
        }
        if let silent = deal.silentDays(asOf: day, in: workspace.config), silent.dark {
            reasons.append(AttentionReason(kind: .goneDark, date: deal.lastTouched, days: silent.days))
        }
        if deal.isQualified(in: workspace.config) {
            let (open, buyerStep) = deal.openNextStepCount(buyer: { workspace.side(of: $0, in: deal) == .buyer })
            if open < workspace.config.nextStepsRequired {
                reasons.append(AttentionReason(kind: .fewNextSteps, count: open, required: workspace.config.nextStepsRequired))
            }
            if open > 0, !buyerStep {
                reasons.append(AttentionReason(kind: .noBuyerStep))
            }
        }
        overdueBuyerSteps(deal.buyingProcess, of: deal, in: workspace, asOf: day, into: &reasons)
        overdueBuyerSteps(deal.nextSteps, of: deal, in: workspace, asOf: day, into: &reasons)
        if let decision = deal.decisionDate, decision >= day, day.days(to: decision) <= decisionSoonDays {
            reasons.append(AttentionReason(kind: .decisionSoon, date: decision, days: day.days(to: decision)))
        }
        if deal.isSingleThreaded(in: workspace.config) {
            reasons.append(AttentionReason(kind: .singleThreaded, count: deal.buyerStakeholders(in: workspace.config).count, required: 2))
        }
        if deal.lacksEconomicBuyer(in: workspace.config) {
            reasons.append(AttentionReason(kind: .noEconomicBuyer))
        }
        return reasons
    }

    /// The overdue steps of `items` (nested ones included) that only the buyer's people own.
    private static func overdueBuyerSteps(_ items: [Item], of deal: Deal, in workspace: Workspace, asOf day: Day,
                                          into reasons: inout [AttentionReason]) {
        items.withUnsafeBufferPointer { steps in
            for index in steps.indices {
                if steps[index].isOverdue(asOf: day), let due = steps[index].due, !steps[index].owners.isEmpty,
                   steps[index].owners.allSatisfy({ workspace.side(of: $0, in: deal) == .buyer }) {
                    reasons.append(AttentionReason(kind: .buyerStepOverdue, date: due, days: due.days(to: day), step: steps[index].title,
                                                   owners: steps[index].owners.map { PersonRef.resolve($0, deal: deal, config: workspace.config) }))
                }
                if !steps[index].children.isEmpty {
                    overdueBuyerSteps(steps[index].children, of: deal, in: workspace, asOf: day, into: &reasons)
                }
            }
        }
    }
}
