import ScrumsellGit
import ScrumsellAnalyse

/// The template values of the history sections the weekly report and the retrospective
/// gain from git: every key is set whether or not history was read, so a template's
/// `{{#hasHistory}}` sections are simply left out without it.
enum HistoryValues {
    /// The weekly report's "Changed this week" and "Aging in their stage".
    static func weekly(_ history: WeeklyHistory?, note: String?, currency: String) -> [String: TemplateValue] {
        func money(_ amount: Double?) -> String { ContextValues.money(amount, currency) }
        var values = common(read: history != nil, horizon: history?.horizon, note: note)
        let changes = history?.changes
        func rows(_ entries: [WeekChanges.Entry]?, _ change: String, _ what: (WeekChanges.Entry) -> String) -> [TemplateValue] {
            (entries ?? []).map { ["change": .text(change), "deal": .text($0.deal), "account": .text($0.account), "what": .text(what($0)),
                                   "when": .text(ContextValues.date($0.date))] }
        }
        func stage(_ entry: WeekChanges.Entry) -> String {
            "in \(entry.toStage ?? ContextValues.none)" + (entry.toValue.map { ", \(money($0))" } ?? "")
        }
        func move(_ entry: WeekChanges.Entry) -> String { "\(entry.fromStage ?? ContextValues.none) → \(entry.toStage ?? ContextValues.none)" }
        func date(_ entry: WeekChanges.Entry) -> String {
            let days = entry.days ?? 0
            return "\(ContextValues.date(entry.fromDate)) → \(ContextValues.date(entry.toDate)) "
                + "(\(ReportFormatter.plural(abs(days), "day")) \(days > 0 ? "later" : "earlier"))"
        }
        func value(_ entry: WeekChanges.Entry) -> String {
            "\(money(entry.fromValue)) → \(money(entry.toValue)) (\(entry.amount > 0 ? "+" : "")\(money(entry.amount)))"
        }
        let table = rows(changes?.new, "new", stage) + rows(changes?.won, "won", stage) + rows(changes?.lost, "lost", stage)
            + rows(changes?.noDecision, "no decision", stage) + rows(changes?.advanced, "advanced", move)
            + rows(changes?.movedBack, "moved back", move) + rows(changes?.slipped, "slipped", date)
            + rows(changes?.pulledIn, "pulled in", date) + rows(changes?.valueUp, "value up", value)
            + rows(changes?.valueDown, "value down", value)
            + (changes?.idle ?? []).map { entry -> TemplateValue in
                ["change": "idle", "deal": .text(entry.deal), "account": .text(entry.account),
                 "what": .text("untouched since \(ContextValues.date(entry.date)) (\(ReportFormatter.plural(entry.days ?? 0, "day")))"),
                 "when": .text(ContextValues.none)]
            }
        values["changes"] = .list(table)
        values["hasChanges"] = .flag(!table.isEmpty)

        let aging = history?.stageAging
        let aged = (aging?.aged ?? []).map { deal -> TemplateValue in
            ["deal": .text(deal.deal), "account": .text(deal.account), "stage": .text(deal.stage),
             "since": .text(deal.sinceBeforeHorizon ? "on or before \(deal.since)" : deal.since.description),
             "days": .text(ReportFormatter.count(deal.days)), "median": .text(ReportFormatter.number(deal.medianDays))]
        }
        values["aging"] = .list(aged)
        values["hasAging"] = .flag(!aged.isEmpty)
        values["agingFactor"] = .text(ReportFormatter.number(StageAging.factor))
        let judged = aging?.medians.contains { $0.agingAfterDays != nil } ?? false
        values["agingNone"] = judged
            ? .text("None: no open deal has been in its stage for longer than \(ReportFormatter.number(StageAging.factor)) × the workspace's median time in it.")
            : .text("Too few finished stays to judge yet: a stage needs \(StageAging.minimumStays) before its median counts.")
        return values
    }

    /// The retrospective's "Deals that changed stage" and "Pitch changes made during the sprint".
    static func retro(_ history: SprintChanges?, note: String?) -> [String: TemplateValue] {
        var values = common(read: history != nil, horizon: history?.horizon, note: note)
        let moves = (history?.dealMoves ?? []).map { move -> TemplateValue in
            let change = move.outcome.map { "\($0 == .noDecision ? "no decision" : $0.rawValue) (in \(move.toStage))" }
                ?? "\(move.fromStage) → \(move.toStage)" + (move.direction == .movedBack ? " (back)" : "")
            return ["date": .text(move.date.description), "deal": .text(move.deal), "account": .text(move.account), "change": .text(change),
                    "commit": commit(move.commit)]
        }
        values["stageChanges"] = .list(moves)
        values["hasStageChanges"] = .flag(!moves.isEmpty)
        let pitches = (history?.pitchChanges ?? []).map { change -> TemplateValue in
            ["date": .text(change.date.description), "campaign": .text(change.campaign), "section": .text(change.section.rawValue),
             "change": .text(change.kind.rawValue), "commit": commit(change.commit)]
        }
        values["pitchChanges"] = .list(pitches)
        values["hasPitchChanges"] = .flag(!pitches.isEmpty)
        return values
    }

    private static func common(read: Bool, horizon: HistoryHorizon?, note: String?) -> [String: TemplateValue] {
        ["hasHistory": .flag(read), "historyHorizon": .text(horizon.map(HistoryPresenter.horizon) ?? ""),
         "hasHistoryNote": .flag(note != nil), "historyNote": .text(note ?? "")]
    }

    /// A commit as the templates show it, or `false` for an uncommitted change.
    private static func commit(_ commit: CommitInfo?) -> TemplateValue {
        guard let commit else { return false }
        return ["sha": .text(commit.shortSHA), "subject": .text(commit.subject), "author": .text(commit.author), "date": .text(commit.date.description)]
    }
}
