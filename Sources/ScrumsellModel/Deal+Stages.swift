extension Deal {
    /// The exit tasks of `stage` that this deal has not finished: tasks of the workspace
    /// configuration with no matching done (or dropped, i.e. waived) item under `Exit tasks`.
    /// Items match a task by their text without tokens, ignoring case.
    public func unfinishedExitTasks(of stage: Stage) -> [String] {
        unfinishedExitTasks(of: stage, finished: finishedExitTaskTitles)
    }

    /// The titles of the exit tasks that are done or dropped, nested ones included.
    private var finishedExitTaskTitles: [String] {
        var titles: [String] = []
        func visit(_ item: Item) {
            if !item.isOpen { titles.append(item.title) }
            item.children.forEach(visit)
        }
        self.exitTasks.forEach(visit)
        return titles
    }

    private func unfinishedExitTasks(of stage: Stage, finished: [String]) -> [String] {
        stage.exit.filter { task in
            let wanted = task.trimmingSpaces()
            return !finished.contains { $0.caseInsensitiveEquals(wanted) }
        }
    }

    /// The stages before the deal's current one whose exit tasks are not all finished, with those tasks.
    public func unfinishedEarlierStages(in config: WorkspaceConfig) -> [(stage: Stage, tasks: [String])] {
        guard let current = config.stageIndex(self.stage) else { return [] }
        let finished = finishedExitTaskTitles
        return config.stages[..<current].compactMap { stage in
            let tasks = unfinishedExitTasks(of: stage, finished: finished)
            return tasks.isEmpty ? nil : (stage, tasks)
        }
    }

    /// True past the first stage: the seeds' "qualified opportunity", which must be managed through the buyer's process.
    public func isQualified(in config: WorkspaceConfig) -> Bool {
        (config.stageIndex(self.stage) ?? 0) > 0
    }
}
