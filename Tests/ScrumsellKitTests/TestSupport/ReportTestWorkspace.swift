import Foundation
@testable import ScrumsellKit

/// A workspace written to a temporary folder for one test, with a two-person team and three stages.
struct ReportTestWorkspace {
    let root: URL

    static let config = """
        name: Test Sales
        currency: EUR
        stale_after_days: 14
        next_steps_required: 2
        pipeline_target: 1000
        teams:
          - id: north
            name: North team
            members:
              - {id: dana, name: Dana Kim, role: sales-executive}
              - {id: leo, name: Leo Marsh, role: lead-generator}
          - id: south
            name: South team
            members:
              - {id: sam, name: Sam Reyes, role: sales-executive}
        stages:
          - {id: prospect, name: Prospect, probability: 10, exit: [Pain confirmed]}
          - {id: qualify, name: Qualify, probability: 50, exit: [Process mapped]}
          - {id: propose, name: Propose, probability: 80, exit: []}

        """

    /// Writes `scrumsell.yml` (the default above unless given) and `files` (path → text).
    init(config: String = ReportTestWorkspace.config, _ files: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-reports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try write("scrumsell.yml", config)
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func load() -> Workspace { WorkspaceLoader.load(root: root) }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// A deal file from its front-matter lines and body.
    static func deal(_ frontMatter: String, body: String = "") -> String { "---\n\(frontMatter)\n---\n# Deal\n\n\(body)" }

    static func renderer(_ workspace: Workspace) -> ReportRenderer {
        ReportRenderer(library: TemplateLibrary(workspaceRoot: workspace.root), workspaceName: workspace.config.name)
    }
}

extension Day {
    /// A day from a literal the test knows is valid.
    static func of(_ text: String) -> Day { Day(text)! }
}
