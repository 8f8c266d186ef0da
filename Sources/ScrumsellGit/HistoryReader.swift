import Foundation
import ScrumsellBase
import ScrumsellRead
import ScrumsellModel

/// Reads a workspace's history from the git repository holding it, with the `git` command:
/// one `git log` pass over the deal and campaign folders, one `git status` for the working
/// copy, and one `git cat-file --batch` for the contents of every version. Each version's
/// front-matter is read with the workspace's own reader, so history sees exactly what
/// `check` and the reports see.
///
/// The history is the one known on the as-of day: commits dated after it are left out
/// (counted in the horizon), and so are the working copy's edits then.
public enum HistoryReader {
    /// The history of the workspace at `root` as of `asOf`, or why there is none (no git, not
    /// a repository). Uncommitted edits are the newest version, dated `asOf`.
    public static func read(workspace root: URL, asOf: Day,
                            git: GitCommand? = GitCommand.onPath()) -> Result<WorkspaceHistory, HistoryUnavailable> {
        read(workspace: root, asOf: asOf, git: git, probe: NoProbe())
    }

    /// `read(workspace:asOf:git:)`, telling `probe` where each phase of the pass ends.
    public static func read<Probe: HistoryProbe>(workspace root: URL, asOf: Day, git: GitCommand? = GitCommand.onPath(),
                                                 probe: Probe) -> Result<WorkspaceHistory, HistoryUnavailable> {
        guard let git else { return .failure(.gitMissing) }
        let located = GitRepository.locate(workspace: root, git: git)
        probe.lap(.locate)
        switch located {
        case .failure(let unavailable):
            return .failure(unavailable)
        case .success(let repository):
            do {
                return .success(try read(repository, asOf: asOf, git: git, probe: probe))
            } catch {
                return .failure(error)
            }
        }
    }

    package static func read<Probe: HistoryProbe>(_ repository: GitRepository, asOf: Day, git: GitCommand,
                                          probe: Probe) throws(HistoryUnavailable) -> WorkspaceHistory {
        let folders = [DocumentKind.deal, .campaign].map { repository.prefix + $0.folder }
        // A workspace at the repository's top is the whole repository: limiting the log to its
        // folders would only make git compare every commit's trees twice.
        let logPaths = repository.prefix.isEmpty ? [] : folders
        var files = FileLineages(prefix: repository.prefix)
        let logProcesses = GitLogReader.processes(paths: logPaths)
        let log = repository.hasCommits ? try GitLogReader.read(in: repository.top, paths: logPaths, git: git, processes: logProcesses) : []
        probe.lap(.log)
        probe.shared(.log, between: repository.hasCommits ? logProcesses : 0)
        let entries = log.filter { entry in entry.changes.contains { files.touches($0) } }
        for (index, entry) in entries.enumerated() { files.add(entry, index: index) }
        probe.lap(.lineages)

        let changes = WorkingCopyChange.parse(try git.runForHistory(WorkingCopyChange.arguments(paths: folders), in: repository.top).stdout)
        var workingCopy = WorkingCopyState(changes, files: &files, top: repository.top)
        probe.lap(.workingCopy)

        // Deleted files too: one may turn out to be renamed in the working copy. In history
        // order (newest first), each once.
        var wanted = Set<String>(), blobs: [(entry: Int, blob: String)] = []
        for lineage in (workingCopy.current + workingCopy.removed).map({ files.lineages[$0] }) {
            for version in lineage.versions where wanted.insert(version.blob).inserted { blobs.append((version.entry, version.blob)) }
        }
        blobs.sort { ($0.entry, $0.blob) < ($1.entry, $1.blob) }
        let contentProcesses = GitBlobReader.processes(blobs: blobs.count)
        let contents = try GitBlobReader.read(blobs.map(\.blob), in: repository.top, git: git, processes: contentProcesses)
        probe.lap(.contents)
        probe.shared(.contents, between: contentProcesses)

        workingCopy.followRenames(contents: contents, files: &files)
        let current = workingCopy.current

        var dealBlobs = Set<String>(), campaignBlobs = Set<String>()
        for index in current {
            let lineage = files.lineages[index]
            switch files.kind(of: lineage.path) {
            case .deal: dealBlobs.formUnion(lineage.versions.map(\.blob))
            case .campaign: campaignBlobs.formUnion(lineage.versions.map(\.blob))
            default: break
            }
        }
        let dealSnapshots = dealSnapshots(of: dealBlobs, contents: contents)
        let campaignSnapshots = snapshots(of: campaignBlobs, contents: contents, read: readCampaign)
        probe.lap(.versions)

        // History as of `asOf`: commits dated later are left out, and so is the working copy
        // then, since it already holds what they changed.
        let known = entries.map { $0.commit.date <= asOf }
        let laterCommits = known.count { !$0 }
        var history = WorkspaceHistory(asOf: asOf, horizon: horizon(of: zip(entries, known).filter(\.1).map(\.0), later: laterCommits, in: repository))
        func versions<Snapshot>(of lineage: FileLineages.Lineage, index: Int, snapshots: [String: Snapshot?],
                                read: ([UInt8]) -> Snapshot?) -> [DocumentVersion<Snapshot>] {
            var versions = lineage.versions.reversed().filter { known[$0.entry] }.map {
                DocumentVersion(commit: entries[$0.entry].commit, date: entries[$0.entry].commit.date,
                                path: workspacePath($0.path, prefix: repository.prefix), snapshot: snapshots[$0.blob] ?? nil)
            }
            if laterCommits == 0, let path = workingCopy.edited[index], let bytes = readFile(path, top: repository.top) {
                versions.append(DocumentVersion(commit: nil, date: asOf, path: workspacePath(path, prefix: repository.prefix), snapshot: read(bytes)))
            }
            return versions
        }
        for index in current.sorted() {
            let lineage = files.lineages[index]
            let path = workspacePath(lineage.path, prefix: repository.prefix)
            let startsAtHorizon = lineage.versions.last.map { version in
                entries[version.entry].parents.isEmpty && repository.shallowBoundaries.contains(entries[version.entry].commit.sha)
            } ?? false
            switch files.kind(of: lineage.path) {
            case .deal:
                let versions = versions(of: lineage, index: index, snapshots: dealSnapshots, read: readDeal)
                if !versions.isEmpty { history.deals[path] = DocumentHistory(path: path, versions: versions, startsAtHorizon: startsAtHorizon) }
            case .campaign:
                let versions = versions(of: lineage, index: index, snapshots: campaignSnapshots, read: readCampaign)
                if !versions.isEmpty { history.campaigns[path] = DocumentHistory(path: path, versions: versions, startsAtHorizon: startsAtHorizon) }
            default:
                continue
            }
        }
        probe.lap(.assemble)
        return history
    }

