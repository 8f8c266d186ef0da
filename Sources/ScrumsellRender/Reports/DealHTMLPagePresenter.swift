import ScrumsellBase
import ScrumsellModel
import ScrumsellAnalyse

/// The values of `deal.html.mustache`, the deal's page in `build`'s site (`deals/ID.html`):
/// the whole sales plan, from the deal as the workspace holds it. Internal: it shows value,
/// probability, stage, rapport and the Log (the buyer's page is the plan, `PlanPresenter`).
public enum DealHTMLPagePresenter {
    public static let template = "deal.html.mustache"

    public static func values(_ deal: Deal, in workspace: Workspace, asOf day: Day) -> [String: TemplateValue] {
        let config = workspace.config
        let currency = deal.currency ?? config.currency
        var values = ContextValues.heading(workspace: config.name, asOf: day, filter: ReportFilter())
        values["id"] = .text(deal.id)
        values["account"] = .text(deal.account)
        values["title"] = .text(deal.title ?? "")
        values["hasTitle"] = .flag(deal.title != nil)
        values["path"] = .text(deal.path)
        values["owner"] = .text(ContextValues.person(PersonRef.resolve(deal.owner, deal: deal, config: config)))
        values["stage"] = .text(config.stage(deal.stage)?.name ?? deal.stage)
        values["outcome"] = .text(deal.outcome.rawValue)
        values["isOpen"] = .flag(deal.isOpen)
        values["planPage"] = .text(HTMLPage.planPage(deal.id))
        values["value"] = .text(ContextValues.money(deal.value, currency))
        values["probability"] = .text(ReportFormatter.percent(deal.effectiveProbability(in: config) / 100))
        values["weighted"] = .text(ReportFormatter.money(deal.weightedValue(in: config), currency: currency))
        values["decisionDate"] = .text(ContextValues.date(deal.decisionDate))
        values["consequence"] = .text(deal.consequence ?? ContextValues.none)
        values["lastContact"] = .text(ContextValues.date(deal.lastTouched))
        values["daysSinceContact"] = .text(deal.daysSinceContact(asOf: day).map { ReportFormatter.plural($0, "day") } ?? ContextValues.none)
        values["closed"] = .text(ContextValues.date(deal.closed))
        values["hasClosed"] = .flag(!deal.isOpen)
        values["lostTo"] = .text(deal.lostTo ?? ContextValues.none)
        values["lostReason"] = .text(deal.lostReason ?? ContextValues.none)
        values["followUp"] = .text(ContextValues.date(deal.followUp))
        values["campaign"] = .text(deal.campaign ?? ContextValues.none)
        values["objectives"] = .text(deal.objectives.isEmpty ? ContextValues.none : deal.objectives.joined(separator: ", "))
        values["tags"] = .text(deal.tags.isEmpty ? ContextValues.none : deal.tags.joined(separator: ", "))
        values["fit"] = .text(deal.fit.map { "\($0) of 5" } ?? ContextValues.none)
        values["stakeholders"] = .list(deal.stakeholders.map { person in
            ["name": .text(person.name), "title": .text(person.title ?? ContextValues.none),
             "influence": .text(person.influence ?? ContextValues.none), "rapport": .text(person.rapport ?? ContextValues.none)]
        })
        values["hasStakeholders"] = .flag(!deal.stakeholders.isEmpty)
        values["sections"] = .list([
            lines(DealSection.buyerObjectives, deal.buyerObjectives),
            items(DealSection.buyingProcess, deal.buyingProcess, deal: deal, config: config, asOf: day),
            lines(DealSection.delivery, deal.delivery),
            items(DealSection.backlog, deal.backlog, deal: deal, config: config, asOf: day),
            items(DealSection.nextSteps, deal.nextSteps, deal: deal, config: config, asOf: day),
            items(DealSection.exitTasks, deal.exitTasks, deal: deal, config: config, asOf: day),
            lines(DealSection.contingencies, deal.contingencies),
        ])
        values["log"] = .list(deal.log.reversed().map { entry in ["date": .text(ContextValues.date(entry.date)), "text": .text(entry.text)] })
        values["hasLog"] = .flag(!deal.log.isEmpty)
        return values
    }

    static func lines(_ section: DealSection, _ lines: [String]) -> TemplateValue {
        ["title": .text(section.title), "isItems": .flag(false), "lines": .list(lines.map { ["text": .text($0)] }),
         "rows": .list([]), "isEmpty": .flag(lines.isEmpty)]
    }

    static func items(_ section: DealSection, _ items: [Item], deal: Deal, config: WorkspaceConfig, asOf day: Day) -> TemplateValue {
        let rows = items.flatMap(\.flattened).map { item -> TemplateValue in
            let overdue = item.isOpen && item.due.map { $0 < day } == true
            return ["state": .text(ContextValues.laneTitle(BoardCard.State(item.state)).lowercased()), "text": .text(item.title),
                    "owners": .text(ContextValues.people(item.owners.map { PersonRef.resolve($0, deal: deal, config: config) })),
                    "due": .text(ContextValues.date(item.due)), "done": .text(ContextValues.date(item.done)),
                    "points": .text(ContextValues.points(item.points)), "overdue": .flag(overdue),
                    "kinds": .text(item.kinds.map { "#" + $0 }.joined(separator: " "))]
        }
        return ["title": .text(section.title), "isItems": .flag(true), "lines": .list([]), "rows": .list(rows), "isEmpty": .flag(rows.isEmpty)]
    }
}
