import ScrumsellRead

/// Follows every deal and campaign file back through the commits of one `git log` pass,
/// newest first, so a renamed file keeps the versions it had under its old names and a
/// file deleted and later re-created at the same path is two files.
package struct FileLineages {
    /// One file through time.
    package struct Lineage {
        /// The file's newest path, from the repository's top.
        var path: String
        /// Newest first: the log entry (by index) that wrote each version, its blob and its path then.
        var versions: [(entry: Int, blob: String, path: String)] = []
        /// False for a file deleted (or moved out of the workspace) before HEAD.
        var existsAtHead: Bool
    }

    /// The workspace folder's path from the repository's top (`""` or ending in `/`).
    let prefix: String
    private(set) var lineages: [Lineage] = []
    /// While walking back: the lineage each path belongs to at the point reached.
    private var live: [String: Int] = [:]

    package init(prefix: String) {
        self.prefix = prefix
    }

    /// The kind of workspace document at `path` (from the repository's top), if it is one.
    package func kind(of path: String) -> DocumentKind? {
        if let kind = Self.asciiKind(of: path.utf8, prefix: prefix.utf8) { return kind }
        return characterKind(of: path)
    }

    /// `kind(of:)` read character by character, as the path's components.
    package func characterKind(of path: String) -> DocumentKind? {
        guard path.hasPrefix(prefix), path.hasSuffix(".md") else { return nil }
        let components = path.dropFirst(prefix.count).split(separator: "/", omittingEmptySubsequences: false)
        guard components.count >= 2, let name = components.last, name.count > 3,
              !components.contains(where: { $0.isEmpty || $0.hasPrefix(".") }) else { return nil }
        switch components[0] {
        case "deals": return .deal
        case "campaigns": return .campaign
        default: return nil
        }
    }

    /// `kind(of:)` read from the bytes of an ASCII path, with no allocation (a pass asks for
    /// every change of every commit): `nil` inside the optional when it is none, and `nil` for a
    /// path with other characters, which is read the long way.
    private static func asciiKind(of path: String.UTF8View, prefix: String.UTF8View) -> DocumentKind?? {
        guard path.allSatisfy({ $0 < 0x80 }), prefix.allSatisfy({ $0 < 0x80 }) else { return nil }
        guard path.starts(with: prefix) else { return .some(nil) }
        let rest = path.dropFirst(prefix.count)
        let kind: DocumentKind
        let name: Substring.UTF8View
        if rest.starts(with: "deals/".utf8) {
            (kind, name) = (.deal, rest.dropFirst(6))
        } else if rest.starts(with: "campaigns/".utf8) {
            (kind, name) = (.campaign, rest.dropFirst(10))
        } else {
            return .some(nil)
        }
        // What follows the folder: one or more names, none empty or hidden, the last `*.md` with a stem.
        guard name.count > 3, name.suffix(3).elementsEqual(".md".utf8) else { return .some(nil) }
        var componentStart = true
        for byte in name {
            if componentStart, byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/") { return .some(nil) }
            componentStart = byte == UInt8(ascii: "/")
        }
        guard let lastSlash = name.lastIndex(of: UInt8(ascii: "/")) else { return kind }
        return name.distance(from: lastSlash, to: name.endIndex) > 4 ? kind : .some(nil)
    }

    /// True when a change writes, deletes or renames a deal or campaign file.
    func touches(_ change: GitFileChange) -> Bool {
        if case .renamed(let from) = change.status, kind(of: from) != nil { return true }
        return kind(of: change.path) != nil
    }

    /// Adds the next older log entry.
    mutating func add(_ entry: GitLogEntry, index: Int) {
        var written: [(change: GitFileChange, lineage: Int)] = []
        var deleted: [String] = []
        for var change in entry.changes {
            if case .renamed(let from) = change.status {
                switch (kind(of: from) != nil, kind(of: change.path) != nil) {
                case (true, true): break
                case (false, true): change.status = .added
                case (true, false): deleted.append(from); continue
                case (false, false): continue
                }
            }
            guard kind(of: change.path) != nil else { continue }
            if change.status == .deleted {
                deleted.append(change.path)
                continue
            }
            let lineage = live[change.path] ?? start(at: change.path, existsAtHead: true)
            if change.isRegularFile { lineages[lineage].versions.append((index, change.blob, change.path)) }
            written.append((change, lineage))
        }
        // Before this commit: new files did not exist, renamed ones had their old names.
        // Removals first, so a swap of two names within one commit stays right.
        for (change, _) in written where change.status != .modified { live[change.path] = nil }
        for (change, lineage) in written {
            switch change.status {
            case .modified: live[change.path] = lineage
            case .renamed(let from): live[from] = lineage
            case .added, .deleted: break
            }
        }
        for path in deleted { live[path] = start(at: path, existsAtHead: false) }
    }

    private mutating func start(at path: String, existsAtHead: Bool) -> Int {
        lineages.append(Lineage(path: path, existsAtHead: existsAtHead))
        return lineages.count - 1
    }

    /// Lineages of the files at HEAD, by path.
    var atHead: [String: Int] {
        var result: [String: Int] = [:]
        for (index, lineage) in lineages.enumerated() where lineage.existsAtHead { result[lineage.path] = index }
        return result
    }

    /// Starts a lineage for a file only the working copy has.
    mutating func startInWorkingCopy(at path: String) -> Int {
        start(at: path, existsAtHead: false)
    }

    /// Gives a lineage a new newest path (a rename not yet committed).
    mutating func move(_ lineage: Int, to path: String) {
        lineages[lineage].path = path
    }

    package init(prefix: String, lineages: [Lineage] = []) {
        self.prefix = prefix
        self.lineages = lineages
    }
}
