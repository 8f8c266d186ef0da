import ScrumsellBase
import ScrumsellModel

/// A warning sign on an open deal in `scrumsell deals`, the short form of a `check` warning.
public enum DealFlag: String, Sendable, Codable, CaseIterable {
    /// No contact for more than the stage's (else the workspace's) `stale_after_days` (`deal-gone-dark`).
    case dark
    /// The decision date has passed (`deal-decision-date-passed`).
    case decisionPassed = "decision-passed"
    /// Qualified, with fewer open next steps than `next_steps_required` (`deal-next-steps`).
    case shortOfSteps = "short-of-steps"
    /// Qualified, with open next steps none of which the buyer owns (`deal-no-buyer-step`).
    case noBuyerStep = "no-buyer-step"
    /// An open step of the buying process or an open next step is past its due date.
    case overdue
    /// Past the first stage with fewer than two buyer-side stakeholders (`single-threaded`).
    case singleThreaded = "single-threaded"
    /// At or past `economic_buyer_from` with no economic buyer (`no-economic-buyer`).
    case noEconomicBuyer = "no-economic-buyer"

    /// The flags of `deal` as of `day`, in `CaseIterable` order; none for a closed deal.
    public static func flags(of deal: Deal, in workspace: Workspace, asOf day: Day, silent: (days: Int, dark: Bool)?,
                             nextSteps: (open: Int, buyerStep: Bool)) -> [DealFlag] {
        guard deal.isOpen else { return [] }
        let config = workspace.config
        var flags: [DealFlag] = []
        if silent?.dark == true { flags.append(.dark) }
        if let decision = deal.decisionDate, decision < day { flags.append(.decisionPassed) }
        if deal.isQualified(in: config) {
            if nextSteps.open < config.nextStepsRequired { flags.append(.shortOfSteps) }
            if nextSteps.open > 0, !nextSteps.buyerStep { flags.append(.noBuyerStep) }
        }
        var overdue = false
        Item.visit(deal.buyingProcess, deal.nextSteps) { item in
            if !overdue, item.isOverdue(asOf: day) { overdue = true }
        }
        if overdue { flags.append(.overdue) }
        if deal.isSingleThreaded(in: config) { flags.append(.singleThreaded) }
        if deal.lacksEconomicBuyer(in: config) { flags.append(.noEconomicBuyer) }
        return flags
    }
}
