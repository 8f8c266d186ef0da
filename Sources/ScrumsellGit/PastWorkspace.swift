import Foundation
import ScrumsellBase

/// The workspace as one commit holds it, written to a temporary folder so the ordinary reader
/// models it (`report --week` for a past week). Only the files a workspace is made of are
/// written: `scrumsell.yml` and the `deals/`, `campaigns/`, `sprints/`, `objectives/` and
/// `templates/` folders.
public struct PastWorkspace: Sendable {
    /// The commit read: the last one on or before the day asked for (by its committer day).
    public var commit: CommitInfo
    /// The temporary folder holding the files; `remove()` deletes it.
    public var folder: URL

    static let parts = ["deals/", "campaigns/", "sprints/", "objectives/", "templates/"]

    /// The workspace at `root` as git had it at the end of `day`, or why it cannot be read
    /// (no git, not a repository, no commit up to that day).
    public static func read(workspace root: URL, endOf day: Day, git: GitCommand? = GitCommand.onPath()) -> Result<PastWorkspace, HistoryUnavailable> {
        guard let git else { return .failure(.gitMissing) }
        let repository: GitRepository
        switch GitRepository.locate(workspace: root, git: git) {
        case .success(let found): repository = found
        case .failure(let unavailable): return .failure(unavailable)
        }
        guard repository.hasCommits else { return .failure(.noHistory(upTo: day)) }
        do {
            guard let commit = try lastCommit(onOrBefore: day, in: repository, git: git) else { return .failure(.noHistory(upTo: day)) }
            let folder = try write(commit: commit.sha, of: repository, git: git)
            return .success(PastWorkspace(commit: commit, folder: folder))
        } catch {
            return .failure(error)
        }
    }

    /// Deletes the temporary folder.
    public func remove() { try? FileManager.default.removeItem(at: folder) }

    /// The newest commit whose committer day is `day` or earlier (git's `--before` works in
    /// instants, so a margin of two days is asked for and the committer day decides).
    static func lastCommit(onOrBefore day: Day, in repository: GitRepository, git: GitCommand) throws(HistoryUnavailable) -> CommitInfo? {
        let output = try git.runForHistory(["log", "-n", "200", "--no-color", "--format=%H%x00%cs%x00%an%x00%s",
                                   "--before=\(day.adding(days: 2))T00:00:00Z", "HEAD"], in: repository.top)
        for line in output.text.split(separator: "\n") {
            let fields = line.split(separator: "\0", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4, let date = Day(fields[1]), date <= day else { continue }
            return CommitInfo(sha: fields[0], date: date, author: fields[2], subject: fields[3])
        }
        return nil
    }

    /// Writes the workspace's files of `sha` into a new temporary folder.
    static func write(commit sha: String, of repository: GitRepository, git: GitCommand) throws(HistoryUnavailable) -> URL {
        var arguments = ["ls-tree", "-r", "-z", "--full-tree", sha]
        if !repository.prefix.isEmpty { arguments += ["--", repository.prefix] }
        let listing = try git.runForHistory(arguments, in: repository.top)
        // `<mode> blob <id>\t<path>`: regular files only (no links, no submodules).
        var files: [(path: String, blob: String)] = []
        for entry in listing.stdout.split(separator: 0) {
            guard let tab = entry.firstIndex(of: 0x09) else { continue }
            let header = entry[entry.startIndex..<tab].split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
            let full = String(decoding: entry[(tab + 1)...], as: UTF8.self)
            guard header.count == 3, header[1] == "blob", header[0] == "100644" || header[0] == "100755",
                  full.hasPrefix(repository.prefix) else { continue }
            let path = String(full.dropFirst(repository.prefix.count))
            let components = path.split(separator: "/")
            guard path == "scrumsell.yml" || parts.contains(where: path.hasPrefix),
                  !components.contains(where: { $0 == ".." || $0 == "." }) else { continue }
            files.append((path, header[2]))
        }
        let contents = try GitBlobReader.read(files.map(\.blob), in: repository.top, git: git, processes: GitBlobReader.processes(blobs: files.count))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-week-\(sha.prefix(12))-\(UUID().uuidString)")
        do {
            for file in files {
                let url = folder.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(contents[file.blob] ?? []).write(to: url)
            }
            if files.isEmpty { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw .gitFailed("could not write the past workspace to \(folder.path): \(error.localizedDescription)")
        }
        return folder
    }
}
