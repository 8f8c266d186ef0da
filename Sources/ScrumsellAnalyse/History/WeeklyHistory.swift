import ScrumsellBase
import ScrumsellModel
import ScrumsellGit

/// What the weekly report reads from git: the deals that changed in the week and the open
/// deals aging in their stage.
public struct WeeklyHistory: Sendable, Codable, Equatable {
    public var horizon: HistoryHorizon
    public var changes: WeekChanges
    public var stageAging: StageAging

    /// The history sections of `week` for `deals` (the report's filter applied); the stage
    /// medians are the whole workspace's.
    public init(week: ISOWeek, workspace: Workspace, deals: [Deal], history: WorkspaceHistory) {
        horizon = history.horizon
        changes = WeekChanges(week: week, workspace: workspace, deals: deals, history: history)
        let timelines = HistoryReport.timelines(workspace: workspace, history: history)
        stageAging = StageAging(timelines: timelines, deals: deals, config: workspace.config)
    }
}
