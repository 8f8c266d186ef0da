import Foundation
import ScrumsellBase
import ScrumsellRead

/// Reads and models a workspace in one call: the entry point of every command.
public enum WorkspaceLoader {
    /// Loads the workspace at `root`. Never throws for bad content: problems are diagnostics.
    ///
    /// Each document is read and modelled in one step on a worker thread, and only its model
    /// is kept: the file's bytes, front-matter tree and outline are freed as soon as the model
    /// is built, so memory holds the models, not the sources.
    ///
    /// With a `scope` other than `.everything`, only what it names is read and modelled (see
    /// `ReadScope`): the rest of each model is left empty, and problems there go unreported.
    public static func load(root: URL, scope: ReadScope = .everything) -> Workspace {
        load(root: root, context: ReadContext(scope: scope))
    }

    /// `load(root:scope:)` in `context.scope`, telling `context.probe` where each phase ends.
    public static func load<Probe: ReadProbe>(root: URL, context: ReadContext<Probe>) -> Workspace {
        let probe = context.probe
        let listing = WorkspaceReader.list(root: root, probe: probe)
        let rootFolder = WorkspaceReader.RootFolder(root)
        let modelled = listing.entries.parallelMap { entry -> Modelled in
            let documentProbe = probe.documentProbe()
            let document = WorkspaceReader.read(entry, from: rootFolder, context: ReadContext(scope: context.scope, probe: documentProbe))
            let result = model(document)
            documentProbe.lap(.model)
            probe.documentFinished(documentProbe)
            return result
        }
        probe.skip()
        let workspace = merge(root: root, configFields: listing.configFields, diagnostics: listing.diagnostics, names: listing.entries,
                              documents: modelled)
        probe.lap(.model)
        return workspace
    }

    /// Models what was read.
    public static func model(_ sources: WorkspaceSources) -> Workspace {
        merge(root: sources.root, configFields: sources.configFields, diagnostics: sources.diagnostics,
              names: sources.documents.map { WorkspaceReader.Entry(kind: $0.kind, id: $0.id, path: $0.path) },
              documents: sources.documents.parallelMap(model))
    }

    /// One document's model and every diagnostic of reading and modelling it.
    package struct Modelled: Sendable {
        package var model: ModelledDocument
        package var diagnostics: [Diagnostic]
    }

    /// Models one document by its kind: the one place a document kind picks its decoder.
    package static func model(_ document: SourceDocument) -> Modelled {
        var found = document.diagnostics
        let model: ModelledDocument
        switch document.kind {
        case .deal: model = Deal.decode(document, diagnostics: &found).map(ModelledDocument.deal) ?? .none
        case .campaign: model = Campaign.decode(document, diagnostics: &found).map(ModelledDocument.campaign) ?? .none
        case .sprint: model = Sprint.decode(document, diagnostics: &found).map(ModelledDocument.sprint) ?? .none
        case .objective: model = Objective.decode(document, diagnostics: &found).map(ModelledDocument.objective) ?? .none
        }
        return Modelled(model: model, diagnostics: found)
    }

    /// Puts the modelled documents (named by `names`, in listing order) into a workspace with the configuration.
    static func merge(root: URL, configFields: YAMLNode?, diagnostics readDiagnostics: [Diagnostic], names: [WorkspaceReader.Entry],
                      documents: consuming [Modelled]) -> Workspace {
        var diagnostics = readDiagnostics
        let (config, configDiagnostics) = WorkspaceConfig.decode(configFields, defaultName: root.lastPathComponent)
        diagnostics += configDiagnostics
        // Gathered in local arrays and set once: each change of a workspace's array resets its look-up tables.
        var deals: [Deal] = [], campaigns: [Campaign] = [], sprints: [Sprint] = [], objectives: [Objective] = []
        let fileCount = documents.count
        deals.reserveCapacity(fileCount)  // nearly every document is a deal
        let earlier = earlierPaths(of: names)
        for index in documents.indices {
            diagnostics += documents[index].diagnostics
            if let earlier = earlier[index] {
                let name = names[index]
                diagnostics.append(.error("duplicate-id", "another \(name.kind) has the id '\(name.id)' (\(earlier))",
                                          at: SourceLocation(path: name.path, line: 1, column: 1),
                                          hint: "ids are file names: rename one of the files"))
                // Still modelled, so that the rules check this file as well; a look-up by id
                // finds the earlier one.
            }
            // Moved out of the array, `.none` left in its place, rather than copied out and
            // released with the array: a retain and a release fewer per document.
            var model = ModelledDocument.none
            swap(&model, &documents[index].model)
            switch consume model {
            case .deal(let deal): deals.append(deal)
            case .campaign(let campaign): campaigns.append(campaign)
            case .sprint(let sprint): sprints.append(sprint)
            case .objective(let objective): objectives.append(objective)
            case .none: break
            }
        }
        var workspace = Workspace(root: root, config: config, fileCount: fileCount + 1)
        workspace.deals = sortedByID(deals, \.id)
        workspace.campaigns = sortedByID(campaigns, \.id)
        workspace.sprints = sortedByID(sprints, \.id)
        workspace.objectives = sortedByID(objectives, \.id)
        workspace.diagnostics = diagnostics.sorted()
        return workspace
    }

    /// For each document whose kind and id an earlier one already has, the earlier one's path.
    ///
    /// Ids are file names, so only documents in different subfolders can share one. Listed in
    /// order of kind, then of id, as nearly always, none can: one pass over the names checks that
    /// before any of them is hashed.
    static func earlierPaths(of names: [WorkspaceReader.Entry]) -> [Int: String] {
        var index = names.startIndex + 1
        while index < names.endIndex, names[index - 1].kind == names[index].kind ? names[index - 1].id < names[index].id : names[index - 1].kind < names[index].kind {
            index += 1
        }
        guard index < names.endIndex else { return [:] }
        struct Key: Hashable {
            var kind: DocumentKind
            var id: String
        }
        var seen: [Key: String] = [:], earlier: [Int: String] = [:]
        for (index, name) in names.enumerated() {
            let key = Key(kind: name.kind, id: name.id)
            if let path = seen[key] { earlier[index] = path } else { seen[key] = name.path }
        }
        return earlier
    }

    /// `models` sorted by id. The listing's path order is nearly always id order already (it
    /// differs only where an id is another's start followed by a character before `.`): then
    /// one pass checks it, instead of sorting.
    private static func sortedByID<Model>(_ models: [Model], _ id: (Model) -> String) -> [Model] {
        var index = models.startIndex + 1
        while index < models.endIndex, id(models[index - 1]) < id(models[index]) { index += 1 }
        return index >= models.endIndex ? models : models.sorted { id($0) < id($1) }
    }

    package enum ModelledDocument: Sendable {
        case deal(Deal), campaign(Campaign), sprint(Sprint), objective(Objective), none
    }
}
