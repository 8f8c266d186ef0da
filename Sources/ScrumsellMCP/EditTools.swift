import Foundation
import MCP
import ScrumsellKit

/// The tools that edit, each the command of the same name through the same `WorkspaceEditor`:
/// every one returns the unified diff of its change and writes it only when called with
/// `apply: true` (under the workspace lock, atomically, refusing a file changed since it was
/// read); a refusal comes back as an MCP error with the command's message.
enum EditTools {
    static let all: [WorkspaceTool] = [touch, itemAdd, itemState, stage, close, log, stakeholderAdd]

    static let apply = WorkspaceTool.Argument.boolean("apply", "Write the change (default false: only return the diff it would apply).")

    static let touch = WorkspaceTool(
        name: "touch",
        description: "Record a conversation with the buyer: last_contact becomes as_of and a dated line goes to the deal's '## Log' ('scrumsell touch').",
        arguments: [.string("deal", "The deal (id, unique start of an id, or path).", required: true),
                    .string("note", "What was said (default: \"\(WorkspaceEditor.defaultContactNote)\")."), WorkspaceTool.asOf, apply],
        edits: true
    ) { arguments, context in
        let deal = try arguments.required("deal"), note = try arguments.string("note")
        return try perform(arguments, context) { try $0.touch(deal, note: note) }
    }

    static let stakeholderAdd = WorkspaceTool(
        name: "stakeholder_add",
        description: "Add a stakeholder to a deal's front-matter ('scrumsell stakeholder add'): an id (a slug the deal does not have yet), a name, and optionally a title, a buying influence and rapport notes.",
        arguments: [.string("deal", "The deal.", required: true), .string("id", "The stakeholder's id, e.g. maria: what @maria names.", required: true),
                    .string("name", "Their full name.", required: true), .string("title", "Their job title."),
                    .string("influence", "Their buying influence.", choices: ["economic", "user", "technical", "coach"]),
                    .string("rapport", "What you know of them: notes for the team."), WorkspaceTool.asOf, apply],
        edits: true
    ) { arguments, context in
        let deal = try arguments.required("deal"), id = try arguments.required("id"), name = try arguments.required("name")
        let title = try arguments.string("title"), influence = try arguments.string("influence"), rapport = try arguments.string("rapport")
        return try perform(arguments, context) { try $0.addStakeholder(deal, id: id, name: name, title: title, influence: influence, rapport: rapport) }
    }

    static let itemAdd = WorkspaceTool(
        name: "item_add",
        description: "Add '- [ ] TEXT' to a deal, campaign or sprint ('scrumsell item add'); TEXT may carry tokens: @owner due:YYYY-MM-DD sprint:ID pts:N #kind +link.",
        arguments: [.string("doc", "The deal, campaign or sprint.", required: true), .string("text", "The item's text.", required: true),
                    .string("section", "The section to add it to (default Backlog, in a sprint Sprint backlog)."), WorkspaceTool.asOf, apply],
        edits: true
    ) { arguments, context in
        let doc = try arguments.required("doc"), text = try arguments.required("text"), section = try arguments.string("section")
        return try perform(arguments, context) { try $0.addItem(text, to: doc, section: section) }
    }

    static let itemState = WorkspaceTool(
        name: "item_state",
        description: "Start, finish, drop or reopen one item of a deal, campaign or sprint ('scrumsell item start|done|drop|reopen').",
        arguments: [.string("doc", "The deal, campaign or sprint.", required: true),
                    .string("query", "A piece of the item's text, or :LINE.", required: true),
                    .string("state", "What to do with it.", required: true, choices: ["start", "done", "drop", "reopen"]), WorkspaceTool.asOf, apply],
        edits: true
    ) { arguments, context in
        let doc = try arguments.required("doc"), query = try arguments.required("query"), state = try arguments.required("state")
        let actions: [String: ItemAction] = ["start": .start, "done": .done, "drop": .drop, "reopen": .reopen]
        guard let action = actions[state] else { throw MCPError.invalidParams("'state' must be start, done, drop or reopen, got '\(state)'") }
        return try perform(arguments, context) { try $0.changeItem(action, query: query, in: doc) }
    }

    static let stage = WorkspaceTool(
        name: "stage",
        description: "Move a deal to another stage once the exit tasks of the stages it leaves are done ('scrumsell stage').",
        arguments: [.string("deal", "The deal.", required: true), .string("stage", "The stage id to move to.", required: true),
                    .boolean("force", "Move even though exit tasks are open (or the deal is closed)."), WorkspaceTool.asOf, apply],
        edits: true
    ) { arguments, context in
        let deal = try arguments.required("deal"), stage = try arguments.required("stage"), force = try arguments.flag("force")
        return try perform(arguments, context) { try $0.moveStage(deal, to: stage, force: force) }
    }

