import Foundation
import ScrumsellKit

/// Formats the benchmark's figures as Markdown tables.
package enum Report {
    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1_000_000) }

    package static func size(_ result: Benchmark.SizeResult) -> String {
        var text = "\(result.files.grouped) files, \(megabytes(result.bytes)) MB (deals: \(megabytes(result.dealBytes)) MB, \(result.dealBytes / max(result.deals, 1)) bytes each on average)\n\n"
        text += "| end to end | wall ms | CPU ms | files/s | MB/s | peak RSS MB | wall × cmark | CPU × cmark | exit |\n"
        text += "|---|--:|--:|--:|--:|--:|--:|--:|--:|\n"
        for run in result.endToEnd {
            let seconds = Double(run.wall) / 1e9
            text += "| `scrumsell \(run.name)` | \(milliseconds(run.wall)) | \(milliseconds(run.cpu)) | \(Int(Double(result.files) / seconds).grouped) | "
            text += String(format: "%.0f", Double(result.bytes) / 1e6 / seconds)
            text += " | \(megabytes(run.rss)) | \(ratio(run.wall, result.cmarkWall)) | \(ratio(run.cpu, result.cmarkCPU)) | \(run.status) |\n"
        }
        for run in result.baselineEndToEnd {
            text += "| baseline `scrumsell \(run.name)` | \(milliseconds(run.wall)) | \(milliseconds(run.cpu)) | | | \(megabytes(run.rss)) | \(ratio(run.wall, result.cmarkWall)) | \(ratio(run.cpu, result.cmarkCPU)) | \(run.status) |\n"
        }
        let cmarkSeconds = Double(result.cmarkWall) / 1e9
        text += "| `\(result.cmarkCommand)` | \(milliseconds(result.cmarkWall)) | \(milliseconds(result.cmarkCPU)) | \(Int(Double(result.deals) / cmarkSeconds).grouped) | "
        text += String(format: "%.0f", Double(result.dealBytes) / 1e6 / cmarkSeconds) + " | | 1.00 | 1.00 | |\n\n"
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

    package static func targets(_ results: [Benchmark.SizeResult], sampleWall: UInt64?, commands: [String]) -> String {
        var lines: [String] = []
        func verdict(_ ok: Bool) -> String { ok ? "met" : "MISSED" }
        let primary = commands.contains("report") ? "report" : "check"
        if let ten = results.first(where: { $0.deals == 10_000 }), let run = ten.endToEnd.first(where: { $0.name == primary }) {
            let wallRatio = Double(run.wall) / Double(max(ten.cmarkWall, 1))
            let proxy = primary == "report" ? "" : " (check stands in until report exists)"
            lines.append("- `\(primary)` over 10k deals ≤ 0.4× cmark: \(String(format: "%.2f", wallRatio))× wall (\(milliseconds(run.wall)) ms vs \(milliseconds(ten.cmarkWall)) ms; CPU \(ratio(run.cpu, ten.cmarkCPU))×) — \(verdict(wallRatio <= 0.4))\(proxy)")
            for run in ten.endToEnd {
                lines.append("- peak RSS of `\(run.name)` at 10k deals ≤ 150 MB: \(megabytes(run.rss)) MB — \(verdict(run.rss <= 150_000_000))")
            }
        }
        if let small = results.min(by: { $0.deals < $1.deals }), let large = results.max(by: { $0.deals < $1.deals }), large.deals > small.deals {
            for command in commands {
                guard let a = small.endToEnd.first(where: { $0.name == command }), let b = large.endToEnd.first(where: { $0.name == command }) else { continue }
                let perSmall = Double(a.wall) / Double(small.files), perLarge = Double(b.wall) / Double(large.files)
                let ratio = perLarge / perSmall
                lines.append("- `\(command)` per-document cost at \(large.deals.grouped) deals within 1.3× of \(small.deals.grouped): "
                             + String(format: "%.1f µs vs %.1f µs = %.2f×", perLarge / 1000, perSmall / 1000, ratio) + " — \(verdict(ratio <= 1.3))")
            }
        }
        if let sampleWall {
            lines.append("- `scrumsell check` on sample-workspace ≤ 30 ms: \(milliseconds(sampleWall)) ms — \(verdict(sampleWall <= 30_000_000))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
