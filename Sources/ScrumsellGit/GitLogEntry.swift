/// One commit as `git log --raw` lists it, with the files it changed against its first parent.
package struct GitLogEntry: Sendable {
    package var commit: CommitInfo
    /// Parent commit ids; none for a root commit or a shallow clone's boundary.
    package var parents: [String]
    package var changes: [GitFileChange]
}

/// One file a commit changed, from a `--raw` line.
package struct GitFileChange: Sendable, Equatable {
    package enum Status: Sendable, Equatable {
        case added, modified, deleted
        /// Moved from another path (git's rename detection), perhaps edited too.
        case renamed(from: String)
    }

    package var status: Status
    /// The path after the commit, from the repository's top.
    var path: String
    /// The file's blob id after the commit (all zeros when deleted).
    var blob: String
    /// True when the new side is a regular file's content (mode `100644` or `100755`; not a
    /// link, a submodule or nothing).
    var isRegularFile: Bool
}
