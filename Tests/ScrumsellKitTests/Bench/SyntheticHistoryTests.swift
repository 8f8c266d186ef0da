import Foundation
import Testing
@testable import ScrumsellKit
@testable import ScrumsellBenchSupport

/// The repository `SyntheticHistory` writes (the input of `scrumsell-bench`'s history pass,
/// there at 1,000 deals × 20 commits) read back: every version of every deal with the fields
/// the generator gave it, whichever way the log is read. Facts only; the benchmark times it.
@Suite struct SyntheticHistoryTests {
    @Test(arguments: [1, 3])
    func theHistoryPassReadsBackWhatWasGenerated(dealsPerCommit: Int) throws {
        let git = try GitFixture.requireGit()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-synthetic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let shape = SyntheticHistory(deals: 30, commitsPerDeal: 20, dealsPerCommit: dealsPerCommit)
        try shape.write(to: folder, git: git)

        let history = try HistoryReader.read(workspace: folder, asOf: Day("2026-12-31")!, git: git).get()
        let dealCommits = (shape.deals + dealsPerCommit - 1) / dealsPerCommit * shape.commitsPerDeal
        #expect(history.horizon.commitCount == dealCommits + shape.campaigns * 2)
        #expect(history.horizon.laterCommits == 0)
        #expect(history.deals.count == shape.deals)
        #expect(history.deals.values.allSatisfy { $0.versions.count == shape.commitsPerDeal })
        #expect(history.campaigns.count == shape.campaigns)
        #expect(history.campaigns.values.allSatisfy { $0.versions.count == 2 })

        // The benchmark's probe watches the same pass: the same versions, every phase told.
        let probe = MeasuringHistoryProbe()
        let watched = try HistoryReader.read(workspace: folder, asOf: Day("2026-12-31")!, git: git, probe: probe).get()
        #expect(watched.horizon.commitCount == history.horizon.commitCount)
        #expect(watched.deals.mapValues(\.versions.count) == history.deals.mapValues(\.versions.count))
        #expect(probe.times[.log].wall > 0 && probe.times[.contents].wall > 0 && probe.times[.assemble].wall > 0)
        #expect(probe.logProcesses >= 1 && probe.contentProcesses >= 1)

        // Deal 0: a stage every fourth commit, a slip every fifth, pulled in once late, won at the end.
        let deal = try #require(history.deals["deals/deal-0000.md"])
        let snapshots = deal.versions.compactMap(\.snapshot)
        #expect(snapshots.count == shape.commitsPerDeal)
        #expect(snapshots.map(\.stage) == (0..<20).map { SyntheticHistory.stages[min($0 / 4, 4)] })
        let decisions = snapshots.compactMap(\.decisionDate)
        #expect(decisions.first == shape.start.adding(days: 120))
        #expect(decisions.last == shape.start.adding(days: 120 + (19 / 5 - 1) * 14))
        #expect(snapshots.map(\.outcome).last == .won)
        #expect(snapshots.dropLast().allSatisfy { $0.outcome == .open })
        #expect(deal.versions.map(\.date) == deal.versions.map(\.date).sorted())

        // The log is the same read by one process, from both ends, or split.
        let single = try GitLogReader.read(in: folder, paths: [], git: git, processes: 1)
        for (processes, perProcess) in [(2, GitLogReader.commitsPerProcess), (3, 50)] {
            let read = try GitLogReader.read(in: folder, paths: [], git: git, processes: processes, commitsPerProcess: perProcess)
            #expect(read.map(\.commit) == single.map(\.commit))
            #expect(read.map(\.changes) == single.map(\.changes))
        }
    }
}
