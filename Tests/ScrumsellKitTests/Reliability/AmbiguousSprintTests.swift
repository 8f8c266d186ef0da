import Foundation
import Testing
@testable import ScrumsellKit

/// Issue 19, item 9: two sprints with the same dates. Without a SPRINT argument the current
/// sprint is a guess, so `board` and `log` refuse (exit 2) and name both.
@Suite struct AmbiguousSprintTests {
    static func twinSprints() throws -> TempWorkspace {
        let workspace = try TempWorkspace.sample()
        let sprints = workspace.root.appendingPathComponent("sprints")
        try FileManager.default.copyItem(at: sprints.appendingPathComponent("2026-s47.md"), to: sprints.appendingPathComponent("2026-s47b.md"))
        return workspace
    }

    @Test func theCandidatesAreBothSprints() throws {
        let workspace = WorkspaceLoader.load(root: try Self.twinSprints().root)
        let day = try #require(Day("2026-11-20"))
        #expect(workspace.currentSprintCandidates(asOf: day).map(\.id) == ["2026-s47", "2026-s47b"])
    }

    @Test func boardWithoutASprintIsRefusedNamingBoth() throws {
        let workspace = try Self.twinSprints()
        let run = try EditCommandLineTests().run(["board", "--as-of", "2026-11-20"], in: workspace.root)
        #expect(run.status == 2)
        #expect(run.errors.contains("2026-s47 (sprints/2026-s47.md), 2026-s47b (sprints/2026-s47b.md)"))
        #expect(run.output.isEmpty)
        let named = try EditCommandLineTests().run(["board", "2026-s47", "--as-of", "2026-11-20"], in: workspace.root)
        #expect(named.status == 0)
    }

    @Test func logWithoutASprintIsRefusedNamingBoth() throws {
        let workspace = try Self.twinSprints()
        let run = try EditCommandLineTests().run(["log", "Called Kade", "--as-of", "2026-11-20"], in: workspace.root)
        #expect(run.status == 2)
        #expect(run.errors.contains("2026-s47b (sprints/2026-s47b.md)"))
    }

    @Test func oneCurrentSprintIsNoAmbiguity() throws {
        let workspace = WorkspaceLoader.load(root: try TempWorkspace.sample().root)
        let day = try #require(Day("2026-11-20"))
        #expect(workspace.currentSprintCandidates(asOf: day).map(\.id) == ["2026-s47"])
    }
}
