import Foundation
@testable import ScrumsellKit

/// The sample workspace's reports as of 2026-11-20, the day its story is set on.
enum SampleReports {
    static let repository = RepositoryPaths.root
    static let root = repository.appendingPathComponent("sample-workspace")
    static let goldenFolder = repository.appendingPathComponent("Tests/ScrumsellKitTests/Fixtures/golden")
    static let asOf = Day.of("2026-11-20")

    static func workspace() -> Workspace { WorkspaceLoader.load(root: root) }

    /// File name → text of every output the golden files hold.
    static func outputs() throws -> [(name: String, text: String)] {
        let workspace = workspace()
        let renderer = ReportTestWorkspace.renderer(workspace)
        let board = Report.board(SprintBoard.build(workspace, sprint: workspace.sprint("2026-s47")!, asOf: asOf))
        var outputs: [(String, String)] = [
            ("board-2026-s47.md", try renderer.render(board)),
            ("board-2026-s47.json", try renderer.render(board, as: .json)),
            ("board-2026-s47.obsidian.md", try renderer.render(board, as: .obsidian)),
        ]
        for id in ["2026-s43", "2026-s45"] {
            let retro = Report.retrospective(RetrospectiveSummary.build(workspace, sprint: workspace.sprint(id)!, asOf: asOf))
            outputs += [("retro-\(id).md", try renderer.render(retro)), ("retro-\(id).json", try renderer.render(retro, as: .json))]
        }
        let weekly = Report.weekly(WeeklyReport.build(workspace, asOf: asOf))
        outputs += [("report-2026-W47.md", try renderer.render(weekly)), ("report-2026-W47.json", try renderer.render(weekly, as: .json))]
        let standup = Report.standup(StandupAgenda.build(workspace, asOf: asOf))
        outputs += [("standup-2026-11-20.md", try renderer.render(standup)), ("standup-2026-11-20.json", try renderer.render(standup, as: .json))]
        let book = try ReportBook.build(workspace, asOf: asOf, renderer: renderer)
        outputs.append(("index.md", book.pages.first { $0.fileName == "index.md" }!.text))
        return outputs
    }

    static func output(_ name: String) throws -> String {
        try outputs().first { $0.name == name }!.text
    }
}
