import ArgumentParser
import ScrumsellKit

/// `scrumsell close DEAL won|lost|no-decision`.
struct CloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: "Close a deal: won, lost (to a competitor) or no-decision.",
        discussion: "Sets outcome and closed (--as-of). Won passes the gate of stage: the exit tasks of the current stage and the stages after it must be done, or --force. A lost deal needs --to. Without --follow-up a lost or undecided deal gets one proposed 90 days out: it is not over till it is over."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var edit: EditOptions

    @Argument(help: "The deal.", completion: .deals) var deal: String
    @Argument(help: "won, lost or no-decision.") var outcome: String
    @Option(parsing: .unconditional, help: "The competitor who won (needed when lost).") var to: String?
    @Option(parsing: .unconditional, help: "Why the deal was lost or ended without a decision.") var reason: String?
    @Flag(help: "Close as won even though exit tasks of the current or later stages are open.") var force = false
    @Option(name: .customLong("follow-up"), help: ArgumentHelp("When to check back with the buyer.", valueName: "yyyy-mm-dd")) var followUp: String?

    func run() throws {
        try DashedValue.requireNotAnOption([("--to", to), ("--reason", reason)])
        guard let outcome = Outcome(rawValue: outcome), outcome.isClosed else {
            throw CommandFailure.usage("the outcome must be won, lost or no-decision, got '\(self.outcome)'")
        }
        if outcome == .lost, to == nil { throw CommandFailure.usage("a lost deal needs the competitor who won it: --to COMPETITOR (or --to nobody)") }
        if outcome != .lost, to != nil { throw CommandFailure.usage("--to names the competitor of a lost deal") }
        if outcome == .won, reason != nil || followUp != nil { throw CommandFailure.usage("--reason and --follow-up are for a deal lost or ended without a decision") }
        let followUpDay = try followUp.map { try GlobalOptions.parseDay($0, option: "--follow-up") }
        let root = try global.root()
        let day = try global.day()
        try EditOutput.locked(edit, root: root) {
            let editor = WorkspaceEditor(root: root, asOf: day)
            try EditOutput.perform(edit, root: root) {
                try editor.close(deal, outcome: outcome, lostTo: to, reason: reason, followUp: followUpDay, force: force)
            }
        }
    }
}
