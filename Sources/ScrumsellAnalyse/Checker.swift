import ScrumsellBase
import ScrumsellModel

/// Runs every check rule over a workspace as of a day.
///
/// Each rule is a plain function from the workspace to diagnostics, in its own file under
/// `Checks/`; the checker adds the problems found while reading and sorts the lot.
public enum Checker {
    public typealias Rule = @Sendable (Workspace, Day) -> [Diagnostic]

    /// Every rule, in no particular order (the report is sorted).
    public static let rules: [Rule] = [
        ConfigChecks.run,
        ReferenceChecks.run,
        DealChecks.run,
        CurrencyChecks.run,
        DealRiskChecks.run,
        CampaignChecks.run,
        SprintChecks.run,
        ClosedDealChecks.run,
    ]

    public static func check(_ workspace: Workspace, asOf day: Day) -> CheckReport {
        var diagnostics = workspace.diagnostics
        for rule in rules { diagnostics += rule(workspace, day) }
        return CheckReport(asOf: day, diagnostics: Array(Set(diagnostics)).sorted(), fileCount: workspace.fileCount)
    }
}
