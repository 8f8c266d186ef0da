import Foundation
import MCP
import ScrumsellKit

/// The tools that read: each returns the JSON its command prints with `--format json`.
///
/// A new read tool is one entry here: read the workspace as below, call the library function
/// the command calls, return its JSON.
enum ReadTools {
    static let all: [WorkspaceTool] = [check, report, board, standup, history, deals, items, show, metrics]

    static let deals = WorkspaceTool(
        name: "deals",
        description: "The deals as rows, as JSON ('scrumsell deals --format json'): account, owner, stage, value and converted value, probability, weighted, decision date and days to it, last contact and days silent, next steps, current buying step, touches, outcome and flags (dark, decision-passed, short-of-steps, no-buyer-step, overdue, single-threaded, no-economic-buyer).",
        arguments: [WorkspaceTool.asOf,
                    .string("outcome", "Which deals (default: open).", choices: DealList.OutcomeChoice.allCases.map(\.rawValue)),
                    .string("sort", "The order (default: decision).", choices: DealList.SortKey.allCases.map(\.rawValue))] + WorkspaceTool.filters
    ) { arguments, context in
        let workspace = WorkspaceLoader.load(root: context.root, scope: .dealList)
        let outcome = try choice(arguments, "outcome", DealList.OutcomeChoice.self) ?? .open
        let sort = try choice(arguments, "sort", DealList.SortKey.self) ?? .decision
        let list = DealList.build(workspace, asOf: try context.day(arguments), outcome: outcome, sort: sort, filter: try filter(arguments, in: workspace))
        return try json(.deals(list), workspace: workspace)
    }

    static let items = WorkspaceTool(
        name: "items",
        description: "Every item of every deal, campaign and sprint, as JSON ('scrumsell items --format json'): text, path:line, deal or campaign, owners, side (ours or the buyer's), due, done, points, sprint, section.",
        arguments: [WorkspaceTool.asOf,
                    .string("state", "Only items in this state.", choices: ItemList.StateChoice.allCases.map(\.rawValue)),
                    .string("due_before", "Only items due before this day, YYYY-MM-DD."),
                    .string("sprint", "Only items committed to this sprint."),
                    .string("deal", "Only the items about this deal."),
                    .string("kind", "Only items tagged #KIND.")] + WorkspaceTool.filters
    ) { arguments, context in
        let workspace = WorkspaceLoader.load(root: context.root, scope: .itemList)
        let before = try date(arguments, "due_before")
        let sprint = try arguments.string("sprint"), deal = try arguments.string("deal")
        if let sprint, workspace.sprint(sprint) == nil {
            throw MCPError.invalidParams("no sprint '\(sprint)'" + Suggestion.didYouMean(sprint, in: workspace.sprints.map(\.id)))
        }
        if let deal, workspace.deal(deal) == nil {
            throw MCPError.invalidParams("no deal '\(deal)' in the workspace" + Suggestion.didYouMean(deal, in: workspace.deals.map(\.id)))
        }
        let kind = try arguments.string("kind").map { $0.hasPrefix("#") ? String($0.dropFirst()) : $0 }
        let selection = ItemList.Selection(state: try choice(arguments, "state", ItemList.StateChoice.self), dueBefore: before,
                                           sprint: sprint, deal: deal, kind: kind)
        let list = ItemList.build(workspace, asOf: try context.day(arguments), selection: selection, filter: try filter(arguments, in: workspace))
        return try json(.items(list), workspace: workspace)
    }

    static let show = WorkspaceTool(
        name: "show",
        description: "One deal as a page, as JSON ('scrumsell show DEAL --format json'): the facts, the buying process with the current step, next steps, stakeholders with their last mention in the Log, the stage's exit tasks, backlog by state, buyer objectives, delivery, contingencies, the last Log lines and, in a git repository, the deal's timeline.",
        arguments: [WorkspaceTool.asOf, .string("deal", "The deal id.", required: true),
                    .boolean("no_history", "Leave out the timeline read from git history.")]
    ) { arguments, context in
        let workspace = WorkspaceLoader.load(root: context.root)
        let day = try context.day(arguments)
        let id = try arguments.string("deal") ?? ""
        guard let deal = workspace.deal(id) else {
            throw MCPError.invalidParams("no deal '\(id)' in the workspace" + Suggestion.didYouMeanIDs(id, in: workspace.deals.map(\.id)))
        }
        let read = try arguments.flag("no_history") ? nil
            : HistoryReader.read(workspace: workspace.root, asOf: day).map { HistoryReport(workspace: workspace, history: $0) }
        var page = DealPage(deal, config: workspace.config, asOf: day, timeline: (try? read?.get())?.timeline(of: deal.id))
        if case .failure(let unavailable)? = read { page.historyNote = unavailable.note }
        return DealPagePresenter.json(page, workspace: workspace)
    }

