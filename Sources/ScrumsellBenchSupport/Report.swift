import Foundation
import ScrumsellKit

/// Formats the benchmark's figures as Markdown tables.
package enum Report {
    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1_000_000) }

    package static func size(_ result: Benchmark.SizeResult) -> String {
        var text = "\(result.files.grouped) files, \(megabytes(result.bytes)) MB (deals: \(megabytes(result.dealBytes)) MB, \(result.dealBytes / max(result.deals, 1)) bytes each on average)\n\n"
        text += "| end to end | wall ms | CPU ms | files/s | MB/s | peak RSS MB | RSS bytes/deal | wall × cmark | CPU × cmark | exit |\n"
        text += "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n"
        for run in result.endToEnd {
            let seconds = Double(run.wall) / 1e9
            text += "| `scrumsell \(run.name)` | \(milliseconds(run.wall)) | \(milliseconds(run.cpu)) | \(Int(Double(result.files) / seconds).grouped) | "
            text += String(format: "%.0f", Double(result.bytes) / 1e6 / seconds)
            text += " | \(megabytes(run.rss)) | \((run.rss / max(result.deals, 1)).grouped) | \(ratio(run.wall, result.cmarkWall)) | \(ratio(run.cpu, result.cmarkCPU)) | \(run.status) |\n"
        }
        for run in result.baselineEndToEnd {
            text += "| baseline `scrumsell \(run.name)` | \(milliseconds(run.wall)) | \(milliseconds(run.cpu)) | | | \(megabytes(run.rss)) | \((run.rss / max(result.deals, 1)).grouped) | \(ratio(run.wall, result.cmarkWall)) | \(ratio(run.cpu, result.cmarkCPU)) | \(run.status) |\n"
        }
        let cmarkSeconds = Double(result.cmarkWall) / 1e9
        text += "| `\(result.cmarkCommand)` | \(milliseconds(result.cmarkWall)) | \(milliseconds(result.cmarkCPU)) | \(Int(Double(result.deals) / cmarkSeconds).grouped) | "
        text += String(format: "%.0f", Double(result.dealBytes) / 1e6 / cmarkSeconds) + " | | | 1.00 | 1.00 | |\n\n"
        for (now, before) in zip(result.endToEnd, result.baselineEndToEnd) {
            text += "`\(now.name)` against the baseline: wall \(ratio(now.wall, before.wall))×, CPU \(ratio(now.cpu, before.cpu))×, peak RSS \(megabytes(now.rss)) vs \(megabytes(before.rss)) MB\n"
        }
        if !result.baselineEndToEnd.isEmpty { text += "\n" }

        text += "In process, through the library (CPU time per phase, summed over threads; median run):\n\n"
        text += "| phase |" + result.phases.map { " \($0.name) CPU ms | % |" }.joined() + "\n"
        text += "|---|" + result.phases.map { _ in "--:|--:|" }.joined() + "\n"
        for phase in PipelinePhase.allCases {
            text += "| \(phase) |"
            for run in result.phases {
                text += " \(milliseconds(run.times[phase].cpu)) | \(String(format: "%.0f", 100 * Double(run.times[phase].cpu) / Double(max(run.times.total.cpu, 1)))) |"
            }
            text += "\n"
        }
        text += "| **total CPU** |" + result.phases.map { " **\(milliseconds($0.times.total.cpu))** | 100 |" }.joined() + "\n"
        text += "| wall: load / analyse + render |" + result.phases.map { " \(milliseconds($0.loadWall)) / \(milliseconds($0.restWall)) | |" }.joined() + "\n"
        return text
    }

    static func ratio(_ a: UInt64, _ b: UInt64) -> String { String(format: "%.2f", Double(a) / Double(max(b, 1))) }

    /// Small figures measured once per run, beside the sizes.
    package struct Extras {
        /// Median wall time of `check` on sample-workspace.
        package var sampleCheckWall: UInt64?
        /// Median wall time of `scrumsell --version`.
        package var versionWall: UInt64?
        /// Size in bytes of the `scrumsell` binary measured.
        package var binaryBytes: Int?

        package init(sampleCheckWall: UInt64? = nil, versionWall: UInt64? = nil, binaryBytes: Int? = nil) {
            (self.sampleCheckWall, self.versionWall, self.binaryBytes) = (sampleCheckWall, versionWall, binaryBytes)
        }
    }

    /// The performance issue's targets, each with its figure and a verdict.
    package static func targets(_ results: [Benchmark.SizeResult], extras: Extras, commands: [String]) -> String {
        var lines: [String] = []
        func verdict(_ ok: Bool) -> String { ok ? "met" : "MISSED" }
        func seconds(_ ns: UInt64) -> String { String(format: "%.2f s", Double(ns) / 1e9) }
        let ten = results.first(where: { $0.deals == 10_000 })
        let hundred = results.first(where: { $0.deals == 100_000 })
        if let ten, let report = ten.endToEnd.first(where: { $0.name == "report" }) {
            let wallRatio = Double(report.wall) / Double(max(ten.cmarkWall, 1))
            lines.append("- `report` over 10k deals ≤ 0.4× cmark: \(String(format: "%.2f", wallRatio))× wall (\(milliseconds(report.wall)) ms vs \(milliseconds(ten.cmarkWall)) ms; CPU \(ratio(report.cpu, ten.cmarkCPU))×) — \(verdict(wallRatio <= 0.4))")
            for run in ten.endToEnd where run.name != "report" && run.name != "check" {
                let r = Double(run.wall) / Double(max(report.wall, 1))
                lines.append("- `\(run.name)` at 10k deals ≤ 1.5× `report`: \(String(format: "%.2f", r))× (\(milliseconds(run.wall)) vs \(milliseconds(report.wall)) ms) — \(verdict(r <= 1.5))")
            }
        }
        if let ten, let check = ten.endToEnd.first(where: { $0.name == "check" }) {
            lines.append("- `check` at 10k deals ≤ 0.45 s and ≤ 120 MB: \(seconds(check.wall)), \(megabytes(check.rss)) MB — \(verdict(check.wall <= 450_000_000 && check.rss <= 120_000_000))")
        }
        if let hundred {
            let limits: [String: (wall: UInt64?, rss: Int)] = ["report": (nil, 300_000_000), "check": (3_000_000_000, 500_000_000), "build": (6_000_000_000, 800_000_000)]
            for run in hundred.endToEnd {
                guard let limit = limits[run.name] else { continue }
                let wallText = limit.wall.map { "≤ \(seconds($0)) and " } ?? ""
                let ok = run.rss <= limit.rss && (limit.wall.map { run.wall <= $0 } ?? true)
                lines.append("- `\(run.name)` at 100k deals \(wallText)≤ \(limit.rss / 1_000_000) MB: \(seconds(run.wall)), \(megabytes(run.rss)) MB — \(verdict(ok))")
            }
        }
        // Per-deal cost: 100k against 10k when both ran, else the largest size against the smallest.
        let small = (ten != nil && hundred != nil) ? ten : results.min(by: { $0.deals < $1.deals })
        let large = (ten != nil && hundred != nil) ? hundred : results.max(by: { $0.deals < $1.deals })
        if let small, let large, large.deals > small.deals {
            for command in commands {
                guard let a = small.endToEnd.first(where: { $0.name == command }), let b = large.endToEnd.first(where: { $0.name == command }) else { continue }
                let perSmall = Double(a.wall) / Double(small.files), perLarge = Double(b.wall) / Double(large.files)
                let ratio = perLarge / perSmall
                lines.append("- `\(command)` per-document cost at \(large.deals.grouped) deals within 1.3× of \(small.deals.grouped): "
                             + String(format: "%.1f µs vs %.1f µs = %.2f×", perLarge / 1000, perSmall / 1000, ratio) + " — \(verdict(ratio <= 1.3))")
            }
        }
        if let wall = extras.sampleCheckWall {
            lines.append("- `scrumsell check` on sample-workspace ≤ 30 ms: \(milliseconds(wall)) ms — \(verdict(wall <= 30_000_000))")
        }
        if let wall = extras.versionWall {
            lines.append("- `scrumsell --version` ≤ 10 ms: \(milliseconds(wall)) ms — \(verdict(wall <= 10_000_000))")
        }
        if let bytes = extras.binaryBytes {
            lines.append("- the `scrumsell` binary ≤ 30 MB: \(megabytes(bytes)) MB — \(verdict(bytes <= 30_000_000))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
