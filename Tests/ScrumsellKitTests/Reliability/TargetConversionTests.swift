import Foundation
import Testing
@testable import ScrumsellKit

/// Item 1 of issue 19: a number from a user's file never traps on its way to an `Int`, and
/// `check` refuses targets that are not positive, finite and sensible (at least 1).
@Suite("Reliability: numbers from a user's file", .timeLimit(.minutes(1)))
struct TargetConversionTests {
    static func workspace(pipelineTarget: String, measureTarget: String = "600000") throws -> TestWorkspace {
        try TestWorkspace(config: TestWorkspace.config.replacingOccurrences(of: "pipeline_target: 500000", with: "pipeline_target: \(pipelineTarget)"), files: [
            "deals/acme.md": TestWorkspace.healthyDeal.replacingOccurrences(of: "outcome: open", with: "outcome: open\nobjectives: [grow]"),
            "sprints/2026-s47.md": TestWorkspace.healthySprint,
            "objectives/grow.md": "---\ntitle: Grow\nmeasures:\n  - {metric: pipeline_value, target: \(measureTarget), by: 2026-12-31}\n---\n# Grow\n",
        ])
    }

    @Test(arguments: ["1e-300", "1e-11", "1e-10", "0", "0.5"])
    func aTinyPipelineTargetIsRefusedByCheck(_ target: String) throws {
        let workspace = try Self.workspace(pipelineTarget: target)
        let loaded = workspace.load()
        #expect(loaded.config.pipelineTarget == nil)
        #expect(workspace.check().diagnostics.coded("out-of-range").map(\.location.path) == ["scrumsell.yml"])
    }

    @Test(arguments: ["1e-12", "0"])
    func aTinyMeasureTargetIsRefusedByCheck(_ target: String) throws {
        let workspace = try Self.workspace(pipelineTarget: "500000", measureTarget: target)
        #expect(workspace.load().objectives.first?.measures.isEmpty == true)
        #expect(workspace.check().diagnostics.coded("out-of-range").map(\.location.path) == ["objectives/grow.md"])
    }

    @Test(arguments: ["1e-300", "1e-11", "1e-10"])
    func reportAndBuildEndWithoutATrap(_ target: String) throws {
        let workspace = try Self.workspace(pipelineTarget: target, measureTarget: target)
        for command in [["report"], ["build"]] {
            let run = try BoundedRun.run(command + ["-w", workspace.root.path, "--as-of", "2026-11-20"])
            #expect(run.exitedNormally, "\(command) \(target): \(run.stderr)")
            #expect(!run.stdout.contains("000,000,000%"))
        }
    }

    @Test func percentagesNoReportCanMeanAreADash() {
        for ratio in [1e300, -1e300, 1e13, .infinity, -.infinity, .nan] {
            #expect(ReportFormatter.percent(ratio) == "–", "\(ratio)")
            #expect(ReportFormatter.score(ratio * 1e3) == "–", "\(ratio)")
        }
        #expect(ReportFormatter.percent(0.87) == "87%")
        #expect(ReportFormatter.percent(0.014) == "1.4%")
        #expect(ReportFormatter.percent(1e10) == "1,000,000,000,000%")
        #expect(ReportFormatter.score(41.26) == "41.3")
    }
}
