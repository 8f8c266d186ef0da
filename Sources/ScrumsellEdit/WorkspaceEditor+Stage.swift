import ScrumsellBase
import ScrumsellRead
import ScrumsellModel

extension WorkspaceEditor {
    /// `stage DEAL STAGE`: moves a deal to another sales stage. Moving on past a stage whose exit
    /// tasks are not all done (or dropped) is refused, listing them, unless `force`. On success the
    /// deal's `stage:` is set and the new stage's exit tasks are added under `## Exit tasks` as
    /// `- [ ] task stage:ID` (those already there are not repeated).
    public func moveStage(_ reference: String, to stageID: String, force: Bool = false) throws -> EditResult {
        let document = try self.document(reference, kinds: [.deal])
        try document.requireNoReadingErrors(for: "the deal changes stage")
        let deal = try self.deal(document)
        let config = workspace.config
        guard let target = config.stage(stageID), let targetIndex = config.stageIndex(stageID) else {
            let ids = config.stages.map(\.id)
            throw EditRefusal("unknown stage '\(stageID)'\(Suggestion.didYouMean(stageID, in: ids)); the stages are \(ids.joined(separator: ", "))")
        }
        guard deal.stage != stageID else {
            return EditResult(notes: ["\(document.path): the deal is already in stage '\(stageID)'"])
        }
        var bypassed = deal.outcome.isClosed
        if deal.outcome.isClosed, !force {
            throw EditRefusal("\(document.path): the deal is closed (\(deal.outcome.rawValue)); use --force to change its stage anyway")
        }
        if let current = config.stageIndex(deal.stage), current < targetIndex {
            let candidates = unfinishedExitTasks(of: deal, in: document, from: deal.stage, upTo: targetIndex)
            bypassed = bypassed || !candidates.isEmpty
            if !candidates.isEmpty, !force {
                throw EditRefusal("\(document.path): cannot move from '\(deal.stage)' to '\(stageID)': \(candidates.count) exit task\(candidates.count == 1 ? " is" : "s are") not done (finish or drop them, or use --force)",
                                  candidates: candidates)
            }
        }

        let frontMatter = try FrontMatterEditor(document)
        var plan = document.plan()
        plan.add(try frontMatter.set("stage", to: .token(stageID)))
        let listed = deal.exitTasks.flatMap(\.flattened).map { $0.title.lowercased() }
        let newTasks = target.exit.map { $0.trimmingSpaces() }.filter { !$0.isEmpty && !listed.contains($0.lowercased()) }
        let texts = try newTasks.map { "[ ] " + (try Self.requireOneLine($0, what: "exit task")) + " stage:\(target.id)" }
        if !texts.isEmpty {
            if let section = document.outline.section(DealSection.exitTasks.title) {
                plan.add(try SectionListEditor.insert(texts, into: section, in: document.source).edits)
            } else {
                plan.add(SectionListEditor.appendSection(DealSection.exitTasks.title, entries: texts, in: document.source).edits)
            }
        }
        // The new tasks' lines are taken from the check's reading rather than a second one.
        var taskLines: [Int] = []
        let change = try document.change(applying: plan, what: "change the stage") { reread in
            let items = reread.outline.section(DealSection.exitTasks.title)?.allItems ?? []
            taskLines = texts.compactMap { text in items.last { $0.text == String(text.dropFirst(4)) }?.line }
            return FrontMatterEditor.reads(reread, key: "stage", as: stageID) && taskLines.count == texts.count
        }
        var notes = ["\(document.path): stage: \(deal.stage) → \(stageID)\(bypassed ? " (forced)" : "")"]
        for line in taskLines { notes.append(Self.note(change, line: line)) }
        return EditResult(changes: [change], notes: notes)
    }
}

extension WorkspaceEditor {
    /// The exit tasks not done of the stages a deal leaves: from its stage `from` up to (not
    /// including) the stage at `upTo`, or through the last stage when `upTo` is `nil` (a deal
    /// won). Each is located at its item under `Exit tasks`, else at the section or `stage:`.
    func unfinishedExitTasks(of deal: Deal, in document: EditableDocument, from stageID: String, upTo end: Int?) -> [EditRefusal.Candidate] {
        let config = workspace.config
        guard let current = config.stageIndex(stageID) else { return [] }
        let last = end ?? config.stages.count
        guard current < last else { return [] }
        var candidates: [EditRefusal.Candidate] = []
        let exitSection = document.outline.section(DealSection.exitTasks.title)
        for stage in config.stages[current..<last] {
            for task in deal.unfinishedExitTasks(of: stage) {
                let item = exitSection?.allItems.first { Item.strippingTokens($0.text).caseInsensitiveEquals(task.trimmingSpaces()) }
                let line = item?.line ?? exitSection?.line ?? deal.location(of: "stage").line
                candidates.append(EditRefusal.Candidate(location: SourceLocation(path: document.path, line: line, column: 1),
                                                        text: "\(item?.checkbox?.marker ?? "[ ]") \(task) stage:\(stage.id)"))
            }
        }
        return candidates
    }
}
