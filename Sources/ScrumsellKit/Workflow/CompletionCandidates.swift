import Foundation

/// What the shell completes an argument with: the ids of the workspace the command line
/// names (`-w DIR` / `--workspace DIR`, or the nearest one upwards from the current folder).
/// The shells ask while a user types, so a workspace that cannot be found or read gives no
/// candidates rather than an error.
public enum CompletionCandidates {
    public enum Kind: Sendable {
        case deals, sprints, campaigns, objectives, members, teams, stages
        /// What `item` edits: deals, campaigns and sprints.
        case documents
    }

    /// The ids of `kind` that start with `prefix`, sorted.
    public static func ids(_ kind: Kind, words: [String], prefix: String,
                           currentFolder: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) -> [String] {
        guard let root = try? WorkspaceLocator.locate(explicit: workspaceArgument(words), from: currentFolder) else { return [] }
        let workspace = WorkspaceLoader.load(root: root, scope: .frontMatterOnly)
        let config = workspace.config
        let ids: [String]
        switch kind {
        case .deals: ids = workspace.deals.map(\.id)
        case .sprints: ids = workspace.sprints.map(\.id)
        case .campaigns: ids = workspace.campaigns.map(\.id)
        case .objectives: ids = workspace.objectives.map(\.id)
        case .members: ids = config.members.map(\.id)
        case .teams: ids = config.teams.map(\.id)
        case .stages: ids = config.stages.map(\.id)
        case .documents: ids = workspace.deals.map(\.id) + workspace.campaigns.map(\.id) + workspace.sprints.map(\.id)
        }
        return Set(ids).filter { $0.hasPrefix(prefix) }.sorted()
    }

    /// The value of `-w`/`--workspace` among the shell's words (quotes a shell leaves on them removed).
    static func workspaceArgument(_ words: [String]) -> String? {
        var value: String?
        for (index, word) in words.enumerated() {
            if word == "-w" || word == "--workspace", index + 1 < words.count {
                value = words[index + 1]
            } else if word.hasPrefix("--workspace=") {
                value = String(word.dropFirst("--workspace=".count))
            }
        }
        return value.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) }
    }
}
