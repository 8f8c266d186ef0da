import ScrumsellBase
import ScrumsellModel

/// Rules on managing the buyer's process (seeds 001, 002, 004): decision date and
/// consequence, two next steps with one on the buyer's side, slipped dates, deals gone
/// dark, unfinished exit tasks, and the follow-up of lost deals.
enum DealChecks {
    static func run(_ workspace: Workspace, _ day: Day) -> [Diagnostic] {
        workspace.deals.parallelMap { check($0, in: workspace, asOf: day) }.flatMap { $0 }
    }

    static func check(_ deal: Deal, in workspace: Workspace, asOf day: Day) -> [Diagnostic] {
        let config = workspace.config
        var found: [Diagnostic] = []
        switch deal.outcome {
        case .lost:
            if deal.lostTo == nil {
                found.append(.warning("lost-without-competitor", "the deal is lost but does not say to whom (lost_to)", at: deal.location(of: "outcome"),
                                      hint: "add 'lost_to: Competitor' (or 'lost_to: nobody'), and 'lost_reason:'"))
            }
            if deal.followUp == nil {
                found.append(.warning("lost-without-follow-up", "the deal is lost and has no follow_up date", at: deal.location(of: "outcome"),
                                      hint: "it is not over till it is over: add 'follow_up: YYYY-MM-DD' to check back once the winner has to deliver"))
            }
            return found
        case .won, .noDecision:
            return found
        case .open:
            break
        }

        if deal.isQualified(in: config) {
            let stageName = deal.stage
            // A decision_date that is not a valid date is already an error; do not call it missing too.
            if deal.decisionDate == nil, deal.fieldLocations["decision_date"] == nil {
                found.append(.warning("deal-no-decision-date", "the deal is past the first stage ('\(stageName)') but has no decision_date",
                                      at: deal.location(of: "stage"), hint: "ask the buyer when they need the solution in place: 'decision_date: YYYY-MM-DD'"))
            }
            if deal.consequence?.nilIfEmpty == nil {
                found.append(.warning("deal-no-consequence", "the deal is past the first stage ('\(stageName)') but has no consequence",
                                      at: deal.location(of: "stage"), hint: "ask what happens to the buyer if they miss the date: 'consequence: …'"))
            }
            let open = deal.openNextSteps
            let nextStepsAt = deal.location(ofSection: DealSection.nextSteps.title)
            if open.count < config.nextStepsRequired {
                found.append(.warning("deal-next-steps", "the deal names \(open.count) open next step\(open.count == 1 ? "" : "s"); \(config.nextStepsRequired) are required",
                                      at: nextStepsAt, hint: "what are the next two critical things you and the customer must do? add them under '## Next steps'"))
            }
            if !open.isEmpty, !open.contains(where: { $0.owners.contains { workspace.side(of: $0, in: deal) == .buyer } }) {
                found.append(.warning("deal-no-buyer-step", "no open next step is owned by the buyer",
                                      at: nextStepsAt, hint: "add a step the customer must take, owned by a stakeholder (@id from 'stakeholders:')"))
            }
        }
        if let decision = deal.decisionDate, decision < day {
            found.append(.warning("deal-decision-date-passed", "the decision date \(decision) has passed (\(daysAgo(decision.days(to: day)))) and the deal is still open",
                                  at: deal.location(of: "decision_date"),
                                  hint: "agree a new date with the buyer and remind them of the consequence, or close the deal"))
        }
        if let silent = deal.silentDays(asOf: day, in: config), silent.dark {
            found.append(.warning("deal-gone-dark", "no contact for \(silent.days) days (more than \(config.staleAfterDays(inStage: deal.stage))): the deal has gone dark",
                                  at: lastContactLocation(of: deal),
                                  hint: "call the buyer with something of value to them, then `scrumsell touch \(deal.id)`"))
        }
        for (stage, tasks) in deal.unfinishedEarlierStages(in: config) {
            found.append(.warning("deal-exit-tasks", "the deal is past '\(stage.id)' but its exit tasks are not done: \(tasks.joined(separator: "; "))",
                                  at: deal.location(of: "stage"),
                                  hint: "finish them under '## Exit tasks' (- [x] task stage:\(stage.id)), or mark a waived one dropped [-]"))
        }
        return found
    }

    static func daysAgo(_ days: Int) -> String { days == 1 ? "yesterday" : "\(days) days ago" }

    /// Where the deal's newest contact is written: `last_contact`, or the newest dated `Log` line when that is later.
    static func lastContactLocation(of deal: Deal) -> SourceLocation {
        let newestLog = deal.log.filter { $0.date != nil }.max { $0.date! < $1.date! }
        if let newestLog, deal.lastContact.map({ newestLog.date! > $0 }) ?? true {
            return SourceLocation(path: deal.path, line: newestLog.line, column: 1)
        }
        return deal.fieldLocations["last_contact"] ?? deal.location(ofSection: DealSection.log.title)
    }
}
