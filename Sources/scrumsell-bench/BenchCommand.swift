import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import ScrumsellKit
import ScrumsellBenchSupport

/// `scrumsell-bench`: generates synthetic workspaces and measures `scrumsell` on them
/// against the targets of the performance issue.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scrumsell-bench",
        abstract: "Benchmark scrumsell on synthetic workspaces of 1k, 10k and 100k deals.",
        discussion: """
        Run it from the repository root: swift build -c release && .build/release/scrumsell-bench
        Workspaces are generated (deterministically, from --seed) into --work and reused while the generator is unchanged.
        The history pass is timed over a git repository of 1,000 deals × 20 commits generated there too.
        """,
        subcommands: []
    )

    @Option(help: "Deal counts to measure, comma-separated.")
    var sizes: String = "1000,10000,100000"

    @Option(help: "Seed of the synthetic workspaces.")
    var seed: UInt64 = 1

    @Option(help: "Runs per measurement (the median is reported); sizes of 50,000 deals and more run once.")
    var runs: Int = 5

    @Option(help: "Commands to measure, comma-separated (report, check, build, deals, items, metrics, calendar).")
    var commands: String = "report,check,build,deals,items,metrics,calendar"

    @Option(help: "Measure `build` only up to this many deals (it writes a retrospective page per finished sprint, each listing the deals that moved in it).")
    var buildLimit: Int = 100_000

    @Option(help: "Folder for the generated workspaces (git-ignored).")
    var work: String = "bench-work"

    @Option(help: "The scrumsell binary to time end to end (default: the one beside this benchmark).")
    var scrumsell: String?

    @Option(help: "A second scrumsell binary (say, a release build of an earlier commit) timed in the same rounds, for a before/after comparison.")
    var baseline: String?

    @Option(help: "The small workspace whose `check` must stay under 30 ms.")
    var sample: String = "sample-workspace"

    @Flag(help: "Only generate the workspaces.")
    var generateOnly = false

    @Flag(inversion: .prefixedNo, help: "Measure the history pass over a repository of 1,000 deals × 20 commits (needs git).")
    var history = true

    @Flag(help: "Measure the history pass only.")
    var historyOnly = false

    func run() throws {
        let counts = sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")) }
        guard !counts.isEmpty, counts.allSatisfy({ $0 > 0 }) else { throw ValidationError("--sizes takes deal counts such as 1000,10000") }
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let workURL = URL(fileURLWithPath: work, relativeTo: here).standardizedFileURL
        let binary = scrumsell.map { URL(fileURLWithPath: $0, relativeTo: here).standardizedFileURL }
            ?? URL(fileURLWithPath: CommandLine.arguments[0], relativeTo: here).standardizedFileURL
                .deletingLastPathComponent().appendingPathComponent("scrumsell")
        let wanted = Set(commands.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        let measured = MeasuredCommands.all.filter { wanted.contains($0.name) }
        guard !measured.isEmpty else { throw ValidationError("--commands takes some of: \(MeasuredCommands.all.map(\.name).joined(separator: ", "))") }
        let baselineURL = baseline.map { URL(fileURLWithPath: $0, relativeTo: here).standardizedFileURL }
        if let baselineURL, !FileManager.default.isExecutableFile(atPath: baselineURL.path) {
            throw ValidationError("no scrumsell binary at \(baselineURL.path) for --baseline")
        }
        let benchmark = Benchmark(scrumsell: binary, work: workURL, seed: seed, runs: runs, baseline: baselineURL)
        let log: (String) -> Void = { print("  " + $0) }
        let historyBenchmark = try HistoryBenchmark.make(if: history || historyOnly, work: workURL, runs: runs)

        if generateOnly {
            for count in counts where !historyOnly { _ = try benchmark.workspace(deals: count, log: log) }
            _ = try historyBenchmark?.repository(log: log)
            return
        }
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw ValidationError("no scrumsell binary at \(binary.path): run `swift build -c release` first, or pass --scrumsell PATH")
        }
        // `swift run scrumsell-bench` builds the benchmark only: say so when the binary it times is older.
        // One `swift build` links the two a few seconds apart, so only a gap of more than a minute counts.
        let modified = { (url: URL) in (try? FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? nil }
        if scrumsell == nil, let mine = modified(URL(fileURLWithPath: CommandLine.arguments[0], relativeTo: here)), let theirs = modified(binary),
           theirs < mine.addingTimeInterval(-60) {
            print("warning: \(binary.path) is older than this benchmark; run `swift build -c release` so both are current\n")
        }
        #if DEBUG
        print("warning: this is a debug build; figures mean little. Run: swift run -c release scrumsell-bench\n")
        #endif
        print("# scrumsell-bench\n")
        print(MachineInfo.current.description)
        print("Generator v\(WorkspaceGenerator.version), seed \(seed), as of \(WorkspaceGenerator.asOf); median of \(runs) run(s); warm file cache.")
        print("Binary: \(binary.path)" + (baselineURL.map { "; baseline: \($0.path)" } ?? "") + "\n")

        var results: [Benchmark.SizeResult] = []
        for count in counts where !historyOnly {
            print("## \(count.grouped) deals\n")
            let commandsHere = measured.filter { $0.name != "build" || count <= buildLimit }
            if commandsHere.count < measured.count { log("build: skipped above --build-limit \(buildLimit.grouped) deals") }
            let result = try benchmark.run(deals: count, commands: commandsHere, runs: count >= 50_000 ? 1 : runs, log: log)
            results.append(result)
            print("")
            print(Report.size(result))
        }

        let historyTarget = try historyBenchmark?.measure(log: log) ?? ""
        if historyOnly {
            print("## Targets\n\n" + historyTarget)
            return
        }

        print("## Levers\n")
        let (smallest, _) = try benchmark.workspace(deals: counts.min()!, log: { _ in })
        print(FrontMatterLever.report(FrontMatterLever.measure(workspace: smallest)))

        print("## Targets\n")
        let sampleURL = URL(fileURLWithPath: sample, relativeTo: here).standardizedFileURL
        var extras = Report.Extras(versionWall: try benchmark.version(runs: max(runs, 10)))
        if FileManager.default.fileExists(atPath: sampleURL.appendingPathComponent("scrumsell.yml").path) {
            extras.sampleCheckWall = try benchmark.smallCheck(sampleURL, runs: max(runs, 10))
        }
        extras.binaryBytes = (try? FileManager.default.attributesOfItem(atPath: binary.path)[.size] as? Int) ?? nil
        print(Report.targets(results, extras: extras, commands: measured.map(\.name)) + historyTarget)
    }
}
