import Foundation
import ScrumsellBase
import ScrumsellRead
import ScrumsellModel

/// An editing session over one workspace: everything read once, the models built from it,
/// and the day edits date themselves with. Each operation (in the `WorkspaceEditor+…` files)
/// plans its changes as `FileChange`s against the bytes read here, or refuses.
public struct WorkspaceEditor: Sendable {
    public let root: URL
    public let sources: WorkspaceSources
    public let workspace: Workspace
    /// `--as-of`: the date edits write.
    public let asOf: Day

    public init(root: URL, asOf: Day) {
        let sources = WorkspaceReader.read(root: root)
        self.init(sources: sources, asOf: asOf)
    }

    public init(sources: WorkspaceSources, asOf: Day) {
        self.root = sources.root
        self.sources = sources
        self.workspace = WorkspaceLoader.model(sources)
        self.asOf = asOf
    }

    /// The document named by `reference`: an id (file name without `.md`) of one of `kinds`,
    /// the start of only one such id, or a path relative to the workspace root. Refuses an
    /// unknown or ambiguous name.
    public func document(_ reference: String, kinds: [DocumentKind]) throws -> EditableDocument {
        let path = reference.hasPrefix("./") ? String(reference.dropFirst(2)) : reference
        let candidates = sources.documents.filter { kinds.contains($0.kind) }
        var matches = candidates.filter { $0.id == reference || $0.path == path }
        if matches.isEmpty, !reference.isEmpty {
            matches = candidates.filter { $0.id.hasPrefix(reference) }
        }
        let names = kinds.map(\.rawValue).joined(separator: ", ").replacingLastComma()
        guard !matches.isEmpty else {
            throw EditRefusal("no \(names) named '\(reference)'\(Suggestion.didYouMean(reference, in: candidates.map(\.id)))", isUsage: true)
        }
        guard matches.count == 1 else {
            throw EditRefusal("'\(reference)' names \(matches.count) documents: \(matches.map(\.path).joined(separator: ", ")); give the whole id or the path", isUsage: true)
        }
        return try EditableDocument(matches[0], root: root)
    }

    /// The deal modelled from `document`, for operations that need its fields.
    func deal(_ document: EditableDocument) throws -> Deal {
        guard let deal = workspace.deal(document.document.id), deal.path == document.path else {
            throw EditRefusal("\(document.path) could not be read as a deal", diagnostics: document.document.diagnostics.filter { $0.severity == .error })
        }
        return deal
    }

    /// Refuses text that would not stay on one line.
    static func requireOneLine(_ text: String, what: String) throws -> String {
        let trimmed = text.trimmingSpaces()
        guard !trimmed.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{2029}" }) else {
            throw EditRefusal("the \(what) must fit on one line")
        }
        guard !trimmed.isEmpty else { throw EditRefusal("the \(what) is empty") }
        return trimmed
    }
}

extension String {
    /// `deal, campaign, sprint` → `deal, campaign or sprint`.
    func replacingLastComma() -> String {
        guard let range = range(of: ", ", options: .backwards) else { return self }
        return replacingCharacters(in: range, with: " or ")
    }
}
