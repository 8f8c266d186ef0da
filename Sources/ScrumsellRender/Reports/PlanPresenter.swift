import ScrumsellBase
import ScrumsellModel
import ScrumsellAnalyse

/// Turns a `MutualActionPlan` into the values of `plan.md.mustache` and `plan.html.mustache`,
/// and renders it: the buyer's document, so it names sides as the buyer reads them (`yours`, `ours`).
public enum PlanPresenter {
    public static let template = "plan.md.mustache"
    public static let htmlTemplate = "plan.html.mustache"

    public static func values(_ plan: MutualActionPlan, workspace: String) -> [String: TemplateValue] {
        var values = ContextValues.heading(workspace: workspace, asOf: plan.asOf, filter: ReportFilter())
        values["deal"] = .text(plan.deal)
        values["account"] = .text(plan.account)
        values["title"] = .text(plan.title ?? "")
        values["hasTitle"] = .flag(plan.title != nil)
        values["objectives"] = .list(plan.buyerObjectives.map { ["text": .text($0)] })
        values["hasObjectives"] = .flag(!plan.buyerObjectives.isEmpty)
        values["buyingProcess"] = .list(plan.buyingProcess.enumerated().map { step($1, number: $0 + 1) })
        values["hasBuyingProcess"] = .flag(!plan.buyingProcess.isEmpty)
        values["nextSteps"] = .list(plan.nextSteps.enumerated().map { step($1, number: $0 + 1) })
        values["hasNextSteps"] = .flag(!plan.nextSteps.isEmpty)
        values["decisionDate"] = .text(ContextValues.date(plan.decisionDate))
        values["hasDecisionDate"] = .flag(plan.decisionDate != nil)
        values["consequence"] = .text(plan.consequence ?? ContextValues.none)
        values["hasConsequence"] = .flag(plan.consequence != nil)
        values["buyerSide"] = .list(plan.buyerSide.map(person))
        values["hasBuyerSide"] = .flag(!plan.buyerSide.isEmpty)
        values["ourSide"] = .list(plan.ourSide.map(person))
        return values
    }

    static func step(_ step: MutualActionPlan.Step, number: Int) -> TemplateValue {
        let sides = Set(step.owners.map(\.side))
        let side = sides.contains(.buyer) && sides.contains(.ours) ? "both" : sides.contains(.buyer) ? "yours" : sides.contains(.ours) ? "ours" : ContextValues.none
        return ["number": .text(String(number)), "text": .text(step.text), "state": .text(ContextValues.laneTitle(step.state).lowercased()),
                "isDone": .flag(step.state == .done), "isDropped": .flag(step.state == .dropped),
                "owners": .text(step.owners.isEmpty ? ContextValues.none : step.owners.map(\.name).joined(separator: ", ")),
                "side": .text(side), "due": .text(ContextValues.date(step.due)), "done": .text(ContextValues.date(step.done)),
                "when": .text(step.state == .done ? "done \(ContextValues.date(step.done ?? step.due))" : step.due.map { "by \($0)" } ?? ContextValues.none)]
    }

    static func person(_ person: MutualActionPlan.Person) -> TemplateValue {
        ["name": .text(person.name), "title": .text(person.title ?? ""), "hasTitle": .flag(person.title != nil)]
    }

    /// The plan as Markdown, or as one complete HTML page whose links are relative to `root`.
    public static func render(_ plan: MutualActionPlan, html: Bool, library: TemplateLibrary, workspace: String,
                              root: String = "") throws(TemplateError) -> String {
        let values = values(plan, workspace: workspace)
        guard html else { return try library.render(template, values: .object(values)) }
        return try HTMLPage.render(htmlTemplate, values: values, title: "Mutual action plan: \(plan.account)", workspace: workspace,
                                   asOf: plan.asOf, root: root, linksHome: false, library: library)
    }
}
