import Foundation

/// A file's planned new content, beside the exact bytes it was planned from.
///
/// `original` is `nil` for a file that must not exist yet. The writer compares the file on
/// disk with `original` just before replacing it, so a file changed since it was read is
/// never overwritten.
public struct FileChange: Sendable, Equatable {
    /// Path relative to the workspace root, as diffs and messages print it.
    public var path: String
    public var url: URL
    public var original: [UInt8]?
    public var updated: [UInt8]
    /// The line edits that turn `original` into `updated` (none for a new file).
    public var edits: [TextEdit]

    public init(path: String, url: URL, original: [UInt8]?, updated: [UInt8], edits: [TextEdit] = []) {
        self.path = path
        self.url = url
        self.original = original
        self.updated = updated
        self.edits = edits
    }

    /// True for a file the change creates.
    public var isNewFile: Bool { original == nil }

    /// True when the change leaves the bytes as they were.
    public var isEmpty: Bool { original == updated }
}
