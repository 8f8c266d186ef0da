import Foundation
@testable import ScrumsellKit

/// A workspace written into a fresh temporary folder for one test, removed afterwards.
final class TestWorkspace: Sendable {
    let root: URL

    /// Creates the folder with `scrumsell.yml` (the standard test configuration unless given) and `files`.
    init(config: String? = TestWorkspace.config, files: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if let config { try write("scrumsell.yml", config) }
        for (path, text) in files { try write(path, text) }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func write(_ path: String, _ text: String) throws {
        try write(path, bytes: Array(text.utf8))
    }

    func write(_ path: String, bytes: [UInt8]) throws {
        let url = url(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func load() -> Workspace { WorkspaceLoader.load(root: root) }

    /// `scrumsell check` as the CLI runs it: every rule, excerpts attached.
    func check(asOf: String = "2026-11-20") -> CheckReport {
        var report = Checker.check(load(), asOf: Day(asOf)!)
        report.diagnostics = ExcerptReader.attach(to: report.diagnostics, root: root)
        return report
    }

    /// The standard configuration: team `north` (dana, leo, kim), stages prospect → qualify → evaluate.
    static let config = """
        name: Test Sales
        currency: EUR
        sprint_days: 14
        stale_after_days: 14
        next_steps_required: 2
        pipeline_target: 500000
        teams:
          - id: north
            name: North team
            members:
              - {id: dana, name: Dana Kim, role: sales-executive}
              - {id: leo, name: Leo Marsh, role: lead-generator}
              - {id: kim, name: Kim Berg, role: contact-collector}
        stages:
          - id: prospect
            name: Prospect
            probability: 10
            exit: [Pain confirmed]
          - id: qualify
            name: Qualify
            probability: 25
            exit: [Buying process mapped, Decision date agreed]
          - id: evaluate
            name: Evaluate
            probability: 50

        """

    /// A qualified deal that breaks no rule as of 2026-11-20 (line numbers are relied on by tests).
    static let healthyDeal = """
        ---
        account: Acme Corp
        title: Payments hub
        owner: dana
        stage: qualify
        value: 100000
        decision_date: 2026-12-15
        consequence: Legacy contract renews for 3 years
        outcome: open
        last_contact: 2026-11-18
        stakeholders: [{id: tom, name: Tom Ray, title: CTO, influence: technical},
          {id: maria, name: Maria Lopez, title: CFO, influence: economic}]
        ---
        # Acme Corp

        ## Buying process
        1. [x] CFO agrees the problem is worth solving done:2026-10-02
        2. [ ] Technical evaluation @maria due:2026-11-30

        ## Next steps
        1. [ ] Maria confirms the criteria @maria due:2026-11-24
        2. [ ] Book the security review @dana due:2026-11-26

        ## Exit tasks
        - [x] Pain confirmed stage:prospect done:2026-10-01

        ## Log
        - 2026-11-18 Call with Maria

        """

    /// A sprint of team north that breaks no rule.
    static let healthySprint = """
        ---
        team: north
        start: 2026-11-16
        end: 2026-11-29
        goal: Book ten meetings
        ---
        # Sprint

        ## Sprint backlog
        - [ ] Call 40 carriers @leo due:2026-11-20 pts:2

        """
}

/// Reads one document from text, the way the workspace reader does.
func readDocument(_ text: String, kind: DocumentKind = .deal, id: String = "acme", path: String? = nil) -> SourceDocument {
    DocumentReader.read(kind: kind, id: id, path: path ?? "\(kind.folder)/\(id).md", bytes: Array(text.utf8))
}

/// The outline of a Markdown body read from text.
func outline(_ markdown: String) -> MarkdownOutline {
    OutlineReader.read(SourceText(path: "test.md", text: markdown)).outline
}

extension Array where Element == Diagnostic {
    /// The diagnostics with this code.
    func coded(_ code: String) -> [Diagnostic] { filter { $0.code == code } }
    var codes: [String] { map(\.code) }
}