    private static func horizon(of entries: [GitLogEntry], later: Int, in repository: GitRepository) -> HistoryHorizon {
        let boundaries = entries.filter { $0.parents.isEmpty && repository.shallowBoundaries.contains($0.commit.sha) }
        let oldest = (repository.isShallow && !boundaries.isEmpty ? boundaries : entries).map(\.commit.date).min()
        return HistoryHorizon(isShallow: repository.isShallow, oldestCommit: oldest, newestCommit: entries.map(\.commit.date).max(),
                              commitCount: entries.count, laterCommits: later)
    }

    /// Reads each blob once, on all cores.
    private static func snapshots<Snapshot: Sendable>(of blobs: Set<String>, contents: [String: [UInt8]],
                                                     read: @escaping @Sendable ([UInt8]) -> Snapshot?) -> [String: Snapshot?] {
        let ids = blobs.sorted()
        let read = ids.parallelMap { id in contents[id].flatMap(read) }
        return Dictionary(uniqueKeysWithValues: zip(ids, read))
    }

    /// Reads each deal blob's fields, once per distinct excerpt of its front-matter: most
    /// commits change a deal's body (a log line, a ticked step) or fields history does not read.
    private static func dealSnapshots(of blobs: Set<String>, contents: [String: [UInt8]]) -> [String: DealSnapshot?] {
        let ids = blobs.sorted()
        // The bytes to read for each blob: its excerpt, or the whole file when it has none.
        // Keyed by the excerpt's text (hashing a string is much quicker than hashing a byte array).
        let sources = ids.parallelMap { id -> (key: String, bytes: [UInt8])? in
            guard let bytes = contents[id] else { return nil }
            guard let excerpt = FrontMatterExcerpt.excerpt(of: bytes) else { return ("blob " + id, bytes) }
            return (String(decoding: excerpt, as: UTF8.self), excerpt)
        }
        var firstWithKey: [String: Int] = [:]
        for (index, source) in sources.enumerated() {
            if let source, firstWithKey[source.key] == nil { firstWithKey[source.key] = index }
        }
        let distinct = firstWithKey.values.sorted()
        let read = distinct.parallelMap { index in readDeal(sources[index]!.bytes) }
        var byKey: [String: DealSnapshot?] = [:]
        for (index, snapshot) in zip(distinct, read) { byKey[sources[index]!.key] = snapshot }
        var result: [String: DealSnapshot?] = [:]
        for (id, source) in zip(ids, sources) { result[id] = source.flatMap { byKey[$0.key] ?? nil } }
        return result
    }

    /// A deal version's fields: the front-matter is all history needs, so the body is not parsed.
    @Sendable package static func readDeal(_ bytes: [UInt8]) -> DealSnapshot? {
        var diagnostics: [Diagnostic] = []
        let document = DocumentReader.read(kind: .deal, id: "", path: "", bytes: bytes, context: ReadContext(scope: .frontMatterOnly))
        return Deal.decode(document, diagnostics: &diagnostics).map(DealSnapshot.init)
    }

    @Sendable static func readCampaign(_ bytes: [UInt8]) -> CampaignSnapshot? {
        var diagnostics: [Diagnostic] = []
        let document = DocumentReader.read(kind: .campaign, id: "", path: "", bytes: bytes)
        return Campaign.decode(document, diagnostics: &diagnostics).map(CampaignSnapshot.init)
    }

    static func workspacePath(_ path: String, prefix: String) -> String {
        path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// A working-copy file, read by the workspace reader's rule: a regular file (a FIFO never
    /// blocks), reached by no link out of the repository; `nil` otherwise.
    static func readFile(_ path: String, top: URL) -> [UInt8]? {
        let full = top.appendingPathComponent(path).path
        guard let real = WorkspaceBoundary.realPath(full), WorkspaceBoundary(root: top).contains(real),
              case .bytes(let bytes) = FileBytes.read(full) else { return nil }
        return bytes
    }
}
