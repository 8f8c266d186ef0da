import ScrumsellBase
import ScrumsellModel

extension WorkspaceEditor {
    /// How long after a loss or a no-decision the proposed follow-up falls: long enough for
    /// the winner to have to deliver (seed 004: it is not over till it is over).
    public static let proposedFollowUpDays = 90

    /// `close DEAL won|lost|no-decision`: sets `outcome` and `closed` (kept when the deal was
    /// already closed this way). A loss records `lost_to`; a loss or no-decision records
    /// `lost_reason` when given and a `follow_up` date — the one given, the one already set, or
    /// one proposed `proposedFollowUpDays` after as-of (the notes say so). Winning passes the
    /// gate of `stage`: the exit tasks of the current stage and of the stages after it must be
    /// done (or dropped), unless `force`.
    public func close(_ reference: String, outcome: Outcome, lostTo: String? = nil, reason: String? = nil,
                      followUp: Day? = nil, force: Bool = false) throws -> EditResult {
        guard outcome.isClosed else { throw EditRefusal("a deal is closed as won, lost or no-decision") }
        if outcome == .lost, lostTo?.trimmingSpaces().isEmpty ?? true {
            throw EditRefusal("a lost deal needs the competitor who won it: --to COMPETITOR (or --to nobody)")
        }
        if outcome != .lost, lostTo != nil { throw EditRefusal("--to names the competitor of a lost deal") }
        if outcome == .won, reason != nil || followUp != nil { throw EditRefusal("--reason and --follow-up are for a deal lost or ended without a decision") }
        let document = try self.document(reference, kinds: [.deal])
        try document.requireNoReadingErrors(for: "the deal is closed")
        let deal = try self.deal(document)
        let frontMatter = try FrontMatterEditor(document)
        var forced = false
        if outcome == .won, deal.outcome != .won {
            let candidates = unfinishedExitTasks(of: deal, in: document, from: deal.stage, upTo: nil)
            if !candidates.isEmpty, !force {
                throw EditRefusal("\(document.path): cannot close the deal as won from '\(deal.stage)': \(candidates.count) exit task\(candidates.count == 1 ? " is" : "s are") not done (finish or drop them, or use --force)",
                                  candidates: candidates)
            }
            forced = !candidates.isEmpty
        }

        var values: [(key: String, value: FrontMatterEditor.Value, shown: String)] = [("outcome", .token(outcome.rawValue), outcome.rawValue)]
        let closed = deal.outcome == outcome ? (deal.closed ?? asOf) : asOf
        values.append(("closed", .token("\(closed)"), "\(closed)"))
        if let lostTo { values.append(("lost_to", .text(try Self.requireOneLine(lostTo, what: "competitor")), lostTo.trimmingSpaces())) }
        if let reason { values.append(("lost_reason", .text(try Self.requireOneLine(reason, what: "reason")), reason.trimmingSpaces())) }
        var proposed: Day?
        if outcome != .won {
            if let followUp {
                values.append(("follow_up", .token("\(followUp)"), "\(followUp)"))
            } else if deal.followUp == nil {
                proposed = asOf.adding(days: Self.proposedFollowUpDays)
                values.append(("follow_up", .token("\(proposed!)"), "\(proposed!)"))
            }
        }
        values = values.filter { frontMatter.scalar($0.key) != $0.shown }
        guard !values.isEmpty else { return EditResult(notes: ["\(document.path): the deal is already \(outcome.rawValue)"]) }

        var plan = document.plan()
        for value in values { plan.add(try frontMatter.set(value.key, to: value.value)) }
        let change = try document.change(applying: plan, what: "close the deal") { reread in
            values.allSatisfy { FrontMatterEditor.reads(reread, key: $0.key, as: $0.shown) }
        }
        var notes = values.map { value in
            let before = frontMatter.scalar(value.key).map { $0.isEmpty ? "" : "\($0) → " } ?? ""
            return "\(document.path): \(value.key): \(before)\(value.shown)\(forced && value.key == "outcome" ? " (forced)" : "")"
        }
        if let proposed {
            notes.append("\(document.path): proposed follow_up \(proposed), \(Self.proposedFollowUpDays) days after closing: it is not over till it is over (set another date with --follow-up)")
        }
        let stale = outcome == .won ? ["lost_to", "lost_reason", "follow_up"].filter { frontMatter.scalar($0)?.isEmpty == false } : []
        if !stale.isEmpty {
            notes.append("\(document.path): note: \(stale.joined(separator: ", ")) stay\(stale.count == 1 ? "s" : "") from before; remove \(stale.count == 1 ? "it" : "them") if no longer true")
        }
        return EditResult(changes: [change], notes: notes)
    }
}
