import Foundation
import Testing
@testable import scrumsell_fuzz

/// The fuzzer's findings stay fixed: every input in `Fixtures/fuzz-crashes` (copied there by
/// `scripts/fuzz`), and every fixture the fuzzer is seeded from, goes through the fuzz
/// target's pass (reader, front-matter editor, weekly report, check) without a crash.
@Suite struct FuzzCrashReplayTests {
    static var fixtures: URL { Bundle.module.resourceURL!.appendingPathComponent("Fixtures") }

    static func files(under folder: URL) -> [URL] {
        let found = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])?
            .compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true } ?? []
        return found.sorted { $0.path < $1.path }
    }

    @Test func crashingInputsRunThrough() throws {
        let crashes = Self.files(under: Self.fixtures.appendingPathComponent("fuzz-crashes"))
        #expect(!crashes.isEmpty, "the folder keeps its README at least")
        for url in crashes { FuzzPass.run(Array(try Data(contentsOf: url))) }
    }

    @Test func seedsRunThrough() throws {
        for url in Self.files(under: Self.fixtures) where ["md", "yml"].contains(url.pathExtension) {
            FuzzPass.run(Array(try Data(contentsOf: url)))
        }
    }
}
