import Foundation

/// The git repository holding a workspace, and where the workspace sits in it.
public struct GitRepository: Sendable {
    /// The repository's top folder (its working tree).
    public var top: URL
    /// The workspace folder's path from the top, ending in `/`; empty when the workspace is the top.
    public var prefix: String
    /// True in a shallow clone, whose history stops at `shallowBoundaries`.
    public var isShallow: Bool
    /// The commits where a shallow clone's history is cut (their parents are missing).
    public var shallowBoundaries: Set<String>
    /// False in a repository with no commit yet.
    public var hasCommits: Bool

    /// Finds the repository holding the workspace folder `root`.
    static func locate(workspace root: URL, git: GitCommand) -> Result<GitRepository, HistoryUnavailable> {
        let output: GitCommand.Output
        do {
            output = try git.run(["rev-parse", "--show-toplevel", "--show-prefix", "--is-shallow-repository", "--git-path", "shallow"], in: root)
        } catch {
            return .failure(.gitMissing)
        }
        guard output.succeeded else {
            if output.stderr.contains("not a git repository") { return .failure(.notARepository) }
            return .failure(.gitFailed(output.reason))
        }
        let lines = output.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count >= 4, !lines[0].isEmpty else {
            // A bare repository or a .git folder: no working tree holds the workspace.
            return .failure(.notARepository)
        }
        let top = URL(fileURLWithPath: lines[0], isDirectory: true)
        let isShallow = lines[2] == "true"
        var boundaries = Set<String>()
        if isShallow {
            let shallowFile = lines[3].hasPrefix("/") ? URL(fileURLWithPath: lines[3]) : root.appendingPathComponent(lines[3])
            let text = (try? String(contentsOf: shallowFile, encoding: .utf8)) ?? ""
            boundaries = Set(text.split(separator: "\n").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty })
        }
        let head = try? git.run(["rev-parse", "-q", "--verify", "HEAD"], in: root)
        return .success(GitRepository(top: top, prefix: lines[1], isShallow: isShallow, shallowBoundaries: boundaries,
                                      hasCommits: head?.succeeded ?? false))
    }
}
