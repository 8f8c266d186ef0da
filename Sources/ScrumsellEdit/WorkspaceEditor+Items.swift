import ScrumsellBase
import ScrumsellRead
import ScrumsellModel

extension WorkspaceEditor {
    /// The kinds of document that hold items.
    public static let itemDocumentKinds: [DocumentKind] = [.deal, .campaign, .sprint]

    /// `item add`: adds `text` as a to-do item (unless it starts with its own box) at the end of
    /// `section` of a deal, campaign or sprint (default: `Backlog`, or a sprint's `Sprint backlog`),
    /// creating the section at the end of the document when it is absent.
    public func addItem(_ text: String, to reference: String, section: String? = nil) throws -> EditResult {
        let document = try self.document(reference, kinds: Self.itemDocumentKinds)
        try document.requireNoReadingErrors(for: "an item is added")
        var line = try Self.requireOneLine(text, what: "item text")
        let box = line.utf8.count >= 3 ? Checkbox.leading(line) : nil
        if box == nil { line = "[ ] " + line }
        let expectedText = (box == nil ? line.dropFirst(4) : line.dropFirst(3)).description.trimmingSpaces()
        let title = Self.sectionTitle(section ?? Self.defaultItemSection(document.document.kind), kind: document.document.kind)

        var plan = document.plan()
        let firstLine: Int
        if let existing = document.outline.section(title) {
            let inserted = try SectionListEditor.insert([line], into: existing, in: document.source)
            plan.add(inserted.edits)
            firstLine = inserted.firstLine
        } else {
            let added = SectionListEditor.appendSection(title, entries: [line], in: document.source)
            plan.add(added.edits)
            firstLine = added.headingLine + 1
        }
        let change = try document.change(applying: plan, what: "add the item") { reread in
            Self.entries(of: reread.outline).contains { $0.line == firstLine && $0.checkbox == (box ?? .todo) && $0.text == expectedText }
        }
        return EditResult(changes: [change], notes: [Self.note(change, line: firstLine)] + unknownOwnerNotes(line, in: document) + unknownLinkNotes(line, in: document))
    }

    /// `item start|done|drop|reopen`: sets the box of the item `query` names. `done` writes
    /// `done:<as-of>`; `start` and `reopen` remove a `done:` date.
    public func changeItem(_ action: ItemAction, query: String, in reference: String) throws -> EditResult {
        let document = try self.document(reference, kinds: Self.itemDocumentKinds)
        try document.requireNoReadingErrors(for: "an item is changed")
        let entry = try ItemQuery(query).match(in: document, for: action)
        let source = document.source
        var edits = try ItemEditor.setState(entry, to: action.state, in: source)
        switch action {
        case .done where entry.checkbox == .done: break  // already done: its date stays
        case .done: edits += try ItemEditor.setDone(entry, on: asOf, in: source)
        case .start, .reopen: edits += ItemEditor.removeDone(entry, in: source)
        case .drop: break
        }
        guard !edits.isEmpty else {
            return EditResult(notes: ["\(document.path):\(entry.line): already \(Self.stateName(action.state)): \(entry.checkbox?.marker ?? "") \(entry.text)"])
        }
        // Splices on one line merge into one rewrite of that line.
        var plan = document.plan()
        plan.add(edits)
        let change = try document.change(applying: plan, what: "\(action.rawValue) the item") { reread in
            Self.entries(of: reread.outline).contains { other in
                guard other.line == entry.line, other.checkbox == action.state else { return false }
                let done = other.tokens.filter { $0.kind == .done }.map(\.value)
                switch action {
                case .done: return done == ["\(asOf)"]
                case .start, .reopen: return done.isEmpty
                case .drop: return other.text == entry.text
                }
            }
        }
        return EditResult(changes: [change], notes: [Self.note(change, line: entry.textLine)])
    }

    /// Notes for `@owner` tokens of `text` naming neither a team member nor, in a deal, one of its
    /// stakeholders: the edit is made (the person may be added next), but `check` will report them.
    func unknownOwnerNotes(_ text: String, in document: EditableDocument) -> [String] {
        let stakeholders = document.document.kind == .deal ? (workspace.deal(document.document.id)?.stakeholders.map(\.id) ?? []) : []
        let known = workspace.config.members.map(\.id) + stakeholders
        var seen = Set<String>()
        return InlineToken.scan(text[...], line: 1, column: 1).filter { $0.kind == .owner && !known.contains($0.value) && seen.insert($0.value).inserted }.map {
            "\(document.path): note: @\($0.value) is not a team member\(document.document.kind == .deal ? " or a stakeholder of the deal" : ""); `scrumsell check` will report it"
        }
    }

    /// A note for each `+id` of `text` that names no deal or campaign, with the closest id.
    func unknownLinkNotes(_ text: String, in document: EditableDocument) -> [String] {
        let known = workspace.deals.map(\.id) + workspace.campaigns.map(\.id)
        var seen = Set<String>()
        return InlineToken.scan(text[...], line: 1, column: 1).filter { $0.kind == .link && !known.contains($0.value) && seen.insert($0.value).inserted }.map {
            "\(document.path): note: +\($0.value) names no deal or campaign\(Suggestion.didYouMean($0.value, in: known)); `scrumsell check` will report it"
        }
    }

    static func defaultItemSection(_ kind: DocumentKind) -> String {
        kind == .sprint ? "Sprint backlog" : DealSection.backlog.title
    }

    /// A section title as the format spells it, when `name` is one of the kind's sections.
    static func sectionTitle(_ name: String, kind: DocumentKind) -> String {
        let known: [String]
        switch kind {
        case .deal: known = Deal.sectionNames
        case .campaign: known = Campaign.sectionNames
        case .sprint: known = Sprint.sectionNames
        case .objective: known = ["I want", "Details", "Review log"]
        }
        let trimmed = name.trimmingSpaces()
        return known.first { $0.caseInsensitiveEquals(trimmed) } ?? trimmed
    }

    static func stateName(_ state: Checkbox) -> String {
        switch state {
        case .todo: return "to do"
        case .doing: return "started"
        case .done: return "done"
        case .dropped: return "dropped"
        }
    }

    /// Every list entry of an outline, nested ones and those of subsections included.
    static func entries(of outline: MarkdownOutline) -> [ListEntry] {
        var result: [ListEntry] = []
        var stack = outline.preamble + outline.sections.flatMap(\.entriesIncludingSubsections)
        while let entry = stack.popLast() {
            result.append(entry)
            stack += entry.children
        }
        return result
    }

    /// `path:line: text` for a line of the changed file.
    static func note(_ change: FileChange, line: Int) -> String {
        let text = SourceText(path: change.path, bytes: change.updated)
        return "\(change.path):\(line): \(text.line(line).trimmingSpaces())"
    }
}

extension Checkbox {
    /// The box `text` starts with (`[x] …`), when it is followed by white space or nothing.
    static func leading(_ text: String) -> Checkbox? {
        let bytes = Array(text.utf8.prefix(4))
        guard bytes.count >= 3, bytes[0] == UInt8(ascii: "["), bytes[2] == UInt8(ascii: "]"),
              bytes.count == 3 || bytes[3] == 32 || bytes[3] == 9 else { return nil }
        return Checkbox(character: bytes[1])
    }
}