    static let metrics = WorkspaceTool(
        name: "metrics",
        description: "The sales metrics as JSON ('scrumsell metrics --format json'): win rate by count and value, average won deal, cycle length, stage conversion and days per stage from git, pipeline velocity, loss reasons, sprint velocity.",
        arguments: [WorkspaceTool.asOf, .string("since", "Count closed deals from this day, YYYY-MM-DD."),
                    .boolean("by_owner", "Each figure per deal owner too."),
                    .boolean("no_history", "Leave out what is read from git history.")]
    ) { arguments, context in
        let day = try context.day(arguments)
        let since = try date(arguments, "since")
        if let since, since > day { throw MCPError.invalidParams("'since' \(since) is after as_of \(day)") }
        let inputs = ReportInputs(root: context.root, asOf: day, scope: .metrics, readsHistory: !(try arguments.flag("no_history")))
        let metrics = SalesMetrics.build(inputs.workspace, since: since, asOf: day, byOwner: try arguments.flag("by_owner"), history: inputs.history)
        return try json(.metrics(metrics), workspace: inputs.workspace)
    }

    /// A date argument, or an error when it is not written YYYY-MM-DD.
    static func date(_ arguments: ToolArguments, _ name: String) throws -> Day? {
        guard let text = try arguments.string(name) else { return nil }
        guard let day = Day(text) else { throw MCPError.invalidParams("'\(name)' must be a date written YYYY-MM-DD, got '\(text)'") }
        return day
    }

    /// A choice argument read as its enumeration, or an error listing the choices.
    static func choice<Choice: RawRepresentable & CaseIterable>(_ arguments: ToolArguments, _ name: String, _ type: Choice.Type) throws -> Choice?
    where Choice.RawValue == String {
        guard let text = try arguments.string(name) else { return nil }
        guard let value = Choice(rawValue: text) else {
            throw MCPError.invalidParams("'\(name)' must be one of \(Choice.allCases.map(\.rawValue).joined(separator: ", ")), got '\(text)'")
        }
        return value
    }

    static let check = WorkspaceTool(
        name: "check",
        description: "Validate the workspace: every file, every selling rule. Returns the JSON of 'scrumsell check --format json': diagnostics with path, line, column, severity, code, message, hint and excerpt, and a summary.",
        arguments: [WorkspaceTool.asOf]
    ) { arguments, context in
        let workspace = WorkspaceLoader.load(root: context.root)
        var report = Checker.check(workspace, asOf: try context.day(arguments))
        report.diagnostics = ExcerptReader.attach(to: report.diagnostics, root: workspace.root)
        return CheckJSONRenderer.render(report)
    }

    static let report = WorkspaceTool(
        name: "report",
        description: "The weekly report as JSON ('scrumsell report --format json'): pipeline by stage and coverage, closed deals, deals to manage, steps due, objectives, campaign results, and what changed in git this week.",
        arguments: [WorkspaceTool.asOf, .string("week", "The ISO week to report on, YYYY-Www (default: the week of as_of).")] + WorkspaceTool.filters
            + [.boolean("no_history", "Leave out the sections read from git history.")]
    ) { arguments, context in
        let day = try context.day(arguments)
        var week: ISOWeek?
        if let text = try arguments.string("week") {
            guard let parsed = ISOWeek(text) else { throw MCPError.invalidParams("'week' must be an ISO week written YYYY-Www, e.g. 2026-W47, got '\(text)'") }
            week = parsed
        }
        let inputs = ReportInputs(root: context.root, asOf: day, scope: .weeklyReport, readsHistory: !(try arguments.flag("no_history")))
        let filter = try filter(arguments, in: inputs.workspace)
        let report = WeeklyReport.build(inputs.workspace, asOf: day, week: week, filter: filter, history: inputs.history)
        return try json(.weekly(report), workspace: inputs.workspace)
    }

