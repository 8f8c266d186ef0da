import Foundation
import Testing
@testable import ScrumsellKit

/// Files written in less common ways: each edit still changes only what it must.
@Suite struct EdgeCaseEditTests {
    let head = "---\naccount: A\nowner: dana\nstage: prospect\n---\n# A\n"

    func edited(_ text: String, _ body: (WorkspaceEditor) throws -> EditResult) throws -> String {
        let workspace = try TempWorkspace(["deals/a.md": text])
        let change = try body(workspace.editor()).only
        expectOnlyEditedLinesChanged(Array(text.utf8), change.updated, edits: change.edits)
        return String(decoding: change.updated, as: UTF8.self)
    }

    @Test func aFileWithoutAFinalLineBreak() throws {
        let text = head + "\n## Backlog\n- [ ] One"
        #expect(try edited(text) { try $0.addItem("Two", to: "a") } == text + "\n- [ ] Two")
        #expect(try edited(text) { try $0.changeItem(.done, query: "one", in: "a") } == head + "\n## Backlog\n- [x] One done:2026-11-20")
        #expect(try edited(text) { try $0.touch("a", note: "Hi") } == head.replacingOccurrences(of: "stage: prospect\n", with: "stage: prospect\nlast_contact: 2026-11-20\n")
                + "\n## Backlog\n- [ ] One\n\n## Log\n- 2026-11-20 Hi")
    }

    @Test func unusualListMarkers() throws {
        let tabbed = head + "\n## Backlog\n-\t[ ] Tabbed\n"
        #expect(try edited(tabbed) { try $0.addItem("Next", to: "a") } == tabbed + "- [ ] Next\n")
        #expect(try edited(tabbed) { try $0.changeItem(.start, query: "tabbed", in: "a") } == head + "\n## Backlog\n-\t[/] Tabbed\n")
        let indented = head + "\n## Backlog\n   * [ ] Indented\n"
        #expect(try edited(indented) { try $0.addItem("Next", to: "a") } == indented + "   * [ ] Next\n")
        let repeated = head + "\n## Next steps\n1. [ ] A\n1. [ ] B\n"
        #expect(try edited(repeated) { try $0.addItem("C", to: "a", section: "Next steps") } == repeated + "1. [ ] C\n")
        let paren = head + "\n## Next steps\n9) [ ] A\n"
        #expect(try edited(paren) { try $0.addItem("B", to: "a", section: "Next steps") } == paren + "10) [ ] B\n")
    }

    @Test func aDoneDateAloneOnAContinuationLine() throws {
        let text = head + "\n## Backlog\n- [x] Long item\n  done:2026-11-01\n- [ ] Other\n"
        #expect(try edited(text) { try $0.changeItem(.reopen, query: "long", in: "a") } == head + "\n## Backlog\n- [ ] Long item\n- [ ] Other\n")
        let first = head + "\n## Backlog\n- [x] done:2026-11-01 Finished early\n"
        #expect(try edited(first) { try $0.changeItem(.reopen, query: "early", in: "a") } == head + "\n## Backlog\n- [ ] Finished early\n")
    }

    @Test func frontMatterWrittenDifferently() throws {
        let dots = "---\n\"account\": A\nowner: dana\nstage: prospect   \n...\n# A\n"
        #expect(try edited(dots) { try $0.moveStage("a", to: "qualify", force: true) }
                == "---\n\"account\": A\nowner: dana\nstage: qualify   \n...\n# A\n\n## Exit tasks\n- [ ] Buying process mapped stage:qualify\n")
        let indented = "---\n  account: A\n  owner: dana\n  stage: prospect\n---\n# A\n"
        let workspace = try TempWorkspace(["deals/a.md": indented])
        #expect(try workspace.editor().moveStage("a", to: "qualify", force: true).only.updated == Array(indented.replacingOccurrences(of: "  stage: prospect", with: "  stage: qualify").utf8) + Array("\n## Exit tasks\n- [ ] Buying process mapped stage:qualify\n".utf8))
        #expect(refusal { try workspace.editor().touch("a") }?.reason == "deals/a.md: the front-matter is not written as one 'key: value' per line, so 'last_contact' cannot be added; add it by hand")
    }

    @Test func anInsertionThatWouldNotReadBackIsRefused() throws {
        // Anything after an open HTML block joins it, so the new item would not be an item.
        let html = head + "\n## Backlog\n<div>\nnotes\n</div>\n"
        #expect(try edited(html) { try $0.addItem("New", to: "a") } == html + "\n- [ ] New\n")
        let unclosedFence = head + "\n## Log\n```\n- 2026-11-01 inside code\n"
        let refused = refusal { try TempWorkspace(["deals/a.md": unclosedFence]).editor().touch("a", note: "x") }
        #expect(refused?.reason == "deals/a.md: cannot record the contact safely: the file would not read back as intended; edit it by hand")
    }
}
