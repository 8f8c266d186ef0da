import ScrumsellBase
import ScrumsellRead
import ScrumsellModel
import ScrumsellGit
import ScrumsellAnalyse

/// Turns a `DealPage` into the values of `deal.md.mustache` (`scrumsell show DEAL`), and its JSON.
public enum DealPagePresenter {
    public static let template = "deal.md.mustache"

    /// The page as Markdown. `history` is the deal's git history as the history report reads
    /// it, or the one-line reason it could not be read; `nil` leaves the section out.
    public static func markdown(_ page: DealPage, history: Result<HistoryReport, HistoryUnavailable>?, workspace: Workspace,
                                library: TemplateLibrary) throws(TemplateError) -> String {
        try library.render(template, context: values(page, history: history, workspace: workspace))
    }

    /// `{"version": 1, "kind": "deal", "workspace": …}` and the page's fields.
    public static func json(_ page: DealPage, workspace: Workspace) -> String {
        ReportJSONRenderer.encode(page, kind: "deal", workspace: workspace.config.name)
    }

    static func values(_ page: DealPage, history: Result<HistoryReport, HistoryUnavailable>?, workspace: Workspace) -> [String: Any] {
        let deal = page.deal
        func money(_ amount: Double?) -> String { ContextValues.money(amount, deal.currency) }
        func days(_ count: Int?, _ ahead: String, _ behind: String) -> String {
            guard let count else { return "" }
            if count == 0 { return " (today)" }
            return " (\(ReportFormatter.plural(abs(count), "day")) \(count > 0 ? ahead : behind))"
        }
        var facts: [[String: Any]] = [
            ["name": "owner", "value": ContextValues.person(deal.owner)],
            ["name": "stage", "value": "\(page.stageName) (\(deal.stage))"],
            ["name": "outcome", "value": deal.outcome.rawValue + (page.closed.map { ", closed \($0)" } ?? "")],
            ["name": "value", "value": money(deal.value)],
            ["name": "probability", "value": ReportFormatter.percent(deal.probability / 100)],
            ["name": "weighted value", "value": money(deal.weightedValue)],
            ["name": "decision date", "value": ContextValues.date(deal.decisionDate) + days(page.daysToDecision, "to go", "ago")],
            ["name": "consequence", "value": deal.consequence ?? ContextValues.none],
            ["name": "last contact", "value": ContextValues.date(page.lastContact) + days(page.daysSilent.map { -$0 }, "ahead", "ago")],
        ]
        if let lostTo = page.lostTo { facts.append(["name": "lost to", "value": lostTo]) }
        if let reason = page.lostReason { facts.append(["name": "reason", "value": reason]) }
        if let followUp = page.followUp { facts.append(["name": "follow-up", "value": followUp.description]) }
        facts.append(["name": "campaign", "value": deal.campaign ?? ContextValues.none])
        facts.append(["name": "objectives", "value": page.objectives.isEmpty ? ContextValues.none : page.objectives.joined(separator: ", ")])
        facts.append(["name": "fit", "value": page.fit.map { "\($0) of 5" } ?? ContextValues.none])
        if !page.tags.isEmpty { facts.append(["name": "tags", "value": page.tags.joined(separator: ", ")]) }

        let stakeholders: [[String: Any]] = page.stakeholders.map { person in
            ["id": person.id, "name": person.name, "title": person.title ?? ContextValues.none, "influence": person.influence ?? ContextValues.none,
             "rapport": person.rapport ?? ContextValues.none, "lastMentioned": ContextValues.date(person.lastMentioned)]
        }
        let exitTasks: [[String: Any]] = page.exitTasks.map { task in
            ["box": box(task.state), "task": task.task, "state": task.state + (task.done.map { " \($0)" } ?? "")]
        }
        let backlog: [[String: Any]] = page.backlog.map { group in
            ["state": group.state, "count": group.items.count, "items": group.items.map(item)]
        }
        var values: [String: Any] = [
            "workspace": workspace.config.name, "asOf": page.asOf.description,
            "id": deal.id, "path": deal.path, "account": deal.account, "title": deal.title ?? "", "hasTitle": deal.title != nil,
            "facts": facts,
            "buyingProcess": page.buyingProcess.map(item), "hasBuyingProcess": !page.buyingProcess.isEmpty,
            "nextSteps": page.nextSteps.map(item), "hasNextSteps": !page.nextSteps.isEmpty,
            "stakeholders": stakeholders, "hasStakeholders": !stakeholders.isEmpty,
            "stageName": page.stageName, "exitTasks": exitTasks, "hasExitTasks": !exitTasks.isEmpty,
            "backlog": backlog, "hasBacklog": !backlog.isEmpty,
            "buyerObjectives": page.buyerObjectives, "hasBuyerObjectives": !page.buyerObjectives.isEmpty,
            "delivery": page.delivery, "hasDelivery": !page.delivery.isEmpty,
            "contingencies": page.contingencies, "hasContingencies": !page.contingencies.isEmpty,
            "log": page.log.map { entry -> [String: Any] in ["date": entry.date?.description ?? "", "hasDate": entry.date != nil, "text": entry.text] },
            "hasLog": !page.log.isEmpty,
            "olderLog": page.olderLogLines > 0 ? "\(ReportFormatter.plural(page.olderLogLines, "older line")) above these." : "",
            "hasOlderLog": page.olderLogLines > 0,
        ]
        switch history {
        case nil: break
        case .failure(let unavailable)?: values["history"] = ["note": unavailable.note]
        case .success(let report)?:
            if let timeline = page.timeline {
                values["history"] = ["timeline": HistoryPresenter.timeline(timeline, report: report, workspace: workspace)]
            } else {
                values["history"] = ["note": "The deal is not in the repository's history."]
            }
        }
        return values
    }

    /// `[x]`, `[/]`, `[ ]`, `[-]`: the box of a state's name.
    static func box(_ state: String) -> String { (Checkbox(name: state) ?? .todo).marker }

    static func item(_ item: DealPage.PageItem) -> [String: Any] {
        var details: [String] = []
        if !item.owners.isEmpty { details.append(ContextValues.people(item.owners)) }
        if let due = item.due { details.append("due \(due)") }
        if let done = item.done { details.append("done \(done)") }
        if let points = item.points { details.append("\(ReportFormatter.number(points)) \(points == 1 ? "pt" : "pts")") }
        if let sprint = item.sprint { details.append("sprint \(sprint)") }
        if !item.kinds.isEmpty { details.append(item.kinds.map { "#\($0)" }.joined(separator: " ")) }
        return ["box": box(item.state), "title": item.title, "description": item.description ?? "", "hasDescription": item.description != nil, "details": details.joined(separator: " · "), "hasDetails": !details.isEmpty,
                "current": item.current, "line": item.line]
    }
}
