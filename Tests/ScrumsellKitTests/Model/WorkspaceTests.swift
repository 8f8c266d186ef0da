import Foundation
import Testing
@testable import ScrumsellKit

@Suite("Workspace model")
struct WorkspaceTests {
    @Test func loadsEveryKindSortedById() throws {
        let workspace = try TestWorkspace(files: [
            "deals/zeta.md": TestWorkspace.healthyDeal,
            "deals/alpha.md": TestWorkspace.healthyDeal,
            "campaigns/c.md": "---\ntitle: C\n---\n",
            "sprints/2026-s47.md": TestWorkspace.healthySprint,
            "objectives/o.md": "---\ntitle: O\n---\n",
        ]).load()
        #expect(workspace.deals.map(\.id) == ["alpha", "zeta"])
        #expect(workspace.campaigns.map(\.id) == ["c"])
        #expect(workspace.sprints.map(\.id) == ["2026-s47"])
        #expect(workspace.objectives.map(\.id) == ["o"])
        #expect(workspace.fileCount == 6)
        #expect(workspace.diagnostics.isEmpty)
        #expect(workspace.config.name == "Test Sales")
        #expect(workspace.deal("alpha")?.account == "Acme Corp")
        #expect(workspace.campaign("c")?.title == "C")
        #expect(workspace.objective("o")?.title == "O")
        #expect(workspace.sprint("nope") == nil)
    }

    @Test func duplicateIdsInSubfolders() throws {
        let workspace = try TestWorkspace(files: [
            "deals/acme.md": TestWorkspace.healthyDeal,
            "deals/2025/acme.md": TestWorkspace.healthyDeal,
            "campaigns/acme.md": "---\ntitle: Same id, other kind\n---\n",
        ]).load()
        #expect(workspace.diagnostics.map { "\($0.code) \($0.location)" } == ["duplicate-id deals/acme.md:1:1"])
        #expect(workspace.diagnostics[0].message == "another deal has the id 'acme' (deals/2025/acme.md)")
        // Both are modelled, so both are checked (issue 19, item 10); a look-up finds the first.
        #expect(workspace.deals.map(\.path) == ["deals/2025/acme.md", "deals/acme.md"])
        #expect(workspace.deal("acme")?.path == "deals/2025/acme.md")
        #expect(workspace.campaigns.count == 1)
    }

    @Test func itemsOfASprintComeFromItsBacklogAndFromSprintTokens() throws {
        let workspace = try TestWorkspace(files: [
            "sprints/2026-s47.md": TestWorkspace.healthySprint + "- [ ] Carried over sprint:2026-s45\n",
            "sprints/2026-s45.md": """
                ---
                team: north
                start: 2026-11-02
                end: 2026-11-15
                ---
                ## Sprint backlog
                - [x] Earlier work @leo
                - [ ] Moved on sprint:2026-s47 @kim
                """,
            "deals/acme.md": TestWorkspace.healthyDeal + "\n## Backlog\n- [ ] Demo @leo sprint:2026-s47\n  - [ ] Nested sprint:2026-s47\n- [ ] Later sprint:2026-s49\n",
            "campaigns/c.md": "---\ntitle: C\n---\n## Backlog\n- [/] List CFOs @kim sprint:2026-s47\n",
        ]).load()
        let current = try #require(workspace.sprint("2026-s47"))
        let items = workspace.items(in: current)
        #expect(items.map { "\($0.location.path):\($0.location.line) \($0.title)" } == [
            "campaigns/c.md:5 List CFOs",
            "deals/acme.md:31 Demo",
            "deals/acme.md:32 Nested",
            "sprints/2026-s45.md:8 Moved on",
            "sprints/2026-s47.md:10 Call 40 carriers",
            "sprints/2026-s47.md:11 Carried over",
        ])
        let earlier = try #require(workspace.sprint("2026-s45"))
        #expect(workspace.items(in: earlier).map(\.title) == ["Earlier work", "Moved on", "Carried over"])
        #expect(workspace.allItems.count == 13)
    }

    @Test func currentAndLastFinishedSprint() throws {
        let workspace = try TestWorkspace(files: [
            "sprints/a.md": "---\nteam: north\nstart: 2026-11-02\nend: 2026-11-15\n---\n",
            "sprints/b.md": "---\nteam: north\nstart: 2026-11-16\nend: 2026-11-29\n---\n",
            "sprints/c.md": "---\nteam: south\nstart: 2026-11-10\nend: 2026-11-23\n---\n",
            "sprints/d.md": "---\nteam: north\nstart: 2026-10-19\nend: 2026-11-01\n---\n",
        ]).load()
        let day = Day("2026-11-20")!
        #expect(workspace.currentSprint(asOf: day)?.id == "b")
        #expect(workspace.currentSprint(asOf: day, team: "south")?.id == "c")
        #expect(workspace.currentSprint(asOf: Day("2027-01-01")!) == nil)
        #expect(workspace.lastFinishedSprint(asOf: day)?.id == "a")
        #expect(workspace.lastFinishedSprint(asOf: day, team: "south") == nil)
        #expect(workspace.lastFinishedSprint(asOf: Day("2026-11-24")!, team: "south")?.id == "c")
    }

    @Test func unreadableDocumentsAreLeftOutButReported() throws {
        let workspace = try TestWorkspace(files: [
            "deals/good.md": TestWorkspace.healthyDeal,
            "deals/bad.md": "no front-matter\n",
        ]).load()
        #expect(workspace.deals.map(\.id) == ["good"])
        #expect(workspace.diagnostics.codes == ["front-matter-missing"])
        #expect(workspace.fileCount == 3)
    }
}
