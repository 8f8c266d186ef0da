import Foundation
import Testing
@testable import ScrumsellKit

/// `close DEAL won` passes the gate of `stage`: the exit tasks of the current stage and of the
/// stages the win skips must be done (or dropped), or `--force` is given.
@Suite struct CloseGateTests {
    let deal = ItemEditTests.deal

    @Test func wonIsRefusedWhileExitTasksOfTheCurrentAndLaterStagesAreOpen() throws {
        let workspace = try TempWorkspace(["deals/acme.md": deal])
        let refused = refusal { try workspace.editor().close("acme", outcome: .won) }
        // qualify's "Buying process mapped" is listed and open; evaluate's "Demo given" is not listed at all.
        #expect(refused?.reason == "deals/acme.md: cannot close the deal as won from 'qualify': 2 exit tasks are not done (finish or drop them, or use --force)")
        #expect(refused?.candidates.map { "\($0.location.line): \($0.text)" } == ["30: [ ] Buying process mapped stage:qualify", "27: [ ] Demo given stage:evaluate"])
        #expect(workspace.text("deals/acme.md") == deal)
    }

    @Test func wonPassesOnceTheTasksAreDoneOrDroppedAndWithForce() throws {
        let done = deal.replacingOccurrences(of: "- [ ] Buying process mapped stage:qualify", with: "- [x] Buying process mapped stage:qualify done:2026-11-19\n- [-] Demo given stage:evaluate")
        let workspace = try TempWorkspace(["deals/acme.md": done, "deals/forced.md": deal])
        let won = try workspace.editor().close("acme", outcome: .won)
        #expect(won.notes.first == "deals/acme.md: outcome: won")
        let forced = try workspace.editor().close("forced", outcome: .won, force: true)
        #expect(forced.notes.first == "deals/forced.md: outcome: won (forced)")
        // Losing needs no gate.
        #expect(try workspace.editor().close("forced", outcome: .lost, lostTo: "Globex").changes.count == 1)
    }
}
