import Foundation
import Testing
@testable import ScrumsellKit

/// The history pass over 1,000 deals with 20 commits each: one commit per deal change
/// (20,000 commits, the hardest case for git), and ten deals per commit (2,000 commits,
/// closer to a team committing a session's work). Building the repositories takes a
/// while, so it runs only with `SCRUMSELL_HISTORY_BENCH=1`; it prints the figures and
/// asserts only the facts, never the time. `SCRUMSELL_HISTORY_BENCH_DIR` keeps the
/// repositories between runs.
@Test(.enabled(if: ProcessInfo.processInfo.environment["SCRUMSELL_HISTORY_BENCH"] == "1"), .serialized, arguments: [1, 10])
func historyPassOverAThousandDeals(dealsPerCommit: Int) throws {
    let git = try #require(GitCommand.onPath())
    let kept = ProcessInfo.processInfo.environment["SCRUMSELL_HISTORY_BENCH_DIR"]
    let name = dealsPerCommit == 1 ? "" : "-\(dealsPerCommit)-per-commit"
    let folder = kept.map { URL(fileURLWithPath: $0 + name) }
        ?? FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-history-bench-\(ProcessInfo.processInfo.processIdentifier)\(name)")
    defer { if kept == nil { try? FileManager.default.removeItem(at: folder) } }
    let shape = SyntheticHistory(deals: 1000, commitsPerDeal: 20, dealsPerCommit: dealsPerCommit)
    let built = Date()
    if !FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path) { try shape.write(to: folder, git: git) }
    print("history bench: \(shape.deals) deals × \(shape.commitsPerDeal) commits, \(dealsPerCommit) per commit: repository ready in \(String(format: "%.1f", Date().timeIntervalSince(built))) s")
    var times: [Double] = []
    var history: WorkspaceHistory?
    for _ in 0..<5 {
        let started = Date()
        history = try HistoryReader.read(workspace: folder, asOf: Day("2026-12-31")!, git: git).get()
        times.append(Date().timeIntervalSince(started))
    }
    print("history bench: \(dealsPerCommit) per commit: history pass \(times.map { String(format: "%.2f", $0) }.joined(separator: " / ")) s (best \(String(format: "%.2f", times.min()!)) s, median \(String(format: "%.2f", times.sorted()[2])) s)")
    let read = try #require(history)
    #expect(read.deals.count == 1000)
    #expect(read.deals.values.allSatisfy { $0.versions.count == 20 })
    #expect(read.horizon.commitCount == 1000 / dealsPerCommit * 20 + 4 * 2)
}

/// Where reading deal versions spends its time, one thread (`SCRUMSELL_HISTORY_BENCH=2`).
@Test(.enabled(if: ProcessInfo.processInfo.environment["SCRUMSELL_HISTORY_BENCH"] == "2"))
func dealVersionReadingParts() throws {
    let shape = SyntheticHistory(deals: 1000, commitsPerDeal: 20)
    let texts = (0..<20_000).map { [UInt8](shape.dealText($0 % 1000, revision: $0 / 1000).utf8) }
    func time(_ name: String, _ body: () -> Int) {
        let started = Date()
        let result = body()
        print(String(format: "parts bench: %@ %.3f s (%d)", name, Date().timeIntervalSince(started), result))
    }
    time("isReadableText") { texts.filter(FrontMatterExcerpt.isReadableText).count }
    time("FileContentCheck") { texts.filter { FileContentCheck.problem(path: "", bytes: $0) == nil }.count }
    time("excerpt") { texts.compactMap(FrontMatterExcerpt.excerpt).count }
    let excerpts = Array(Set(texts.compactMap(FrontMatterExcerpt.excerpt)))
    time("readDeal excerpts") { excerpts.compactMap(HistoryReader.readDeal).count }
    time("readDeal whole files (1000)") { texts.prefix(1000).compactMap(HistoryReader.readDeal).count }
}

/// CPU seconds used so far by this process and by its finished children.
private func cpuSeconds() -> (own: Double, children: Double) {
    var own = rusage(), children = rusage()
    getrusage(RUSAGE_SELF.rawValue, &own)
    getrusage(RUSAGE_CHILDREN.rawValue, &children)
    func seconds(_ usage: rusage) -> Double {
        Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
    return (seconds(own), seconds(children))
}

/// The history pass phase by phase, wall and CPU time, ours and git's (`SCRUMSELL_HISTORY_BENCH=3`
/// with `SCRUMSELL_HISTORY_BENCH_DIR` naming a repository the first benchmark kept).
@Test(.enabled(if: ProcessInfo.processInfo.environment["SCRUMSELL_HISTORY_BENCH"] == "3"))
func historyPassPhases() throws {
    let git = try #require(GitCommand.onPath())
    let folder = URL(fileURLWithPath: try #require(ProcessInfo.processInfo.environment["SCRUMSELL_HISTORY_BENCH_DIR"]))
    var clock = (Date(), cpuSeconds())
    func phase(_ name: String) {
        let now = (Date(), cpuSeconds())
        print(String(format: "phase %@: wall %.2f s, cpu %.2f s, git cpu %.2f s", name, now.0.timeIntervalSince(clock.0),
                     now.1.own - clock.1.own, now.1.children - clock.1.children))
        clock = (Date(), cpuSeconds())
    }
    let repository = try GitRepository.locate(workspace: folder, git: git).get()
    phase("locate")
    let entries = try GitLogReader.read(in: repository.top, paths: [], git: git)
    phase("git log + parse")
    var files = FileLineages(prefix: "")
    for (index, entry) in entries.enumerated() { files.add(entry, index: index) }
    phase("lineages")
    _ = try git.run(WorkingCopyChange.arguments(paths: ["deals", "campaigns"]), in: repository.top)
    phase("git status")
    var blobs = Set<String>()
    for lineage in files.lineages { blobs.formUnion(lineage.versions.map(\.blob)) }
    let contents = try GitBlobReader.read(blobs.sorted(), in: repository.top, git: git)
    phase("cat-file")
    let keys = contents.keys.sorted().parallelMap { FrontMatterExcerpt.excerpt(of: contents[$0]!) }
    print("distinct front-matters: \(Set(keys).count) of \(keys.count)")
    phase("excerpts")
    _ = try HistoryReader.read(workspace: folder, asOf: Day("2026-12-31")!, git: git).get()
    phase("whole pass")
}