    static let close = WorkspaceTool(
        name: "close",
        description: "Close a deal: won, lost (with the competitor) or no-decision ('scrumsell close').",
        arguments: [.string("deal", "The deal.", required: true),
                    .string("outcome", "How it ended.", required: true, choices: ["won", "lost", "no-decision"]),
                    .string("to", "The competitor who won (needed when lost; 'nobody' when none)."),
                    .string("reason", "Why the deal was lost or ended without a decision."),
                    .string("follow_up", "When to check back with the buyer, YYYY-MM-DD."), WorkspaceTool.asOf, apply],
        edits: true
    ) { arguments, context in
        let deal = try arguments.required("deal"), text = try arguments.required("outcome")
        let to = try arguments.string("to"), reason = try arguments.string("reason"), followUp = try arguments.day("follow_up")
        guard let outcome = Outcome(rawValue: text), outcome.isClosed else {
            throw MCPError.invalidParams("'outcome' must be won, lost or no-decision, got '\(text)'")
        }
        if outcome == .lost, to == nil { throw MCPError.invalidParams("a lost deal needs the competitor who won it: 'to' (or 'nobody')") }
        if outcome != .lost, to != nil { throw MCPError.invalidParams("'to' names the competitor of a lost deal") }
        if outcome == .won, reason != nil || followUp != nil { throw MCPError.invalidParams("'reason' and 'follow_up' are for a deal lost or ended without a decision") }
        return try perform(arguments, context) { try $0.close(deal, outcome: outcome, lostTo: to, reason: reason, followUp: followUp) }
    }

    static let log = WorkspaceTool(
        name: "log",
        description: "Add a daily-scrum note under as_of's '### YYYY-MM-DD' of the current sprint ('scrumsell log').",
        arguments: [.string("text", "The note.", required: true),
                    .string("kind", "The word the note starts with.", choices: ["win", "rejection", "idea", "reaction"]),
                    .string("who", "Who it is about, a member id (added as @ID)."),
                    .string("sprint", "The sprint (default: the one current on as_of)."), WorkspaceTool.asOf, apply],
        edits: true
    ) { arguments, context in
        let text = try arguments.required("text"), who = try arguments.string("who"), sprint = try arguments.string("sprint")
        var kind: ScrumNote.Kind?
        if let word = try arguments.string("kind") {
            guard let parsed = ScrumNote.Kind(rawValue: word), parsed != .note else { throw MCPError.invalidParams("'kind' must be win, rejection, idea or reaction, got '\(word)'") }
            kind = parsed
        }
        return try perform(arguments, context) { try $0.logScrumNote(text, kind: kind, who: who, sprint: sprint) }
    }

    /// Plans the edit; with `apply`, plans it again under the lock and writes it. Returns the
    /// diff, the notes the command prints, and whether anything was written.
    static func perform(_ arguments: ToolArguments, _ context: ToolContext, _ plan: (WorkspaceEditor) throws -> EditResult) throws -> String {
        let day = try context.day(arguments)
        let apply = try arguments.flag("apply")
        func planned() throws -> EditResult {
            do {
                return try plan(WorkspaceEditor(root: context.root, asOf: day))
            } catch let refusal as EditRefusal {
                throw MCPError.invalidParams(message(refusal, root: context.root))
            } catch let error as TemplateError {
                throw MCPError.internalError("a template could not be rendered\n" + DiagnosticTextRenderer.render(error.diagnostic))
            }
        }
        let result: EditResult
        if apply {
            do {
                result = try WorkspaceLock.holding(context.root) {
                    let result = try planned()
                    try SafeFileWriter.write(result.changes)
                    return result
                }
            } catch let failure as WorkspaceLock.Failure {
                throw MCPError.internalError(failure.description)
            } catch let failure as SafeFileWriter.Failure {
                throw MCPError.internalError(failure.description)
            }
        } else {
            result = try planned()
        }
        var text = result.changes.map { UnifiedDiff.render(path: $0.path, old: $0.original, new: $0.updated) }.joined()
        text += result.notes.map { $0 + "\n" }.joined()
        if result.isEmpty {
            text += "nothing to change\n"
        } else {
            text += apply ? "written\n" : "dry run: nothing was written (call again with apply: true to write it)\n"
        }
        return text
    }

    /// A refusal as the command prints it: the reason, the candidates, the diagnostics.
    static func message(_ refusal: EditRefusal, root: URL) -> String {
        var message = refusal.reason
        for candidate in refusal.candidates {
            message += "\n  \(candidate.location.path):\(candidate.location.line): \(candidate.text)"
        }
        for diagnostic in ExcerptReader.attach(to: refusal.diagnostics, root: root).sorted() {
            message += "\n" + DiagnosticTextRenderer.render(diagnostic)
        }
        return message
    }
}
