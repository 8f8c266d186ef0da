import Foundation
import ScrumsellRead

/// A workspace document opened for editing: the exact bytes read and what the reader made of them.
///
/// Edits are planned against these bytes and these positions only; the writer later refuses
/// to replace the file if its bytes on disk are no longer these.
public struct EditableDocument: Sendable {
    public let document: SourceDocument
    public let source: SourceText
    /// The file's absolute location.
    public let url: URL

    /// Opens a read document; refuses one that is not a readable text file.
    public init(_ document: SourceDocument, root: URL) throws {
        guard let source = document.source else {
            throw EditRefusal("\(document.path) cannot be edited: it is not a readable text file", diagnostics: document.diagnostics.filter { $0.severity == .error })
        }
        self.document = document
        self.source = source
        self.url = root.appendingPathComponent(document.path)
    }

    public var path: String { document.path }
    public var outline: MarkdownOutline { document.outline }

    /// The file's bytes exactly as read, byte-order mark included.
    public var original: [UInt8] { (source.hasByteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + source.bytes }

    /// Refuses a document whose reading found errors (broken front-matter, merge-conflict
    /// markers, …): its structure is uncertain, so no edit of it is guessed at.
    public func requireNoReadingErrors(for action: String) throws {
        let errors = document.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else {
            throw EditRefusal("\(path) has \(errors.count == 1 ? "an error" : "\(errors.count) errors") that must be fixed before \(action)", diagnostics: errors)
        }
    }

    /// Applies `plan`, re-reads the result and checks it with `expectation`, so an edit that
    /// would not read back as intended (an item swallowed by an HTML block, say) is refused.
    public func change(applying plan: EditPlan, what: String, expectation: (SourceDocument) -> Bool) throws -> FileChange {
        let updated = try plan.apply()
        let reread = DocumentReader.read(kind: document.kind, id: document.id, path: path, bytes: updated)
        let newErrors = reread.diagnostics.filter { $0.severity == .error }
        guard newErrors.isEmpty, expectation(reread) else {
            throw EditRefusal("\(path): cannot \(what) safely: the file would not read back as intended; edit it by hand", diagnostics: newErrors)
        }
        return FileChange(path: path, url: url, original: original, updated: updated, edits: plan.edits)
    }

    /// A plan over this document's bytes.
    public func plan() -> EditPlan { EditPlan(source: source) }
}

extension SourceText {
    /// Byte offset within line `line`'s text of the 1-based Unicode-scalar `column`.
    func byteOffset(line: Int, column: Int) -> Int {
        let range = byteRange(ofLine: line)
        var offset = range.lowerBound
        var remaining = column - 1
        while remaining > 0, offset < range.upperBound {
            offset += 1
            while offset < range.upperBound, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            remaining -= 1
        }
        return offset - range.lowerBound + remaining
    }

    /// The bytes of a line's text (no line ending).
    package func lineBytes(_ line: Int) -> ArraySlice<UInt8> { bytes[byteRange(ofLine: line)] }

    /// True when the line holds only spaces and tabs.
    func isBlank(_ line: Int) -> Bool { lineBytes(line).allSatisfy { $0 == 32 || $0 == 9 } }

    /// The last line in `first...last` that is not blank, or `nil`.
    func lastNonBlank(from first: Int, through last: Int) -> Int? {
        guard first <= last else { return nil }
        return stride(from: min(last, lineCount), through: first, by: -1).first { !isBlank($0) }
    }
}
