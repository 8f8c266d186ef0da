import ScrumsellBase
import ScrumsellModel

/// The deal-inspection warnings of Miller Heiman's buying influences: `single-threaded` (an
/// open deal past the first stage with fewer than two buyer-side stakeholders) and
/// `no-economic-buyer` (an open deal at or past `economic_buyer_from:` with no stakeholder of
/// influence `economic`).
enum DealRiskChecks {
    static func run(_ workspace: Workspace, _ day: Day) -> [Diagnostic] {
        let config = workspace.config
        var found: [Diagnostic] = []
        for deal in workspace.deals where deal.isOpen {
            // Both point at `stakeholders:`, or at the stage when the deal names nobody.
            let at = deal.fieldLocations["stakeholders"] ?? deal.location(of: "stage")
            if deal.isSingleThreaded(in: config) {
                let count = deal.buyerStakeholders(in: config).count
                found.append(.warning("single-threaded", "the deal is past the first stage ('\(deal.stage)') with \(count == 0 ? "no" : "only \(count)") buyer-side stakeholder\(count == 1 ? "" : "s")",
                                      at: at, hint: "one contact leaving loses the deal: add a second person of the buyer under 'stakeholders:' (`scrumsell stakeholder add \(deal.id) ID --name …`)"))
            }
            if deal.lacksEconomicBuyer(in: config) {
                let from = config.economicBuyerStageIndex.map { config.stages[$0].id } ?? deal.stage
                found.append(.warning("no-economic-buyer", "the deal is at '\(deal.stage)' (from '\(from)' on an economic buyer is needed) but no stakeholder has influence economic",
                                      at: at, hint: "find who signs off the budget and add them with 'influence: economic'"))
            }
        }
        return found
    }
}
