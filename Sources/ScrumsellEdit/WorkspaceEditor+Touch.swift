import ScrumsellRead
import ScrumsellModel

extension WorkspaceEditor {
    /// The `Log` text `touch` writes when no note is given.
    public static let defaultContactNote = "Contact with the buyer"

    /// `touch DEAL [NOTE]`: records a conversation with the buyer: `last_contact` becomes as-of
    /// (unless it is already later) and `- <as-of> NOTE` is added to `## Log`.
    public func touch(_ reference: String, note: String? = nil) throws -> EditResult {
        let document = try self.document(reference, kinds: [.deal])
        try document.requireNoReadingErrors(for: "the contact is recorded")
        let deal = try self.deal(document)
        let text = try note.map { try Self.requireOneLine($0, what: "note") } ?? Self.defaultContactNote
        let frontMatter = try FrontMatterEditor(document)
        var plan = document.plan()
        var notes: [String] = []
        let keepsLater = deal.lastContact.map { $0 > asOf } ?? false
        if !keepsLater, frontMatter.scalar("last_contact") != "\(asOf)" {
            plan.add(try frontMatter.set("last_contact", to: .token("\(asOf)")))
            notes.append("\(document.path): last_contact: \(deal.lastContact.map { "\($0) → " } ?? "")\(asOf)")
        } else if keepsLater, let later = deal.lastContact {
            notes.append("\(document.path): last_contact stays \(later), later than \(asOf)")
        }
        let log = try LogEditor.addLogLine(text, on: asOf, in: document)
        plan.add(log.edits)
        let expected = "\(asOf) \(text)"
        // The new entry's line is taken from the check's reading: reading the result a second
        // time would hold another copy of a large file.
        var entryLine: Int?
        let change = try document.change(applying: plan, what: "record the contact") { reread in
            entryLine = reread.outline.section(DealSection.log.title)?.entries.first { $0.text == expected }?.line
            return (keepsLater || FrontMatterEditor.reads(reread, key: "last_contact", as: "\(asOf)")) && entryLine != nil
        }
        if let entryLine { notes.append(Self.note(change, line: entryLine)) }
        return EditResult(changes: [change], notes: notes)
    }
}
