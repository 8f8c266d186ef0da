import Foundation
import ScrumsellKit

/// Runs the benchmark for one workspace size: in-process phase split, end-to-end wall time
/// and peak memory of the release binary, and the `cmark` command over the same deal files.
package struct Benchmark {
    let scrumsell: URL
    let work: URL
    let seed: UInt64
    let runs: Int
    /// Another `scrumsell` (a build of an earlier commit) timed in the same rounds, for a
    /// before/after comparison that one slow spell cannot skew.
    let baseline: URL?
    let asOf = WorkspaceGenerator.asOf

    package init(scrumsell: URL, work: URL, seed: UInt64, runs: Int, baseline: URL? = nil) {
        (self.scrumsell, self.work, self.seed, self.runs, self.baseline) = (scrumsell, work, seed, runs, baseline)
    }

    package struct SizeResult {
        var deals: Int
        var files: Int
        var bytes: Int
        var dealBytes: Int
        /// Command name → end-to-end median wall and CPU time (ns) and peak RSS (bytes).
        var endToEnd: [(name: String, wall: UInt64, cpu: UInt64, rss: Int, status: Int32)] = []
        /// The same commands run by the baseline binary, when there is one.
        var baselineEndToEnd: [(name: String, wall: UInt64, cpu: UInt64, rss: Int, status: Int32)] = []
        /// Command name → in-process CPU time per phase, and the wall time of load and of the rest (median run).
        var phases: [(name: String, times: PhaseTimes<PipelinePhase>, loadWall: UInt64, restWall: UInt64)] = []
        var cmarkWall: UInt64 = 0
        var cmarkCPU: UInt64 = 0
        var cmarkCommand = ""
    }

    /// How many times `command` runs at this size: `build` at 10k deals takes seconds a run, and once is enough to see it.
    private func timesToRun(_ command: any MeasuredCommand, deals: Int, runs: Int) -> Int {
        command.name == "build" && deals >= 10_000 ? 1 : runs
    }

    /// The workspace of `deals` deals, generated unless a copy from the same generator version and seed is there.
    package func workspace(deals: Int, log: (String) -> Void) throws -> (URL, WorkspaceGenerator.Summary) {
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
        let start = monotonicNanoseconds()
        let summary = try generator.write(to: folder)
        try (expected + "\(summary.files) \(summary.bytes) \(summary.dealBytes)\n").write(to: stamp, atomically: true, encoding: .utf8)
        log("workspace: \(folder.path) (generated in \(milliseconds(monotonicNanoseconds() - start)) ms)")
        return (folder, summary)
    }

    package func run(deals: Int, commands: [any MeasuredCommand], runs: Int, log: (String) -> Void) throws -> SizeResult {
        let (folder, summary) = try workspace(deals: deals, log: log)
        var result = SizeResult(deals: deals, files: summary.files, bytes: summary.bytes, dealBytes: summary.dealBytes)
        let scratch = work.appendingPathComponent("scratch")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)

        // In process, through the library: the phase split of the median run.
        for command in commands {
            var samples: [(times: PhaseTimes<PipelinePhase>, loadWall: UInt64, restWall: UInt64)] = []
            for _ in 0..<timesToRun(command, deals: deals, runs: runs) {
                let start = monotonicNanoseconds()
                let probe = MeasuringReadProbe()
                let workspace = WorkspaceLoader.load(root: folder, context: ReadContext(scope: command.scope, probe: probe))
                let loaded = monotonicNanoseconds()
                var stopwatch = Stopwatch<PipelinePhase>(clock: .threadCPU)
                command.analyseAndRender(workspace, asOf: asOf, stopwatch: &stopwatch)
                var times = probe.times
                times.add(stopwatch.times)
                samples.append((times, loaded - start, monotonicNanoseconds() - loaded))
            }
            let middle = samples.sorted { $0.times.total.cpu < $1.times.total.cpu }[samples.count / 2]
            result.phases.append((command.name, middle.times, middle.loadWall, middle.restWall))
        }

        // End to end: the release binary, as a user runs it, and the reference, cmark over the
        // same deal files. They take turns, one run of each per round, so that a slow spell of a
        // shared machine weighs on both sides of the ratio rather than on one.
        let quoted = "'" + folder.path.replacingOccurrences(of: "'", with: "'\\''") + "'"
        // Past a few thousand files `cat deals/*.md` exceeds the kernel's argument limit: hand the names to xargs.
        result.cmarkCommand = deals <= 20_000 ? "cat deals/*.md | cmark > /dev/null" : "printf '%s\\0' deals/*.md | xargs -0 cat | cmark > /dev/null"
        var measured: [(walls: [UInt64], cpus: [UInt64], rss: Int, status: Int32)] = Array(repeating: ([], [], 0, 0), count: commands.count)
        var baselineMeasured = measured
        var walls: [UInt64] = [], cpus: [UInt64] = []
        func time(_ binary: URL, _ command: any MeasuredCommand, into sample: inout (walls: [UInt64], cpus: [UInt64], rss: Int, status: Int32)) throws {
            let arguments = [binary.path, command.name, "-w", folder.path, "--as-of", asOf.description] + command.arguments(scratch: scratch)
            let run = try ChildProcess.run(arguments)
            sample.walls.append(run.wallNanoseconds)
            sample.cpus.append(run.cpuNanoseconds)
            sample.rss = max(sample.rss, run.peakRSS)
            sample.status = run.status
        }
        for round in 0..<runs {
            for (index, command) in commands.enumerated() where round < timesToRun(command, deals: deals, runs: runs) {
                // With a baseline, the two binaries take turns, each going first every other round.
                if let baseline, round % 2 == 1 { try time(baseline, command, into: &baselineMeasured[index]) }
                try time(scrumsell, command, into: &measured[index])
                if let baseline, round % 2 == 0 { try time(baseline, command, into: &baselineMeasured[index]) }
            }
            let reference = try ChildProcess.shell("cd \(quoted) && \(result.cmarkCommand)")
            guard reference.status == 0 else { throw ChildProcess.Failure(description: "the cmark command failed (is the Debian package cmark installed? scripts/setup installs it)") }
            walls.append(reference.wallNanoseconds)
            cpus.append(reference.cpuNanoseconds)
        }
        for (index, command) in commands.enumerated() {
            let run = measured[index]
            result.endToEnd.append((command.name, median(run.walls), median(run.cpus), run.rss, run.status))
            if baseline != nil {
                let before = baselineMeasured[index]
                result.baselineEndToEnd.append((command.name, median(before.walls), median(before.cpus), before.rss, before.status))
            }
        }
        result.cmarkWall = median(walls)
        result.cmarkCPU = median(cpus)
        return result
    }

    /// Median wall time of `scrumsell --version`: start-up alone.
    package func version(runs: Int) throws -> UInt64 {
        var walls: [UInt64] = []
        for _ in 0..<runs { walls.append(try ChildProcess.run([scrumsell.path, "--version"]).wallNanoseconds) }
        return median(walls)
    }

    /// Median wall time of `scrumsell check` on a small workspace such as sample-workspace.
    package func smallCheck(_ folder: URL, runs: Int) throws -> UInt64 {
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
