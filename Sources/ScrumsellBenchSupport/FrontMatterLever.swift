import Foundation
import ScrumsellKit

/// The lever the issue names first: front-matter through Yams against the fast path, on
/// the same blocks (every deal of a generated workspace), one thread, best of three passes.
package enum FrontMatterLever {
    package struct Result {
        var blocks: Int
        var yamsNanoseconds: UInt64
        var fastNanoseconds: UInt64
        /// Blocks the fast path answered itself (the rest it left to Yams).
        var accepted: Int
    }

    package static func measure(workspace folder: URL, limit: Int = 2_000) -> Result {
        let deals = folder.appendingPathComponent("deals")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: deals.path)) ?? []).sorted().prefix(limit)
        var blocks: [(String, Int, SourceText)] = []
        for name in names {
            guard let data = FileManager.default.contents(atPath: deals.appendingPathComponent(name).path) else { continue }
            let source = SourceText(path: "deals/\(name)", bytes: [UInt8](data))
            if case .success(let frontMatter) = FrontMatter.split(source) { blocks.append((frontMatter.yaml, frontMatter.firstLine, source)) }
        }
        func time(fastPath: Bool) -> UInt64 {
            var best = UInt64.max
            for _ in 0..<3 {
                var stopwatch = Stopwatch<PipelinePhase>(clock: .threadCPU)
                for (yaml, line, source) in blocks { blackHole(YAMLReader.parse(yaml: yaml, firstLine: line, in: source, fastPath: fastPath).root) }
                stopwatch.lap(.frontMatter)
                best = min(best, stopwatch.times[.frontMatter].cpu)
            }
            return best
        }
        let accepted = blocks.count { block in
            let fast = YAMLReader.parse(yaml: block.0, firstLine: block.1, in: block.2, fastPath: true)
            return fast.diagnostics.isEmpty && fast.root != nil
        }
        return Result(blocks: blocks.count, yamsNanoseconds: time(fastPath: false), fastNanoseconds: time(fastPath: true), accepted: accepted)
    }

    package static func report(_ result: Result) -> String {
        let perYams = Double(result.yamsNanoseconds) / Double(max(result.blocks, 1)) / 1000
        let perFast = Double(result.fastNanoseconds) / Double(max(result.blocks, 1)) / 1000
        return "Front-matter of \(result.blocks.grouped) deals, one thread: Yams " + String(format: "%.1f", perYams) + " µs a block, fast path "
            + String(format: "%.1f", perFast) + " µs (" + String(format: "%.0f", perYams / max(perFast, 0.001)) + "× faster)\n"
    }
}
