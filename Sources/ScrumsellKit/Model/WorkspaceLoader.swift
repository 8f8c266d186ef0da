import Foundation

/// Reads and models a workspace in one call: the entry point of every command.
public enum WorkspaceLoader {
    /// Loads the workspace at `root`. Never throws for bad content: problems are diagnostics.
    public static func load(root: URL) -> Workspace {
        model(WorkspaceReader.read(root: root))
    }

    /// Loads the workspace and measures each phase of reading and modelling it.
    public static func loadMeasured(root: URL) -> (workspace: Workspace, statistics: ReadStatistics) {
        var (sources, statistics) = WorkspaceReader.readMeasured(root: root)
        let start = PhaseTimes.now()
        let workspace = model(sources)
        statistics.wall[.model] += PhaseTimes.now() - start
        return (workspace, statistics)
    }

    /// Models what was read.
    public static func model(_ sources: WorkspaceSources) -> Workspace {
        var diagnostics = sources.diagnostics
        let (config, configDiagnostics) = WorkspaceConfig.decode(sources.configFields, defaultName: sources.root.lastPathComponent)
        diagnostics += configDiagnostics
        var workspace = Workspace(root: sources.root, config: config, fileCount: sources.documents.count + 1)
        var seen: [String: [DocumentKind: String]] = [:]
        let modelled = sources.documents.parallelMap { document -> (ModelledDocument, [Diagnostic]) in
            var found = document.diagnostics
            let model: ModelledDocument
            switch document.kind {
            case .deal: model = Deal.decode(document, diagnostics: &found).map(ModelledDocument.deal) ?? .none
            case .campaign: model = Campaign.decode(document, diagnostics: &found).map(ModelledDocument.campaign) ?? .none
            case .sprint: model = Sprint.decode(document, diagnostics: &found).map(ModelledDocument.sprint) ?? .none
            case .objective: model = Objective.decode(document, diagnostics: &found).map(ModelledDocument.objective) ?? .none
            }
            return (model, found)
        }
        for (index, (model, found)) in modelled.enumerated() {
            let document = sources.documents[index]
            diagnostics += found
            if let earlier = seen[document.id]?[document.kind] {
                diagnostics.append(.error("duplicate-id", "another \(document.kind) has the id '\(document.id)' (\(earlier))",
                                          at: SourceLocation(path: document.path, line: 1, column: 1),
                                          hint: "ids are file names: rename one of the files"))
                continue
            }
            seen[document.id, default: [:]][document.kind] = document.path
            switch model {
            case .deal(let deal): workspace.deals.append(deal)
            case .campaign(let campaign): workspace.campaigns.append(campaign)
            case .sprint(let sprint): workspace.sprints.append(sprint)
            case .objective(let objective): workspace.objectives.append(objective)
            case .none: break
            }
        }
        workspace.deals.sort { $0.id < $1.id }
        workspace.campaigns.sort { $0.id < $1.id }
        workspace.sprints.sort { $0.id < $1.id }
        workspace.objectives.sort { $0.id < $1.id }
        workspace.diagnostics = diagnostics.sorted()
        return workspace
    }

    private enum ModelledDocument: Sendable {
        case deal(Deal), campaign(Campaign), sprint(Sprint), objective(Objective), none
    }
}
