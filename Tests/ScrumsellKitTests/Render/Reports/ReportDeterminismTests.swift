import Foundation
import Testing
@testable import ScrumsellKit

@Suite struct ReportDeterminismTests {
    @Test func twoRendersAreByteIdentical() throws {
        let first = try SampleReports.outputs(), second = try SampleReports.outputs()
        #expect(first.map(\.name) == second.map(\.name))
        for (a, b) in zip(first, second) { #expect(a.text == b.text, "\(a.name) differs between two renders") }
    }

    @Test func buildingTwiceTouchesNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-build-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = SampleReports.workspace()
        func build() throws -> [FileUpdate.Outcome] {
            let book = try ReportBook.build(workspace, asOf: SampleReports.asOf, renderer: ReportTestWorkspace.renderer(workspace))
            return try book.pages.map { try FileUpdate.write($0.text, to: folder.appendingPathComponent($0.fileName)) }
        }
        func stamps() throws -> [String: [FileAttributeKey: Any]] {
            var result: [String: [FileAttributeKey: Any]] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                result[name] = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)
            }
            return result
        }
        #expect(try build() == Array(repeating: .created, count: 5))
        let before = try stamps()
        #expect(try build() == Array(repeating: .unchanged, count: 5))
        let after = try stamps()
        #expect(before.keys.sorted() == after.keys.sorted())
        for (name, attributes) in before {
            #expect(attributes[.modificationDate] as? Date == after[name]?[.modificationDate] as? Date, "\(name) was rewritten")
            #expect(attributes[.systemFileNumber] as? Int == after[name]?[.systemFileNumber] as? Int, "\(name) was replaced")
        }
    }

    @Test func aChangedFileIsReplacedAtomically() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-update-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("report.md")
        #expect(try FileUpdate.write("one\n", to: file) == .created)
        #expect(try FileUpdate.write("two\n", to: file) == .updated)
        #expect(String(decoding: FileManager.default.contents(atPath: file.path)!, as: UTF8.self) == "two\n")
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.md"])
    }
}
