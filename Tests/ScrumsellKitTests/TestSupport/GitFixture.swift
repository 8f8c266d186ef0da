import Foundation
@testable import ScrumsellKit

/// A real git repository in a temporary folder holding a workspace, with commits made at
/// fixed dates (`GIT_AUTHOR_DATE`, `GIT_COMMITTER_DATE`) by a fixed author.
final class GitFixture {
    /// The repository's top folder.
    let top: URL
    /// The workspace folder: the top, or a folder inside it.
    let workspace: URL
    let git: GitCommand

    /// A repository (on branch `main`) whose workspace is `folder` inside it, or its top.
    init(workspaceFolder folder: String? = nil, makeRepository: Bool = true) throws {
        git = try GitFixture.requireGit()
        top = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-history-\(UUID().uuidString)")
        let top = self.top
        workspace = folder.map { top.appendingPathComponent($0) } ?? top
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        if makeRepository {
            try run("init", "-q", "-b", "main", ".", in: top)
            try run("config", "user.name", "Dana Kim")
            try run("config", "user.email", "dana@example.com")
            try run("config", "commit.gpgsign", "false")
        }
        write("scrumsell.yml", GitFixture.config)
    }

    deinit {
        try? FileManager.default.removeItem(at: top)
    }

    static func requireGit() throws -> GitCommand {
        guard let git = GitCommand.onPath() else { throw FixtureFailure(description: "git is not installed") }
        return git
    }

    struct FixtureFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// Writes a file of the workspace (creating its folder).
    func write(_ path: String, _ text: String) {
        let url = workspace.appendingPathComponent(path)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: url.path, contents: Data(text.utf8))
    }

    /// Deletes a file of the workspace.
    func remove(_ path: String) {
        try? FileManager.default.removeItem(at: workspace.appendingPathComponent(path))
    }

    /// Moves a file of the workspace without telling git.
    func move(_ path: String, to newPath: String) {
        try? FileManager.default.moveItem(at: workspace.appendingPathComponent(path), to: workspace.appendingPathComponent(newPath))
    }

    /// Runs git in the workspace folder; `day` (YYYY-MM-DD) dates a commit at noon UTC.
    @discardableResult
    func run(_ arguments: String..., day: String? = nil, in folder: URL? = nil) throws -> String {
        var environment = ["GIT_CONFIG_NOSYSTEM": "1", "HOME": top.path]
        if let day {
            environment["GIT_AUTHOR_DATE"] = "\(day)T12:00:00+00:00"
            environment["GIT_COMMITTER_DATE"] = "\(day)T12:00:00+00:00"
        }
        let output = try git.run(arguments, in: folder ?? workspace, environment: environment)
        guard output.succeeded else { throw FixtureFailure(description: "git \(arguments.joined(separator: " ")): \(output.stderr)") }
        return output.text
    }

    /// Stages everything and commits it on `day`.
    func commit(_ message: String, on day: String) throws {
        try run("add", "-A", ".", in: top)
        try run("commit", "-q", "-m", message, day: day)
    }

    /// The full id of HEAD.
    func head() throws -> String {
        try run("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The workspace, modelled.
    func load() -> Workspace { WorkspaceLoader.load(root: workspace) }

    /// The history as of `day`.
    func history(asOf day: String) -> Result<WorkspaceHistory, HistoryUnavailable> {
        HistoryReader.read(workspace: workspace, asOf: Day(day)!, git: git)
    }

    /// The timeline of deal `id` as of `day`.
    func timeline(_ id: String, asOf day: String) throws -> DealTimeline {
        let workspace = load()
        let history = try self.history(asOf: day).get()
        guard let deal = workspace.deal(id) else { throw FixtureFailure(description: "no deal \(id)") }
        return DealTimeline(deal: deal, history: history.history(of: deal), config: workspace.config, asOf: Day(day)!)
    }

    static let config = """
        name: History test
        currency: EUR
        teams:
          - id: north
            members:
              - {id: dana, name: Dana Kim, role: sales-executive}
        stages:
          - {id: prospect, probability: 10}
          - {id: qualify, probability: 25}
          - {id: evaluate, probability: 50}
          - {id: propose, probability: 70}
          - {id: negotiate, probability: 85}

        """

    /// A deal file with the fields history reads.
    static func deal(account: String = "Acme Corp", stage: String, decision: String? = "2026-12-15", value: Int? = 100_000,
                     outcome: String = "open", log: [String] = []) -> String {
        var text = "---\naccount: \(account)\nowner: dana\nstage: \(stage)\n"
        if let value { text += "value: \(value)\n" }
        if let decision { text += "decision_date: \(decision)\nconsequence: The old contract renews\n" }
        text += "outcome: \(outcome)\n"
        if outcome == "lost" { text += "lost_to: Rival\nfollow_up: 2027-03-01\n" }
        text += "stakeholders:\n  - {id: maria, name: Maria Lopez, title: CFO, influence: economic}\n---\n# \(account)\n\n## Log\n"
        for line in log { text += "- \(line)\n" }
        return text
    }

    /// A campaign file with its two pitches.
    static func campaign(email: String, voicemail: String = "Hi, this is Dana.") -> String {
        "---\ntitle: Fleet uptime\nstatus: active\npriority: 1\nowner: dana\n---\n# Fleet uptime\n\n## Email pitch\n\n\(email)\n\n## Voicemail pitch\n\n\(voicemail)\n\n## Learnings\n- none yet\n"
    }

    /// A sprint file.
    static func sprint(start: String, end: String) -> String {
        "---\nteam: north\nstart: \(start)\nend: \(end)\ngoal: Book meetings\n---\n# Sprint\n"
    }
}