    static let board = WorkspaceTool(
        name: "board",
        description: "A sprint board as JSON ('scrumsell board --format json'): lanes, swimlanes by person, points committed and done.",
        arguments: [WorkspaceTool.asOf, .string("sprint", "The sprint id (default: the sprint current on as_of).")] + WorkspaceTool.filters
    ) { arguments, context in
        let workspace = WorkspaceLoader.load(root: context.root)
        let day = try context.day(arguments)
        let filter = try filter(arguments, in: workspace)
        let sprint: Sprint
        if let id = try arguments.string("sprint") {
            guard let found = workspace.sprint(id) else {
                throw MCPError.invalidParams("no sprint '\(id)'" + Suggestion.didYouMean(id, in: workspace.sprints.map(\.id)))
            }
            sprint = found
        } else {
            let candidates = workspace.currentSprintCandidates(asOf: day, team: filter.team)
            guard let current = workspace.currentSprint(asOf: day, team: filter.team), candidates.count <= 1 else {
                let which = candidates.isEmpty ? "no sprint is current" : "\(candidates.count) sprints are current"
                throw MCPError.invalidParams("\(which) on \(day); name one with 'sprint' (sprints: \(workspace.sprints.map(\.id).joined(separator: ", ")))")
            }
            sprint = current
        }
        return try json(.board(SprintBoard.build(workspace, sprint: sprint, asOf: day, filter: filter)), workspace: workspace)
    }

    static let standup = WorkspaceTool(
        name: "standup",
        description: "The daily scrum agenda as JSON ('scrumsell standup --format json'): per person overdue, due today and doing; deals needing attention; the previous scrum's notes.",
        arguments: [WorkspaceTool.asOf, .string("who", "Only this team member's part (the same as owner).")] + WorkspaceTool.filters
    ) { arguments, context in
        let workspace = WorkspaceLoader.load(root: context.root)
        let who = try arguments.string("who")
        if let who, workspace.config.member(who) == nil {
            throw MCPError.invalidParams("'who' \(who) is not a team member" + Suggestion.didYouMean(who, in: workspace.config.members.map(\.id)))
        }
        let agenda = StandupAgenda.build(workspace, asOf: try context.day(arguments), filter: try filter(arguments, in: workspace, owner: who))
        return try json(.standup(agenda), workspace: workspace)
    }

    static let history = WorkspaceTool(
        name: "history",
        description: "What the workspace's git history says, as JSON ('scrumsell history --format json'): every deal's stages and days in them, slips, stage medians, aging deals; with 'deal', that deal's timeline.",
        arguments: [WorkspaceTool.asOf, .string("deal", "A deal id: that deal's timeline.")] + WorkspaceTool.filters
    ) { arguments, context in
        var workspace = WorkspaceLoader.load(root: context.root)
        let day = try context.day(arguments)
        let deal = try arguments.string("deal")
        if let deal, workspace.deal(deal) == nil {
            throw MCPError.invalidParams("no deal '\(deal)' in the workspace" + Suggestion.didYouMean(deal, in: workspace.deals.map(\.id)))
        }
        // The filters keep the deals they name, as `scrumsell history` does.
        let filter = try filter(arguments, in: workspace)
        if !filter.isEmpty { workspace.deals = workspace.deals.filter { filter.includes($0, in: workspace.config) } }
        switch HistoryReader.read(workspace: workspace.root, asOf: day) {
        case .failure(let unavailable):
            return HistoryJSONRenderer.render(unavailable, asOf: day)
        case .success(let history):
            let report = HistoryReport(workspace: workspace, history: history)
            if let deal, let timeline = report.timeline(of: deal) { return HistoryJSONRenderer.render(timeline, report: report) }
            return HistoryJSONRenderer.render(report)
        }
    }

    /// The `owner`, `team`, `campaign`, `stage` filters, each checked against the workspace.
    static func filter(_ arguments: ToolArguments, in workspace: Workspace, owner: String? = nil) throws -> ReportFilter {
        let filter = ReportFilter(owner: try owner ?? arguments.string("owner"), team: try arguments.string("team"),
                                  campaign: try arguments.string("campaign"), stage: try arguments.string("stage"))
        if let unknown = filter.unknownValues(in: workspace).first {
            throw MCPError.invalidParams("'\(unknown.option)' \(unknown.value) names nothing in the workspace" + (unknown.suggestion.map { " (did you mean '\($0)'?)" } ?? ""))
        }
        return filter
    }

    /// A report's JSON, as the commands print it.
    static func json(_ report: Report, workspace: Workspace) throws -> String {
        let renderer = ReportRenderer(library: TemplateLibrary(workspaceRoot: workspace.root), workspaceName: workspace.config.name)
        do {
            return try renderer.render(report, as: .json)
        } catch {
            throw MCPError.internalError(DiagnosticTextRenderer.render(error.diagnostic))
        }
    }
}
