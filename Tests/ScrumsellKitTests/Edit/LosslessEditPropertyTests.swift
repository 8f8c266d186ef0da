import Foundation
import Testing
@testable import ScrumsellKit

/// Applies every kind of edit to every file of a copy of sample-workspace, and to a deal whose
/// body holds a wide set of CommonMark constructs (as LF, and as CRLF with a byte-order mark),
/// and asserts for each edit: only the edited lines differ, byte for byte; the file reads back
/// without errors; and, for the commands' edits, `check` still reports no errors.
@Suite struct LosslessEditPropertyTests {
    /// A deal that exercises the reader: setext headings, fenced and indented code with fake
    /// items, nested lists, block quotes, HTML blocks, a link reference definition, a table as
    /// text, trailing spaces, tabs, continuation lines, several list markers.
    static let tortureDeal = [
        "---",
        "# A comment before the first key.",
        "account: \"Torture & Test Co\"   # quoted, with a comment",
        "title: 'Single: quoted'",
        "owner: sofia",
        "stage: qualify",
        "value: 50000",
        "decision_date: 2027-01-15",
        "consequence: >",
        "  Folded block",
        "  over two lines",
        "outcome: open            # open | won | lost | no-decision",
        "last_contact:",
        "tags:",
        "  - alpha",
        "  - \"beta: gamma\"",
        "objectives: []",
        "stakeholders:",
        "  - {id: tess, name: Tess Ng, title: CFO, influence: economic}",
        "  - id: ray",
        "    name: Ray Oduya",
        "    influence: technical",
        "---",
        "Torture & Test Co",
        "=================",
        "",
        "An intro paragraph with trailing spaces  ",
        "and a hard break, then a\ttab.",
        "",
        "[ref]: https://example.com/ref  \"A reference\"",
        "",
        "Buying process",
        "--------------",
        "",
        "1. [x] Step one done:2026-10-01",
        "2. [ ] Step two @tess",
        "   continuation with due:2026-12-01",
        "3. [ ] Step three\twith a tab @ray   ",
        "",
        "## Backlog",
        "",
        "- [ ] Parent item @sofia",
        "  - [ ] Nested child @daan",
        "    - [/] Grandchild @amira",
        "- [x] Done item done:2026-11-01, with punctuation",
        "",
        "* [ ] Star bullet item @sofia",
        "",
        "```markdown",
        "- [ ] fenced fake item",
        "## Not a heading",
        "```",
        "",
        "    - [ ] indented code fake item",
        "",
        "> - [ ] quoted fake item",
        "> ## quoted heading",
        "",
        "<div>",
        "- [ ] html fake item",
        "</div>",
        "",
        "<!--",
        "- [ ] commented fake item",
        "## Log",
        "-->",
        "",
        "| col | other |",
        "|-----|-------|",
        "| - [ ] in a table | x |",
        "",
        "## Next steps",
        "1) [ ] Tess confirms the budget @tess due:2026-12-02",
        "2) [ ] Send the proposal @sofia due:2026-12-03",
        "",
        "## Exit tasks",
        "- [x] Confirm the pain with the buyer stage:prospect done:2026-10-01",
        "- [x] Identify the economic buyer stage:prospect done:2026-10-01",
        "- [ ] Map the buying process stage:qualify",
        "",
        "## Log",
        "- 2026-10-01 First call.\tTab inside.",
        "- 2026-11-18 Second call.   ",
        "",
        "",
    ].joined(separator: "\n")

    static var crlfTortureDeal: [UInt8] {
        [0xEF, 0xBB, 0xBF] + Array(tortureDeal.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    }

    /// What the edits of one document came to.
    struct Outcome: Sendable {
        var edits = 0
        var checked = 0
        var problems: [String] = []
    }

    @Test func everyEditOfEveryFileChangesOnlyItsLines() throws {
        let workspace = try TempWorkspace.sample()
        try workspace.write("deals/torture.md", Self.tortureDeal)
        try workspace.write("deals/torture-crlf.md", bytes: Self.crlfTortureDeal)
        let asOf = Day("2026-11-20")!
        let editor = WorkspaceEditor(root: workspace.root, asOf: asOf)
        #expect(Checker.check(editor.workspace, asOf: asOf).errorCount == 0)

        // The fake items are no items: the torture deal has exactly its real ones.
        let torture = try #require(editor.sources.documents.first { $0.id == "torture" })
        #expect(ItemQuery.items(of: torture.outline).map(\.text) == [
            "Step one done:2026-10-01", "Step two @tess continuation with due:2026-12-01", "Step three\twith a tab @ray",
            "Parent item @sofia", "Nested child @daan", "Grandchild @amira", "Done item done:2026-11-01, with punctuation",
            "Star bullet item @sofia", "Tess confirms the budget @tess due:2026-12-02", "Send the proposal @sofia due:2026-12-03",
            "Confirm the pain with the buyer stage:prospect done:2026-10-01", "Identify the economic buyer stage:prospect done:2026-10-01",
            "Map the buying process stage:qualify",
        ])

