import Foundation
import Testing
@testable import ScrumsellKit

/// Many changes at once (an import) are written in batches made durable by one flush each:
/// the same files, the same refusals, no temporary file left behind.
@Suite struct SafeFileWriterBatchTests {
    @Test func manyNewFilesAndAnUpdateAcrossBatches() throws {
        let workspace = try TestWorkspace(files: ["deals/kept.md": "old\n"])
        let count = SafeFileWriter.batchSize + 44
        var changes = (0..<count).map { index in
            FileChange(path: "deals/d\(index).md", url: workspace.url("deals/d\(index).md"), original: nil, updated: Array("deal \(index)\n".utf8))
        }
        changes.append(FileChange(path: "deals/kept.md", url: workspace.url("deals/kept.md"), original: Array("old\n".utf8), updated: Array("new\n".utf8)))
        try SafeFileWriter.write(changes)
        let names = try FileManager.default.contentsOfDirectory(atPath: workspace.url("deals").path)
        #expect(names.count == count + 1)
        #expect(!names.contains { SafeFileWriter.isTemporaryName($0) })
        #expect(try String(contentsOf: workspace.url("deals/d\(count - 1).md"), encoding: .utf8) == "deal \(count - 1)\n")
        #expect(try String(contentsOf: workspace.url("deals/kept.md"), encoding: .utf8) == "new\n")
    }

    @Test func aStaleChangeAmongManyWritesNothing() throws {
        let workspace = try TestWorkspace(files: ["deals/kept.md": "changed meanwhile\n"])
        var changes = (0..<40).map { index in
            FileChange(path: "deals/d\(index).md", url: workspace.url("deals/d\(index).md"), original: nil, updated: Array("deal\n".utf8))
        }
        changes.append(FileChange(path: "deals/kept.md", url: workspace.url("deals/kept.md"), original: Array("old\n".utf8), updated: Array("new\n".utf8)))
        #expect(throws: SafeFileWriter.Failure.self) { try SafeFileWriter.write(changes) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.url("deals").path) == ["kept.md"])
    }
}
