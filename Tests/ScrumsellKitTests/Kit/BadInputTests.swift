import Foundation
import Testing
@testable import ScrumsellKit

/// Hostile and absurd input: nothing crashes, nothing hangs, every problem is located.
@Suite("Bad input")
struct BadInputTests {
    static let front = "---\naccount: Acme\nowner: dana\nstage: prospect\n---\n"

    /// The outline of `body` read as a deal, on a small stack, with its diagnostics.
    func read(_ body: String) -> SourceDocument {
        let text = Self.front + body
        return onSmallStack { readDocument(text) }
    }

    @Test func billionLaughsIsCutOffByTheNodeBudget() throws {
        var lines = ["---", "account: Acme", "owner: dana", "stage: prospect", "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]")
        }
        lines += ["tags: *i", "---", "# Acme"]
        let workspace = try TestWorkspace(files: ["deals/laughs.md": lines.joined(separator: "\n") + "\n", "deals/ok.md": TestWorkspace.healthyDeal])
        let report = workspace.check()
        #expect(report.diagnostics.map(\.headline) == ["deals/laughs.md:9:1: error: front-matter expands to more than 100000 values [yaml-too-large]"])
        #expect(workspace.load().deals.map(\.id) == ["ok"])
    }

    @Test func billionLaughsInAKeyIsRefusedBeforeParsing() {
        var lines = ["---", "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]")
        }
        lines += ["? [*i, *i]", ": boom", "---"]
        let document = readDocument(lines.joined(separator: "\n") + "\n")
        #expect(document.diagnostics.map { "\($0.code) \($0.location.line)" } == ["yaml-too-large 11"])
    }

    @Test func deeplyNestedYAML() {
        let blockDeep = readDocument("---\nx:\n  " + String(repeating: "- ", count: 900) + "y\n---\n")
        #expect(blockDeep.diagnostics.codes == ["yaml-too-large"])
        let flowDeep = readDocument("---\nx: " + String(repeating: "{a: ", count: 3000) + "1" + String(repeating: "}", count: 3000) + "\n---\n")
        #expect(flowDeep.diagnostics.codes == ["yaml-too-large"])
        // Indentation alone: each line one level deeper.
        let indented = readDocument("---\n" + (0..<200).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n") + " 1\n---\n")
        #expect(indented.diagnostics.codes == ["yaml-too-large"])
    }

    @Test func tenThousandNestedBlockQuotes() {
        let quotes = String(repeating: ">", count: 10_000)
        let document = read("## Backlog\n\(quotes) - [ ] hidden\n\(quotes) # Heading in a quote\n\n- [ ] visible\n")
        #expect(document.diagnostics.isEmpty)
        #expect(document.outline.sections.map(\.title) == ["Backlog"])
        #expect(document.outline.sections[0].allItems.map(\.text) == ["visible"])
    }

    @Test func tenThousandNestedListItems() {
        let bullets = read("## Backlog\n" + String(repeating: "- ", count: 10_000) + "[ ] bottom\n")
        #expect(bullets.diagnostics.codes == ["list-too-deep"])
        #expect(bullets.outline.sections[0].entries.count == 1)
        let numbers = read("## Backlog\n" + String(repeating: "1. ", count: 10_000) + "[ ] bottom\n")
        #expect(numbers.diagnostics.codes == ["list-too-deep"])
        // A thousand levels written one per line, each indented under the last.
        let lines = (0..<1_000).map { String(repeating: "  ", count: $0) + "- [ ] level \($0)" }.joined(separator: "\n")
        let indented = read("## Backlog\n" + lines + "\n")
        #expect(indented.diagnostics.codes == ["list-too-deep"])
        var deal = [Diagnostic]()
        let model = Deal.decode(indented, diagnostics: &deal)
        #expect(model?.backlog.first?.flattened.count == OutlineReader.maximumListDepth)
    }

    @Test func fiveThousandNestedEmphasisInAHeading() {
        let stars = read("## " + String(repeating: "*", count: 5_000) + "deep" + String(repeating: "*", count: 5_000) + "\n- [ ] a\n")
        #expect(stars.outline.sections.map(\.title) == ["deep"])
        let opening = (0..<5_000).map { $0 % 2 == 0 ? "*a " : "_b " }.joined()
        let closing = (0..<5_000).reversed().map { $0 % 2 == 0 ? " a*" : " b_" }.joined()
        let mixed = read("## " + opening + "core" + closing + "\n")
        #expect(mixed.outline.sections.count == 1)
        #expect(mixed.outline.sections[0].title.hasPrefix("a b a b"))
        let links = read("## " + String(repeating: "[", count: 5_000) + "x" + String(repeating: "](u)", count: 5_000) + "\n")
        #expect(links.outline.sections.count == 1)
    }

    @Test func deepInputThroughTheWholeWorkspaceOnWorkerThreads() throws {
        let workspace = try TestWorkspace(files: [
            "deals/quotes.md": Self.front + String(repeating: ">", count: 10_000) + " - [ ] x\n",
            "deals/lists.md": Self.front + "## Backlog\n" + String(repeating: "- ", count: 10_000) + "[ ] x\n",
            "deals/emphasis.md": Self.front + "## " + String(repeating: "*", count: 5_000) + "x" + String(repeating: "*", count: 5_000) + "\n",
            "deals/yaml.md": "---\nx: " + String(repeating: "[", count: 999) + String(repeating: "]", count: 999) + "\n---\n",
            "deals/yaml-block.md": "---\nx:\n  " + String(repeating: "- ", count: 999) + "y\n---\n",
        ])
        let report = onSmallStack { workspace.check() }
        #expect(report.diagnostics.map { "\($0.location.path) \($0.code)" } == ["deals/lists.md list-too-deep", "deals/yaml-block.md yaml-too-large", "deals/yaml.md yaml-too-large"])
    }

    @Test func multiMegabyteDealReadsFine() throws {
        var body = "## Backlog\n"
        var count = 0
        while body.utf8.count < 5_000_000 {
            body += "- [ ] Call the buyer about item \(count) @dana #meeting due:2026-12-\(String(format: "%02d", count % 28 + 1)) pts:\(count % 5)\n"
            count += 1
        }
        let workspace = try TestWorkspace(files: ["deals/huge.md": Self.front + body])
        let loaded = workspace.load()
        #expect(loaded.diagnostics.isEmpty)
        let deal = try #require(loaded.deal("huge"))
        #expect(deal.backlog.count == count)
        #expect(deal.backlog.last?.location.line == count + 6)
        #expect(deal.backlog.last?.points == Double((count - 1) % 5))
        #expect(Checker.check(loaded, asOf: Day("2026-11-20")!).diagnostics.isEmpty)
    }

    @Test func randomBytes() throws {
        var generator = SeededGenerator(seed: 42)
        let noise = (0..<1_000_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let withoutNUL = noise.map { $0 == 0 ? 1 : $0 }
        let workspace = try TestWorkspace(files: ["deals/ok.md": TestWorkspace.healthyDeal])
        try workspace.write("deals/noise.md", bytes: noise)
        try workspace.write("campaigns/noise.md", bytes: withoutNUL)
        try workspace.write("sprints/noise.md", bytes: [0xEF, 0xBB, 0xBF] + withoutNUL.prefix(1000))
        let report = workspace.check()
        #expect(report.diagnostics.map { "\($0.location.path) \($0.code)" } == [
            "campaigns/noise.md file-encoding", "deals/noise.md file-binary", "sprints/noise.md file-encoding",
        ])
        #expect(workspace.load().deals.map(\.id) == ["ok"])
    }

    /// Markdown and YAML soup: random text built from the constructs the reader cares about.
    @Test func randomMarkdownSoupNeverCrashesAndStaysLocated() throws {
        let fragments = ["---\n", "- ", "[ ] ", "[x] ", "[/]", "> ", "# ", "## ", "### ", "```\n", "    ", "<!-- ", " -->", "\n", "\n\n",
                         "@dana ", "due:2026-11-3", "due:2026-02-30 ", "pts:x ", "*", "_", "[", "]", "(", ")", "&a ", "*a ", ": ", "{", "}",
                         "\t", "é", "🚀", "\r\n", "===\n", "1. ", "+link ", "sprint:s1 ", "|", "<div>\n", "\u{FEFF}", "\"", "'", "? ",
                         "account: A\n", "owner: x\n", "stage: qualify\n", "outcome: lost\n", "decision_date: 2020-01-01\n", "<<<<<<< HEAD\n", "word "]
        var generator = SeededGenerator(seed: 7)
        let workspace = try TestWorkspace()
        var texts: [String: String] = [:]
        for index in 0..<200 {
            var text = index % 2 == 0 ? "---\n" : ""
            for _ in 0..<Int.random(in: 1...300, using: &generator) { text += fragments.randomElement(using: &generator)! }
            let kind = DocumentKind.allCases[index % 4]
            let path = "\(kind.folder)/soup-\(index).md"
            texts[path] = text
            try workspace.write(path, text)
        }
        let report = onSmallStack { workspace.check() }
        for diagnostic in report.diagnostics {
            let lines = SourceText(path: "", text: texts[diagnostic.location.path] ?? "").lineCount
            #expect(diagnostic.location.line >= 1 && diagnostic.location.line <= max(lines, 1), "\(diagnostic.headline)")
            #expect(diagnostic.location.column >= 1, "\(diagnostic.headline)")
            #expect(!diagnostic.message.contains("\n"), "\(diagnostic.headline)")
        }
        #expect(!DiagnosticTextRenderer.render(report).isEmpty)
        #expect(DiagnosticTextRenderer.render(report) == DiagnosticTextRenderer.render(workspace.check()))
    }

    @Test(arguments: [("---", "front-matter-unclosed"), ("---\n", "front-matter-unclosed"), ("---\n---", "front-matter-empty"),
                      ("---\n...\n", "front-matter-empty"), ("---\r\n---\r\n", "front-matter-empty"), ("...\n", "front-matter-missing"),
                      ("---\n---\n---\n", "front-matter-empty")])
    func onlyDelimiters(text: String, code: String) {
        #expect(readDocument(text).diagnostics.map { "\($0.code) \($0.location.line):\($0.location.column)" } == ["\(code) 1:1"])
    }
}