        // Documents are independent: spread them over the cores (check is the costly part).
        let outcomes = editor.sources.documents.parallelMap { document in Self.run(document, editor: editor) }
        let problems = outcomes.flatMap(\.problems)
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
        let edits = outcomes.map(\.edits).reduce(0, +), checked = outcomes.map(\.checked).reduce(0, +)
        // 1,492 edits on the sample workspace and the two torture deals when this was written.
        #expect(edits > 1400, "\(edits) edits")
        #expect(checked > 1000, "\(checked) edits checked")
    }

    /// Applies every edit kind to `document` and reports what went wrong.
    static func run(_ document: SourceDocument, editor: WorkspaceEditor) -> Outcome {
        var outcome = Outcome()
        for edit in edits(of: document, editor: editor) {
            let result: EditResult
            do {
                result = try edit.run()
            } catch {
                outcome.problems.append("\(document.path): \(edit.name): refused: \(error)")
                continue
            }
            for change in result.changes where !change.isEmpty {
                outcome.edits += 1
                let found = verify(change, of: document)
                outcome.problems += found.problems.map { "\(document.path): \(edit.name): \($0)" }
                if edit.keepsCheckClean, let reread = found.reread {
                    let report = Checker.check(workspace(editor.workspace, replacing: reread), asOf: editor.asOf)
                    for error in report.diagnostics where error.severity == .error {
                        outcome.problems.append("\(document.path): \(edit.name): check: \(error.location): \(error.message)")
                    }
                    outcome.checked += 1
                }
            }
        }
        return outcome
    }

    /// `workspace` with one document modelled again from `document` (cheaper than modelling them all).
    static func workspace(_ workspace: Workspace, replacing document: SourceDocument) -> Workspace {
        var workspace = workspace
        var diagnostics = document.diagnostics
        workspace.diagnostics.removeAll { $0.location.path == document.path }
        switch document.kind {
        case .deal:
            workspace.deals.removeAll { $0.path == document.path }
            if let deal = Deal.decode(document, diagnostics: &diagnostics) { workspace.deals.append(deal) }
        case .campaign:
            workspace.campaigns.removeAll { $0.path == document.path }
            if let campaign = Campaign.decode(document, diagnostics: &diagnostics) { workspace.campaigns.append(campaign) }
        case .sprint:
            workspace.sprints.removeAll { $0.path == document.path }
            if let sprint = Sprint.decode(document, diagnostics: &diagnostics) { workspace.sprints.append(sprint) }
        case .objective:
            workspace.objectives.removeAll { $0.path == document.path }
            if let objective = Objective.decode(document, diagnostics: &diagnostics) { workspace.objectives.append(objective) }
        }
        workspace.diagnostics += diagnostics
        return workspace
    }

    /// The change's problems: lines changed outside its edits, reading errors, a lost CR or BOM.
    static func verify(_ change: FileChange, of document: SourceDocument) -> (problems: [String], reread: SourceDocument?) {
        guard let source = document.source else { return (["the document has no text"], nil) }
        let original = (source.hasByteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + source.bytes
        var problems = change.original == original ? [] : ["the change was not planned from the file's bytes"]
        problems += linesChangedOutsideEdits(original, change.updated, edits: change.edits)
        let reread = DocumentReader.read(kind: document.kind, id: document.id, path: document.path, bytes: change.updated)
        problems += reread.diagnostics.filter { $0.severity == .error }.map { "reads back with an error: \($0.message)" }
        if source.usesCRLF {
            let bytes = change.updated
            if bytes.indices.contains(where: { bytes[$0] == 10 && ($0 == 0 || bytes[$0 - 1] != 13) }) {
                problems.append("wrote a line ending without CR into a CRLF file")
            }
        }
        return (problems, reread)
    }

    struct Edit {
        var name: String
        /// True for the commands' edits, which must leave `check` without errors.
        var keepsCheckClean: Bool
        var run: () throws -> EditResult
    }

    /// Every edit kind that applies to `document`.
    static func edits(of document: SourceDocument, editor: WorkspaceEditor) -> [Edit] {
        var edits: [Edit] = []
        let path = document.path
        func frontMatterEdit(_ name: String, clean: Bool, _ make: @escaping (FrontMatterEditor, EditableDocument) throws -> ([TextEdit], (SourceDocument) -> Bool)) {
            edits.append(Edit(name: name, keepsCheckClean: clean) {
                let editable = try EditableDocument(document, root: editor.root)
                let (textEdits, expectation) = try make(try FrontMatterEditor(editable), editable)
                var plan = editable.plan()
                plan.add(textEdits)
                return EditResult(changes: [try editable.change(applying: plan, what: name, expectation: expectation)])
            })
        }
        // Front-matter: every top-level key set to text that needs quoting, a key added, every list grown.
        for pair in document.fields?.mapping ?? [] {
            frontMatterEdit("set \(pair.key)", clean: false) { editor, _ in
                (try editor.set(pair.key, to: .text("Edited: #1 'value'")), { FrontMatterEditor.reads($0, key: pair.key, as: "Edited: #1 'value'") })
            }
            if let items = pair.value.sequence, items.allSatisfy({ $0.scalar != nil }) {
                frontMatterEdit("append to \(pair.key)", clean: false) { editor, _ in
                    (try editor.append("added, item", toList: pair.key), { $0.fields?[pair.key]?.sequence?.last?.scalar == "added, item" })
                }
            }
        }
        frontMatterEdit("add a key", clean: true) { editor, _ in
            (try editor.set("x_note", to: .text("New: key")), { FrontMatterEditor.reads($0, key: "x_note", as: "New: key") })
        }

        if WorkspaceEditor.itemDocumentKinds.contains(document.kind) {
            for entry in ItemQuery.items(of: document.outline) {
                for action in ItemAction.allCases {
                    edits.append(Edit(name: "item \(action) :\(entry.line)", keepsCheckClean: true) { try editor.changeItem(action, query: ":\(entry.line)", in: path) })
                }
            }
            for section in document.outline.sections.map(\.title) + ["A brand new section"] {
                edits.append(Edit(name: "item add to \(section)", keepsCheckClean: true) {
                    try editor.addItem("Property item @sofia due:2026-11-27", to: path, section: section)
                })
            }
        }
        switch document.kind {
        case .deal:
            edits.append(Edit(name: "touch", keepsCheckClean: true) { try editor.touch(path, note: "Property: call\twith a tab") })
            edits.append(Edit(name: "close won", keepsCheckClean: true) { try editor.close(path, outcome: .won, force: true) })
            edits.append(Edit(name: "close lost", keepsCheckClean: true) { try editor.close(path, outcome: .lost, lostTo: "Rival: Inc", reason: "Price #1") })
            edits.append(Edit(name: "close no-decision", keepsCheckClean: true) { try editor.close(path, outcome: .noDecision, followUp: Day("2027-03-01")) })
            edits.append(Edit(name: "stakeholder add", keepsCheckClean: true) {
                try editor.addStakeholder(path, id: "prop-person", name: "Prop: Person", title: "Head of #1", influence: "coach", rapport: "Says \"hi\"")
            })
            for stakeholder in editor.workspace.deal(document.id)?.stakeholders ?? [] {
                edits.append(Edit(name: "stakeholder set \(stakeholder.id)", keepsCheckClean: true) {
                    try editor.setStakeholder(path, id: stakeholder.id, .init(title: "New: title", influence: "user", rapport: "A, b} c"))
                })
            }
            for stage in editor.workspace.config.stages.map(\.id) where stage != editor.workspace.deal(document.id)?.stage {
                edits.append(Edit(name: "stage \(stage)", keepsCheckClean: true) { try editor.moveStage(path, to: stage, force: true) })
            }
        case .sprint:
            if let sprint = editor.workspace.sprint(document.id), let start = sprint.start, let end = sprint.end {
                for offset in -1...(start.days(to: end) + 1) {
                    let day = start.adding(days: offset)
                    edits.append(Edit(name: "log \(day)", keepsCheckClean: true) {
                        try WorkspaceEditor(sources: editor.sources, asOf: day).logScrumNote("Property note", kind: .idea, who: "lena", sprint: document.id) })
                }
            }
        case .objective, .campaign:
            let section = document.kind == .objective ? "Review log" : "Learnings"
            edits.append(Edit(name: "log line in \(section)", keepsCheckClean: true) {
                let editable = try EditableDocument(document, root: editor.root)
                var plan = editable.plan()
                let added = try LogEditor.addLogLine("Property review", on: editor.asOf, section: section, in: editable)
                plan.add(added.edits)
                return EditResult(changes: [try editable.change(applying: plan, what: "log") { reread in
                    reread.outline.section(section)?.entries.contains { $0.line == added.line && $0.text == "\(editor.asOf) Property review" } ?? false
                }])
            })
        }
        return edits
    }
}
