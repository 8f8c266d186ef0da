/// What an editing operation plans: the files to write and what to tell the user.
public struct EditResult: Sendable {
    public var changes: [FileChange]
    /// One line each, e.g. `deals/acme.md:14: stage: qualify → evaluate`.
    public var notes: [String]

    public init(changes: [FileChange] = [], notes: [String] = []) {
        self.changes = changes
        self.notes = notes
    }

    /// True when nothing needs writing.
    public var isEmpty: Bool { changes.allSatisfy(\.isEmpty) }
}
