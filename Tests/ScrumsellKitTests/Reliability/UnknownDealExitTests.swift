import Foundation
import Testing
@testable import ScrumsellKit

/// Issue 19, item 11: an edit naming a deal that does not exist is bad usage: exit status 2,
/// as `history nope` and `board nope`, and nothing is written.
@Suite struct UnknownDealExitTests {
    @Test(arguments: [
        ["touch", "nope", "x"],
        ["item", "add", "nope", "Call back"],
        ["item", "done", "nope", "demo"],
        ["stage", "nope", "evaluate"],
        ["close", "nope", "won"],
    ])
    func anUnknownDealExitsTwo(_ arguments: [String]) throws {
        let workspace = try TempWorkspace(["deals/acme.md": ItemEditTests.deal])
        let run = try EditCommandLineTests().run(arguments + ["--as-of", "2026-11-20"], in: workspace.root)
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("scrumsell: no "))
        #expect(workspace.text("deals/acme.md") == ItemEditTests.deal)
    }
}
