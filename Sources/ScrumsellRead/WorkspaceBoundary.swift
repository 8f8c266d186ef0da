#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The folders a workspace's links may lead into: the workspace itself and, when it lies in
/// one, its git repository. A link resolving anywhere else is not read (it could expose
/// `/etc/passwd` in a diagnostic's excerpt, or walk the whole file system from `deals/sub -> /`).
package struct WorkspaceBoundary: Sendable {
    /// Real paths (no links, no `..`) of the workspace and of its repository's top folder.
    let roots: [String]

    package init(root: URL) {
        let workspace = WorkspaceBoundary.realPath(root.path) ?? root.standardizedFileURL.path
        var roots = [workspace]
        if let repository = WorkspaceBoundary.repository(containing: workspace), repository != workspace { roots.append(repository) }
        self.roots = roots
    }

    /// Whether the real path `path` is one of the roots or lies under one.
    package func contains(_ path: String) -> Bool {
        roots.contains { root in path == root || path.hasPrefix(root == "/" ? "/" : root + "/") }
    }

    /// Where `path` leads once every link is followed (`realpath(3)`); `nil` when it leads nowhere.
    package static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The nearest folder at or above `folder` holding a `.git` entry (a folder, or a file in a worktree).
    static func repository(containing folder: String) -> String? {
        var current = folder
        while true {
            var info = stat()
            if lstat(current + (current == "/" ? ".git" : "/.git"), &info) == 0 { return current }
            guard current != "/", let slash = current.lastIndex(of: "/") else { return nil }
            current = slash == current.startIndex ? "/" : String(current[..<slash])
        }
    }

    package init(roots: [String]) {
        self.roots = roots
    }
}
