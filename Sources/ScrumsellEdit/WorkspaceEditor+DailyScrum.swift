import ScrumsellBase
import ScrumsellModel

extension WorkspaceEditor {
    /// `log TEXT`: adds a note (`kind: text @who`) under the as-of day's `### YYYY-MM-DD` of
    /// `## Daily scrum` in sprint `sprintID`, or in the sprint current on as-of (of `who`'s team
    /// when given), creating the heading in date order when needed.
    public func logScrumNote(_ text: String, kind: ScrumNote.Kind? = nil, who: String? = nil, sprint sprintID: String? = nil) throws -> EditResult {
        var line = try Self.requireOneLine(text, what: "note")
        if let who {
            guard workspace.config.member(who) != nil else {
                throw EditRefusal("unknown member '\(who)'\(Suggestion.didYouMean(who, in: workspace.config.members.map(\.id))); the members are \(workspace.config.members.map(\.id).joined(separator: ", "))")
            }
        }
        let document: EditableDocument
        if let sprintID {
            document = try self.document(sprintID, kinds: [.sprint])
        } else {
            let team = who.flatMap { id in workspace.config.teams.first { $0.members.contains { $0.id == id } }?.id }
            guard let current = workspace.currentSprint(asOf: asOf, team: team) ?? workspace.currentSprint(asOf: asOf) else {
                throw EditRefusal("no sprint is current on \(asOf); name one with --sprint ID")
            }
            let candidates = workspace.currentSprintCandidates(asOf: asOf, team: current.team)
            guard candidates.count == 1 else {
                throw EditRefusal("\(candidates.count) sprints are current on \(asOf) and start the same day: \(candidates.map { "\($0.id) (\($0.path))" }.joined(separator: ", ")); name one with --sprint ID", isUsage: true)
            }
            document = try self.document(current.path, kinds: [.sprint])
        }
        try document.requireNoReadingErrors(for: "a note is logged")
        if let kind, kind != .note, !line.lowercased().hasPrefix(kind.rawValue + ":") {
            line = "\(kind.rawValue): \(line)"
        }
        if let who, !line.split(separator: " ").contains(where: { $0 == "@" + who }) {
            line += " @\(who)"
        }
        var plan = document.plan()
        let added = try LogEditor.addScrumNote(line, on: asOf, in: document)
        plan.add(added.edits)
        let expected = line
        let change = try document.change(applying: plan, what: "log the note") { reread in
            let day = reread.outline.section("Daily scrum")?.subsections.first { Day($0.title) == asOf }
            return day?.entries.contains { $0.line == added.line && $0.text == expected } ?? false
        }
        var notes = [Self.note(change, line: added.line)] + unknownOwnerNotes(line, in: document)
        if let sprint = workspace.sprint(document.document.id), !sprint.isCurrent(asOf: asOf), let start = sprint.start, let end = sprint.end {
            notes.append("\(document.path): note: \(asOf) is outside the sprint (\(start) to \(end))")
        }
        return EditResult(changes: [change], notes: notes)
    }
}
