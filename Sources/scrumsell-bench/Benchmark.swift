import Foundation
import ScrumsellKit

/// Runs the benchmark for one workspace size: in-process phase split, end-to-end wall time
/// and peak memory of the release binary, and the `cmark` command over the same deal files.
struct Benchmark {
    let scrumsell: URL
    let work: URL
    let seed: UInt64
    let runs: Int
    let asOf = WorkspaceGenerator.asOf

    struct SizeResult {
        var deals: Int
        var files: Int
        var bytes: Int
        var dealBytes: Int
        /// Command name → end-to-end median wall and CPU time (ns) and peak RSS (bytes).
        var endToEnd: [(name: String, wall: UInt64, cpu: UInt64, rss: Int, status: Int32)] = []
        /// Command name → in-process CPU time per phase, and the wall time of load and of the rest (median run).
        var phases: [(name: String, times: PhaseTimes, loadWall: UInt64, restWall: UInt64)] = []
        var cmarkWall: UInt64 = 0
        var cmarkCPU: UInt64 = 0
        var cmarkCommand = ""
    }

    /// The workspace of `deals` deals, generated unless a copy from the same generator version and seed is there.
    func workspace(deals: Int, log: (String) -> Void) throws -> (URL, WorkspaceGenerator.Summary) {
        let folder = work.appendingPathComponent("deals-\(deals)-seed-\(seed)")
        let stamp = folder.appendingPathComponent(".generated")
        let expected = "scrumsell-bench generator \(WorkspaceGenerator.version) deals \(deals) seed \(seed)\n"
        let generator = WorkspaceGenerator(dealCount: deals, seed: seed)
        if let found = try? String(contentsOf: stamp, encoding: .utf8), found.hasPrefix(expected) {
            let numbers = found.dropFirst(expected.count).split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            if numbers.count == 3 {
                log("workspace: \(folder.path) (cached)")
                return (folder, WorkspaceGenerator.Summary(files: numbers[0], bytes: numbers[1], dealBytes: numbers[2]))
            }
        }
        try? FileManager.default.removeItem(at: folder)
        let start = PhaseTimes.now()
        let summary = try generator.write(to: folder)
        try (expected + "\(summary.files) \(summary.bytes) \(summary.dealBytes)\n").write(to: stamp, atomically: true, encoding: .utf8)
        log("workspace: \(folder.path) (generated in \(milliseconds(PhaseTimes.now() - start)) ms)")
        return (folder, summary)
    }

    func run(deals: Int, commands: [any MeasuredCommand], runs: Int, log: (String) -> Void) throws -> SizeResult {
        let (folder, summary) = try workspace(deals: deals, log: log)
        var result = SizeResult(deals: deals, files: summary.files, bytes: summary.bytes, dealBytes: summary.dealBytes)
        let scratch = work.appendingPathComponent("scratch")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)

        for command in commands {
            // `build` at 10k deals takes a minute a run: once is enough to see it.
            let runs = command.name == "build" && deals >= 10_000 ? 1 : runs
            // In process, through the library: the phase split of the median run.
            var samples: [(times: PhaseTimes, loadWall: UInt64, restWall: UInt64)] = []
            for _ in 0..<runs {
                let start = PhaseTimes.now()
                let (workspace, statistics) = WorkspaceLoader.loadMeasured(root: folder, scope: command.scope)
                let loaded = PhaseTimes.now()
                var timer = PhaseTimer(enabled: true)
                command.analyseAndRender(workspace, asOf: asOf, timer: &timer)
                var times = statistics.times
                times.add(timer.times)
                samples.append((times, loaded - start, PhaseTimes.now() - loaded))
            }
            let middle = samples.sorted { $0.times.total < $1.times.total }[samples.count / 2]
            result.phases.append((command.name, middle.times, middle.loadWall, middle.restWall))

            // End to end: the release binary, as a user runs it.
            let arguments = [scrumsell.path, command.name, "-w", folder.path, "--as-of", asOf.description] + command.arguments(scratch: scratch)
            var walls: [UInt64] = [], cpus: [UInt64] = []
            var rss = 0
            var status: Int32 = 0
            for _ in 0..<runs {
                let measured = try ChildProcess.run(arguments)
                walls.append(measured.wallNanoseconds)
                cpus.append(measured.cpuNanoseconds)
                rss = max(rss, measured.peakRSS)
                status = measured.status
            }
            result.endToEnd.append((command.name, median(walls), median(cpus), rss, status))
        }

        // The reference: cmark over the same deal files, in the same run.
        let quoted = "'" + folder.path.replacingOccurrences(of: "'", with: "'\\''") + "'"
        // Past a few thousand files `cat deals/*.md` exceeds the kernel's argument limit: hand the names to xargs.
        result.cmarkCommand = deals <= 20_000 ? "cat deals/*.md | cmark > /dev/null" : "printf '%s\\0' deals/*.md | xargs -0 cat | cmark > /dev/null"
        var walls: [UInt64] = [], cpus: [UInt64] = []
        for _ in 0..<runs {
            let measured = try ChildProcess.shell("cd \(quoted) && \(result.cmarkCommand)")
            guard measured.status == 0 else { throw ChildProcess.Failure(description: "the cmark command failed (is the Debian package cmark installed? scripts/setup installs it)") }
            walls.append(measured.wallNanoseconds)
            cpus.append(measured.cpuNanoseconds)
        }
        result.cmarkWall = median(walls)
        result.cmarkCPU = median(cpus)
        return result
    }

    /// Median wall time of `scrumsell check` on a small workspace such as sample-workspace.
    func smallCheck(_ folder: URL, runs: Int) throws -> UInt64 {
        var walls: [UInt64] = []
        for _ in 0..<runs {
            walls.append(try ChildProcess.run([scrumsell.path, "check", "-w", folder.path, "--as-of", asOf.description]).wallNanoseconds)
        }
        return median(walls)
    }
}

func median(_ values: [UInt64]) -> UInt64 {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

func milliseconds(_ nanoseconds: UInt64) -> String {
    let ms = Double(nanoseconds) / 1e6
    return ms < 10 ? String(format: "%.2f", ms) : ms < 100 ? String(format: "%.1f", ms) : String(format: "%.0f", ms)
}
