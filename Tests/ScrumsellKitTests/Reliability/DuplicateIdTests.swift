import Foundation
import Testing
@testable import ScrumsellKit

/// Issue 19, item 10: `deals/sub/vandam-dairy.md` beside `deals/vandam-dairy.md`. Both files
/// keep their own diagnostics, and one of them is reported as a duplicate id.
@Suite struct DuplicateIdTests {
    @Test func bothFilesKeepTheirWarnings() throws {
        let workspace = try TempWorkspace.sample()
        let deals = workspace.root.appendingPathComponent("deals")
        try FileManager.default.createDirectory(at: deals.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: deals.appendingPathComponent("vandam-dairy.md"), to: deals.appendingPathComponent("sub/vandam-dairy.md"))
        let day = try #require(Day("2026-11-20"))
        let report = Checker.check(WorkspaceLoader.load(root: workspace.root), asOf: day)
        let passed = report.diagnostics.filter { $0.code == "deal-decision-date-passed" }.map(\.location.path)
        #expect(Set(passed).isSuperset(of: ["deals/vandam-dairy.md", "deals/sub/vandam-dairy.md"]))
        #expect(report.diagnostics.filter { $0.code == "duplicate-id" }.count == 1)
    }
}
