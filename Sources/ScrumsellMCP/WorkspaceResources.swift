import Foundation
import MCP
import ScrumsellKit

/// The workspace's plan files as MCP resources: every deal, campaign, sprint and objective,
/// at `scrumsell://PATH` (`scrumsell://deals/acme.md`), read as Markdown.
enum WorkspaceResources {
    static let scheme = "scrumsell://"

    /// Every document the workspace holds, in path order.
    static func list(root: URL) -> [Resource] {
        let workspace = WorkspaceLoader.load(root: root)
        var resources: [Resource] = []
        for deal in workspace.deals {
            resources.append(resource(deal.path, name: deal.id, title: deal.account, description: "Deal \(deal.account), stage \(deal.stage)"))
        }
        for campaign in workspace.campaigns {
            resources.append(resource(campaign.path, name: campaign.id, title: campaign.title, description: "Campaign \(campaign.title)"))
        }
        for sprint in workspace.sprints {
            resources.append(resource(sprint.path, name: sprint.id, title: sprint.id, description: "Sprint \(sprint.id)"))
        }
        for objective in workspace.objectives {
            resources.append(resource(objective.path, name: objective.id, title: objective.title, description: "Objective \(objective.title)"))
        }
        return resources.sorted { $0.uri < $1.uri }
    }

    private static func resource(_ path: String, name: String, title: String, description: String) -> Resource {
        Resource(name: name, uri: scheme + path, title: title, description: description, mimeType: "text/markdown")
    }

    /// The text of one document; only the files `list` names are read.
    static func read(_ uri: String, root: URL) throws -> ReadResource.Result {
        guard uri.hasPrefix(scheme) else { throw MCPError.invalidParams("'\(uri)' is not a scrumsell:// resource") }
        let path = String(uri.dropFirst(scheme.count))
        let workspace = WorkspaceLoader.load(root: root)
        let paths = Set(workspace.deals.map(\.path) + workspace.campaigns.map(\.path) + workspace.sprints.map(\.path) + workspace.objectives.map(\.path))
        guard paths.contains(path) else {
            throw MCPError.invalidParams("no document '\(path)' in the workspace" + Suggestion.didYouMean(path, in: paths.sorted()))
        }
        let url = root.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else { throw MCPError.internalError("cannot read \(path)") }
        return ReadResource.Result(contents: [.text(String(decoding: data, as: UTF8.self), uri: uri, mimeType: "text/markdown")])
    }
}
