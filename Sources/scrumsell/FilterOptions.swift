import ArgumentParser
import ScrumsellKit

/// The filters of the report commands: `--owner`, `--team`, `--campaign`, `--stage`.
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only the deals and items this person owns.", valueName: "member-id"), completion: .members)
    var owner: String?

    @Option(help: ArgumentHelp("Only this team: its sprints, its members' deals and items.", valueName: "team-id"), completion: .teams)
    var team: String?

    @Option(help: ArgumentHelp("Only this campaign: its items, the deals it sourced, its results.", valueName: "campaign-id"), completion: .campaigns)
    var campaign: String?

    @Option(help: ArgumentHelp("Only deals at this stage, and their items.", valueName: "stage-id"), completion: .stages)
    var stage: String?

    /// The filter, checked against the workspace: an unknown value is bad usage (exit 2).
    func filter(in workspace: Workspace, owner override: String? = nil) throws -> ReportFilter {
        try FilterOptions.validated(ReportFilter(owner: override ?? owner, team: team, campaign: campaign, stage: stage), in: workspace)
    }

    /// `filter` when every value names something of the workspace; bad usage (exit 2) otherwise.
    static func validated(_ filter: ReportFilter, in workspace: Workspace) throws -> ReportFilter {
        if let unknown = filter.unknownValues(in: workspace).first {
            let hint = unknown.suggestion.map { " (did you mean '\($0)'?)" } ?? ""
            let what = ["owner": "team member or stakeholder", "team": "team", "campaign": "campaign", "stage": "stage"][unknown.option] ?? unknown.option
            throw CommandFailure.usage("--\(unknown.option) '\(unknown.value)' names no \(what) of the workspace\(hint)")
        }
        return filter
    }
}
