import ScrumsellModel
import ScrumsellGit
import ScrumsellAnalyse

/// Turns history analyses into the values `history.md.mustache` shows: every date, number
/// and sentence as text, every list with a flag saying whether it has entries. The
/// template escapes the values for Markdown.
public enum HistoryPresenter {
    /// `scrumsell history`: the summary of every deal, the time in each stage, aging deals and pitch changes.
    public static func markdown(_ report: HistoryReport, workspace: Workspace, library: TemplateLibrary) throws(TemplateError) -> String {
        try library.render("history.md", context: ["summary": summary(report, workspace: workspace)])
    }

    /// `scrumsell history DEAL`: one deal's timeline.
    public static func markdown(_ timeline: DealTimeline, report: HistoryReport, workspace: Workspace,
                                library: TemplateLibrary) throws(TemplateError) -> String {
        try library.render("history.md", context: ["timeline": self.timeline(timeline, report: report, workspace: workspace)])
    }

    /// The history command without history: the one-line note.
    public static func markdown(_ unavailable: HistoryUnavailable, workspace: Workspace, library: TemplateLibrary) throws(TemplateError) -> String {
        try library.render("history.md", context: ["unavailable": ["workspace": workspace.config.name, "note": unavailable.note]])
    }

    static func summary(_ report: HistoryReport, workspace: Workspace) -> [String: Any] {
        func money(_ amount: Double) -> String { ReportFormatter.money(amount, currency: workspace.config.currency) }
        let deals: [[String: Any]] = report.deals.map { timeline in
            var row: [String: Any] = [
                "deal": timeline.deal, "account": timeline.account,
                "stage": timeline.current.outcome == .open ? timeline.current.stage : timeline.current.outcome.rawValue,
                "decisionDate": timeline.current.decisionDate?.description ?? "",
                "slips": String(timeline.slips),
                "value": timeline.current.value.map(money) ?? "",
                "uncommitted": timeline.uncommittedEdits,
            ]
            if let stay = timeline.currentStay {
                row["since"] = entered(stay)
                row["days"] = String(stay.days)
            } else {
                row["since"] = timeline.outcomeChanges.last.map { $0.date.description } ?? ""
                row["days"] = ""
            }
            if let commit = timeline.lastCommit { row["lastCommit"] = self.commit(commit) }
            return row
        }
        let medians: [[String: Any]] = report.stageAging.medians.map {
            ["stage": $0.stage, "stays": String($0.stays), "median": ReportFormatter.number($0.medianDays),
             "agingAfter": $0.agingAfterDays.map(ReportFormatter.number) ?? "too few stays"]
        }
        let aged: [[String: Any]] = report.stageAging.aged.map {
            ["deal": $0.deal, "account": $0.account, "stage": $0.stage,
             "since": $0.sinceBeforeHorizon ? "on or before \($0.since)" : $0.since.description,
             "days": String($0.days), "median": ReportFormatter.number($0.medianDays)]
        }
        let pitches: [[String: Any]] = report.campaigns.flatMap(\.changes).sorted { ($0.date, $0.campaign) < ($1.date, $1.campaign) }.map {
            var row: [String: Any] = ["date": $0.date.description, "campaign": $0.campaign, "section": $0.section.rawValue,
                                      "kind": $0.kind.rawValue, "sprint": $0.sprint ?? ""]
            if let commit = $0.commit { row["commit"] = self.commit(commit) }
            return row
        }
        return [
            "workspace": workspace.config.name, "horizon": horizon(report.horizon),
            "deals": deals,
            "hasMedians": !medians.isEmpty, "medians": medians, "factor": ReportFormatter.number(StageAging.factor),
            "hasAged": !aged.isEmpty, "aged": aged,
            "hasPitches": !pitches.isEmpty, "pitches": pitches,
        ]
    }

