import Foundation

/// How the working copy differs from HEAD, by lineage: which files exist now, which have
/// uncommitted edits (they get a newest version, read from disk), which were deleted.
struct WorkingCopyState {
    /// Lineages of the files the working copy holds.
    private(set) var current: [Int] = []
    /// Lineages of files at HEAD that the working copy deleted.
    private(set) var removed: [Int] = []
    /// Lineage → the path (from the repository's top) of its uncommitted working-copy version.
    private(set) var edited: [Int: String] = [:]
    /// Lineages of files that are new in the working copy (untracked or only staged).
    private var added: [Int] = []
    private let top: URL

    init(_ changes: [WorkingCopyChange], files: inout FileLineages, top: URL) {
        self.top = top
        var atHead = files.atHead
        var gone = Set<Int>()
        for change in changes where files.kind(of: change.path) != nil {
            switch change.status {
            case .deleted:
                if let lineage = atHead[change.path] { gone.insert(lineage) }
            case .modified:
                let lineage = atHead[change.path] ?? files.startInWorkingCopy(at: change.path)
                atHead[change.path] = lineage
                edited[lineage] = change.path
            case .renamed(let from):
                if let lineage = atHead[from] {
                    files.move(lineage, to: change.path)
                    atHead[from] = nil
                    atHead[change.path] = lineage
                    edited[lineage] = change.path
                } else {
                    fallthrough
                }
            case .added:
                let lineage = files.startInWorkingCopy(at: change.path)
                atHead[change.path] = lineage
                edited[lineage] = change.path
                added.append(lineage)
            }
        }
        current = atHead.values.filter { !gone.contains($0) }.sorted()
        removed = gone.sorted()
    }

    /// Pairs each new file with a deleted one holding exactly its bytes at HEAD: a rename
    /// not yet told to git. The deleted file's lineage continues under the new name.
    mutating func followRenames(contents: [String: [UInt8]], files: inout FileLineages) {
        var unpaired = removed
        for lineage in added {
            guard let path = edited[lineage], let bytes = HistoryReader.readFile(path, top: top),
                  let match = unpaired.firstIndex(where: { removedLineage in
                      files.lineages[removedLineage].versions.first.flatMap { contents[$0.blob] } == bytes
                  }) else { continue }
            let earlier = unpaired.remove(at: match)
            files.move(earlier, to: path)
            edited[lineage] = nil
            edited[earlier] = path
            current.removeAll { $0 == lineage }
            current.append(earlier)
        }
        removed = unpaired
        current.sort()
    }
}
