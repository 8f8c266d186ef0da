import Foundation
import Testing
@testable import ScrumsellKit
@testable import ScrumsellBenchSupport

/// The benchmark's synthetic workspaces: deterministic, in the full format, and healthy
/// enough that `check` finds warnings a real team would have but no errors.
struct WorkspaceGeneratorTests {
    static func generate(_ deals: Int, seed: UInt64) throws -> (URL, WorkspaceGenerator.Summary) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-gen-\(UUID().uuidString)")
        return (folder, try WorkspaceGenerator(dealCount: deals, seed: seed).write(to: folder))
    }

    @Test func sameSeedSameBytes() throws {
        let (a, _) = try Self.generate(60, seed: 7)
        let (b, _) = try Self.generate(60, seed: 7)
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        let files = try #require(FileManager.default.enumerator(atPath: a.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".md") }.sorted()
        #expect(files.count > 60)
        for file in files {
            #expect(FileManager.default.contents(atPath: a.appendingPathComponent(file).path) == FileManager.default.contents(atPath: b.appendingPathComponent(file).path), "\(file)")
        }
        #expect(WorkspaceGenerator(dealCount: 60, seed: 8).deal(3).1 != WorkspaceGenerator(dealCount: 60, seed: 7).deal(3).1)
    }

    @Test func dealsAreFullSalesPlansOfTwoToFourKilobytes() throws {
        let generator = WorkspaceGenerator(dealCount: 300, seed: 1)
        for index in 0..<300 {
            let (_, text) = generator.deal(index)
            #expect((1_700...4_096).contains(text.utf8.count), "deal \(index) is \(text.utf8.count) bytes")
            for section in ["## Buyer objectives", "## Buying process", "## Delivery", "## Backlog", "## Next steps", "## Exit tasks", "## Log", "stakeholders:"] {
                #expect(text.contains(section), "deal \(index) lacks \(section)")
            }
        }
    }

    @Test func checkFindsNoErrors() throws {
        let (folder, summary) = try Self.generate(250, seed: 1)
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = WorkspaceLoader.load(root: folder)
        #expect(workspace.deals.count == 250)
        #expect(workspace.campaigns.count == 10 && workspace.sprints.count == 6 && workspace.objectives.count == 2)
        let report = Checker.check(workspace, asOf: WorkspaceGenerator.asOf)
        #expect(report.errorCount == 0, "\(report.diagnostics.filter { $0.severity == .error }.prefix(3))")
        #expect(report.warningCount > 0)
        #expect(summary.files == workspace.fileCount)
    }
}