    static func timeline(_ timeline: DealTimeline, report: HistoryReport, workspace: Workspace) -> [String: Any] {
        func money(_ amount: Double) -> String { ReportFormatter.money(amount, currency: workspace.config.currency) }
        let beforeHorizon = "before the history starts"
        let stages: [[String: Any]] = timeline.stages.map { stay in
            ["stage": stay.stage, "entered": entered(stay), "left": stay.left?.description ?? "still there",
             "days": String(stay.days) + (stay.enteredBeforeHorizon ? " or more" : ""),
             "commit": stay.commit.map(commit) ?? false, "noCommit": stay.enteredBeforeHorizon ? beforeHorizon : "uncommitted"]
        }
        let decisions: [[String: Any]] = timeline.decisionDateChanges.map { change in
            let moved: String
            switch change.kind {
            case .slip: moved = "slipped \(ReportFormatter.plural(change.days ?? 0, "day"))"
            case .pullIn: moved = "pulled in \(ReportFormatter.plural(-(change.days ?? 0), "day"))"
            case .set: moved = "set"
            case .cleared: moved = "cleared"
            }
            return ["date": change.date.description, "from": change.from?.description ?? "none", "to": change.to?.description ?? "none",
                    "change": moved, "commit": change.commit.map(commit) ?? false, "noCommit": "uncommitted"]
        }
        let values: [[String: Any]] = timeline.valueChanges.map { change -> [String: Any] in
            let from: String = change.from.map(money) ?? "none", to: String = change.to.map(money) ?? "none"
            return ["date": change.date.description, "from": from, "to": to,
             "change": (change.amount > 0 ? "+" : "") + money(change.amount),
             "commit": change.commit.map(commit) ?? false, "noCommit": "uncommitted"]
        }
        let outcomes: [[String: Any]] = timeline.outcomeChanges.map { change in
            ["date": change.date.description, "from": change.from.rawValue, "to": change.to.rawValue,
             "commit": change.commit.map(commit) ?? false, "noCommit": "uncommitted"]
        }
        let firstSeen: String
        if timeline.createdBeforeHorizon {
            firstSeen = "Created on or before \(timeline.firstSeen), where the history starts."
        } else if timeline.lastCommit == nil {
            firstSeen = "New in the working copy: not committed yet."
        } else {
            firstSeen = "Created \(timeline.firstSeen)."
        }
        var context: [String: Any] = [
            "deal": timeline.deal, "account": timeline.account, "horizon": horizon(report.horizon), "firstSeen": firstSeen,
            "uncommitted": timeline.uncommittedEdits, "asOf": report.asOf.description,
            "hasStages": !stages.isEmpty, "stages": stages,
            "hasDecisions": !decisions.isEmpty, "decisions": decisions,
            "slips": ReportFormatter.plural(timeline.slips, "slip"), "pullIns": ReportFormatter.plural(timeline.pullIns, "pull-in"),
            "hasValues": !values.isEmpty, "values": values,
            "hasOutcomes": !outcomes.isEmpty, "outcomes": outcomes,
        ]
        if let last = timeline.lastCommit { context["lastCommit"] = commit(last) }
        return context
    }

    /// One sentence on what the history covers.
    public static func horizon(_ horizon: HistoryHorizon) -> String {
        let later = horizon.laterCommits == 0 ? ""
            : " \(ReportFormatter.plural(horizon.laterCommits, "later commit")) \(horizon.laterCommits == 1 ? "is" : "are") left out, with the working copy."
        guard let oldest = horizon.oldestCommit, let newest = horizon.newestCommit, horizon.commitCount > 0 else {
            if horizon.laterCommits > 0 { return "No commit up to the as-of day touched the deals or campaigns." + later }
            return "No commit has touched the deals or campaigns yet: the working copy is all the history there is."
        }
        let commits = ReportFormatter.plural(horizon.commitCount, "commit")
        if horizon.isShallow {
            return "Shallow clone: the history reaches back only to \(oldest) (\(commits) up to \(newest)); "
                + "earlier changes are not in the repository, so what was there already reads \"on or before \(oldest)\"." + later
        }
        return "Read from \(commits), \(oldest) to \(newest)." + later
    }

    static func commit(_ commit: CommitInfo) -> [String: Any] {
        ["sha": commit.shortSHA, "date": commit.date.description, "subject": commit.subject, "author": commit.author]
    }

    static func entered(_ stay: StageStay) -> String {
        stay.enteredBeforeHorizon ? "on or before \(stay.entered)" : stay.entered.description
    }

}
