import Foundation
import Testing
@testable import ScrumsellKit
@testable import ScrumsellBenchSupport

/// The measuring probes see the phases of a read and change nothing of what is read.
struct MeasuringProbeTests {
    @Test func readProbeSeesThePhasesAndChangesNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-probe-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try WorkspaceGenerator(dealCount: 120, seed: 4).write(to: folder)
        for scope in [ReadScope.everything, .weeklyReport] {
            let probe = MeasuringReadProbe()
            let watched = WorkspaceLoader.load(root: folder, context: ReadContext(scope: scope, probe: probe))
            let unwatched = WorkspaceLoader.load(root: folder, scope: scope)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            #expect(try encoder.encode(watched.deals) == encoder.encode(unwatched.deals))
            #expect(watched.diagnostics == unwatched.diagnostics)
            // Every document is read and modelled: those phases cannot all be zero.
            #expect(probe.times[.readBytes].cpu + probe.times[.frontMatter].cpu + probe.times[.model].cpu > 0)
            #expect(probe.times[.analyse] == PhaseTime() && probe.times[.render] == PhaseTime())
        }
    }

    @Test func stopwatchChargesEachLapToItsPhase() {
        var stopwatch = Stopwatch<HistoryPhase>(clock: .process)
        var sum = 0
        for index in 0..<200_000 { sum &+= index &* index }
        stopwatch.lap(.log)
        stopwatch.skip()
        stopwatch.lap(.assemble)
        #expect(sum != 0)
        #expect(stopwatch.times[.log].wall > 0)
        #expect(stopwatch.times.total.wall >= stopwatch.times[.log].wall)
        #expect(stopwatch.times[.locate] == PhaseTime())
    }
}
