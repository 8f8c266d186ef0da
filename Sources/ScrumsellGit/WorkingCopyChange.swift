/// A file whose working-copy state differs from the last commit, from `git status --porcelain -z`.
struct WorkingCopyChange: Sendable, Equatable {
    enum Status: Sendable, Equatable {
        /// Edited (staged or not), or in a merge conflict.
        case modified
        /// New: untracked or only staged.
        case added
        /// Gone from the working copy.
        case deleted
        /// Staged as moved from another path.
        case renamed(from: String)
    }

    /// The path from the repository's top.
    var path: String
    var status: Status

    /// The `git status` arguments for `paths` (from the repository's top).
    static func arguments(paths: [String]) -> [String] {
        ["status", "--porcelain", "-z", "--untracked-files=all", "--renames", "--"] + paths
    }

    /// Parses `git status --porcelain -z`: `XY PATH\0`, renames followed by `ORIG_PATH\0`.
    static func parse(_ bytes: [UInt8]) -> [WorkingCopyChange] {
        let fields = bytes.split(separator: 0, omittingEmptySubsequences: true)
        var changes: [WorkingCopyChange] = []
        var index = 0
        while index < fields.count {
            let field = fields[index]
            index += 1
            guard field.count > 3 else { continue }
            let x = field[field.startIndex], y = field[field.startIndex + 1]
            let path = String(decoding: field.dropFirst(3), as: UTF8.self)
            let d = UInt8(ascii: "D"), r = UInt8(ascii: "R"), c = UInt8(ascii: "C")
            if x == r || x == c {
                let from = index < fields.count ? String(decoding: fields[index], as: UTF8.self) : path
                index += 1
                if y == d { continue }
                changes.append(WorkingCopyChange(path: path, status: x == r ? .renamed(from: from) : .added))
            } else if x == UInt8(ascii: "?") || (x == UInt8(ascii: "A") && y != d) {
                changes.append(WorkingCopyChange(path: path, status: .added))
            } else if y == d || (x == d && y == UInt8(ascii: " ")) {
                changes.append(WorkingCopyChange(path: path, status: .deleted))
            } else {
                changes.append(WorkingCopyChange(path: path, status: .modified))
            }
        }
        return changes
    }
}
