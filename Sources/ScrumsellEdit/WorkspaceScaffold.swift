import Foundation
import ScrumsellBase
import ScrumsellRead
import ScrumsellModel

/// `scrumsell init DIR`: a new workspace — `scrumsell.yml` with one team and the default
/// stages, and one example of each document kind, dated around as-of so `check` passes.
public enum WorkspaceScaffold {
    public static let configTemplate = "init-scrumsell.yml.mustache"

    /// Plans the files of a new workspace in `folder`; refuses a folder that already holds
    /// `scrumsell.yml` (or any of the files it would write).
    public static func plan(folder: URL, asOf: Day, name: String? = nil, currency: String = "USD",
                            render: Scaffold.Renderer) throws -> EditResult {
        if SafeFileWriter.exists(folder.appendingPathComponent(WorkspaceLocator.configFileName)) {
            throw EditRefusal("\(folder.path) already holds a workspace (\(WorkspaceLocator.configFileName)); nothing was written")
        }
        let workspaceName = try WorkspaceEditor.requireOneLine(name ?? folder.lastPathComponent, what: "workspace name")
        let currencyCode = try WorkspaceEditor.requireOneLine(currency, what: "currency")
        let configContext: [String: Any] = ["name": YAMLScalar.text(workspaceName), "currency": YAMLScalar.text(currencyCode), "today": "\(asOf)"]
        let configScaffold = Scaffold(template: configTemplate, path: WorkspaceLocator.configFileName, kind: nil, context: configContext)
        let configPlan = try Scaffold.plan([configScaffold], root: folder, render: render)

        // The examples name what the configuration (perhaps a workspace's own template) defines.
        let configBytes = configPlan.changes[0].updated
        let source = SourceText(path: WorkspaceLocator.configFileName, bytes: configBytes)
        let (fields, _) = YAMLReader.parse(yaml: String(decoding: source.bytes, as: UTF8.self), firstLine: 1, in: source)
        let (config, _) = WorkspaceConfig.decode(fields, defaultName: workspaceName)
        guard let team = config.teams.first, let first = team.members.first, let firstStage = config.stages.first else {
            throw EditRefusal("the template '\(configTemplate)' gives a configuration without a team member or a stage")
        }
        func member(_ role: String, otherThan others: [String]) -> String {
            (team.members.first { $0.role == role && !others.contains($0.id) } ?? team.members.first { !others.contains($0.id) } ?? first).id
        }
        let executive = member("sales-executive", otherThan: [])
        let helper = member("lead-generator", otherThan: [executive])
        let collector = member("contact-collector", otherThan: [executive, helper])
        let stage = config.stages.count > 1 ? config.stages[1] : firstStage
        let start = ISOWeek(containing: asOf).monday
        let week = ISOWeek(containing: start)
        let sprint = "\(week.year)-s\(week.week < 10 ? "0" : "")\(week.week)"
        func tasks(_ stage: Stage?) -> [[String: Any]] {
            (stage?.exit ?? []).map { ["task": $0.trimmingSpaces(), "stage": stage!.id] }
        }
        let context: [String: Any] = [
            "today": "\(asOf)", "week_ago": "\(asOf.adding(days: -7))", "in_two_days": "\(asOf.adding(days: 2))",
            "in_three_days": "\(asOf.adding(days: 3))", "in_a_week": "\(asOf.adding(days: 7))", "in_ten_days": "\(asOf.adding(days: 10))",
            "decision_date": "\(asOf.adding(days: 75))", "measure_by": "\(asOf.adding(days: 180))",
            "executive": executive, "helper": helper, "collector": collector, "team": team.id,
            "stage": stage.id, "done_tasks": stage.id == firstStage.id ? [] : tasks(firstStage), "open_tasks": tasks(stage),
            "sprint": sprint, "start": "\(start)", "end": "\(start.adding(days: config.sprintDays - 1))",
        ]
        let examples = [
            Scaffold(template: "init-deal.md.mustache", path: "deals/example-deal.md", kind: .deal, context: context),
            Scaffold(template: "init-campaign.md.mustache", path: "campaigns/example-campaign.md", kind: .campaign, context: context),
            Scaffold(template: "init-sprint.md.mustache", path: "sprints/\(sprint).md", kind: .sprint, context: context),
            Scaffold(template: "init-objective.md.mustache", path: "objectives/example-objective.md", kind: .objective, context: context),
        ]
        let examplePlan = try Scaffold.plan(examples, root: folder, render: render)
        return EditResult(changes: configPlan.changes + examplePlan.changes, notes: configPlan.notes + examplePlan.notes)
    }
}
