import Foundation
import Testing
@testable import ScrumsellKit

/// `--format html` on the report commands and `plan`, and `build`'s site, through the binary.
@Suite("HTML output through the command line")
struct HTMLOutputTests {
    static let sample = CLITests.packageRoot.appendingPathComponent("sample-workspace").path

    @Test(arguments: [["report"], ["board"], ["board", "2026-s47"], ["retro", "2026-s45"], ["standup"], ["plan", "vandam-dairy"]])
    func eachCommandPrintsOneCompletePage(arguments: [String]) throws {
        let history = ["report", "retro"].contains(arguments[0]) ? ["--no-history"] : []
        let run = try CLITests.run(arguments + ["--format", "html", "-w", Self.sample, "--as-of", "2026-11-20"] + history)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(run.stdout.hasSuffix("</body>\n</html>\n"))
        #expect(run.stdout.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"))
        #expect(run.stdout.components(separatedBy: "<main>").count == 2 && !run.stdout.contains("<script"))
    }

    @Test func planRefusesAnUnknownDealAndAnUnknownFormat() throws {
        let unknown = try CLITests.run(["plan", "vandam", "-w", Self.sample, "--as-of", "2026-11-20"])
        #expect(unknown.status == 2 && unknown.stderr.contains("no deal 'vandam'"))
        let format = try CLITests.run(["plan", "vandam-dairy", "--format", "json", "-w", Self.sample, "--as-of", "2026-11-20"])
        #expect(format.status == 2)
    }

    @Test func buildWritesTheSiteOnceAndLeavesItAloneAfter() throws {
        let workspace = try BrowserSiteTests.copy(of: URL(fileURLWithPath: Self.sample))
        defer { try? FileManager.default.removeItem(at: workspace) }
        let arguments = ["build", "-w", workspace.path, "--as-of", "2026-11-20", "--no-history"]
        let first = try CLITests.run(arguments)
        #expect(first.status == 0)
        #expect(first.stdout.contains("  html/: 25 created, 0 updated, 0 unchanged"))
        let index = workspace.appendingPathComponent("reports/html/index.html")
        let before = try Data(contentsOf: index)
        let modified = try FileManager.default.attributesOfItem(atPath: index.path)[.modificationDate] as? Date
        let second = try CLITests.run(arguments)
        #expect(second.stdout.contains("  html/: 0 created, 0 updated, 25 unchanged"))
        #expect(try Data(contentsOf: index) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: index.path)[.modificationDate] as? Date == modified)
        // The committed sample site is these bytes.
        let committed = CLITests.packageRoot.appendingPathComponent("sample-workspace/reports/html/index.html")
        #expect(try Data(contentsOf: committed) == before, "sample-workspace/reports/html/ is stale: run scripts/demo")
    }

    @Test func aWorkspaceOverridesAnHTMLTemplateFileByFile() throws {
        let workspace = try BrowserSiteTests.copy(of: URL(fileURLWithPath: Self.sample))
        defer { try? FileManager.default.removeItem(at: workspace) }
        let templates = workspace.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "{{! Ours. Values are escaped for HTML. }}\n<h1>Our plan for {{account}}</h1>\n".write(
            to: templates.appendingPathComponent("plan.html.mustache"), atomically: true, encoding: .utf8)
        let list = try CLITests.run(["templates", "list", "-w", workspace.path])
        let lines = list.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(lines.contains { $0.hasPrefix("plan.html.mustache ") && !$0.hasSuffix("built-in") }, "\(list.stdout)")
        #expect(lines.contains("page.html.mustache built-in") && lines.contains("plan.md.mustache built-in"))
        let run = try CLITests.run(["plan", "vandam-dairy", "--format", "html", "-w", workspace.path, "--as-of", "2026-11-20"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("<main>\n<h1>Our plan for Van Dam Dairy</h1>\n\n</main>"))
        #expect(run.stdout.hasPrefix("<!DOCTYPE html>"), "the built-in shell still wraps the page")
    }

    @Test func noHTMLLeavesTheSiteOut() throws {
        let workspace = try BrowserSiteTests.copy(of: URL(fileURLWithPath: Self.sample))
        defer { try? FileManager.default.removeItem(at: workspace) }
        let run = try CLITests.run(["build", "--no-html", "-w", workspace.path, "--as-of", "2026-11-20", "--no-history"])
        #expect(run.status == 0 && !run.stdout.contains("html"))
        #expect(!FileManager.default.fileExists(atPath: workspace.appendingPathComponent("reports/html").path))
        #expect(FileManager.default.fileExists(atPath: workspace.appendingPathComponent("reports/index.md").path))
    }
}
