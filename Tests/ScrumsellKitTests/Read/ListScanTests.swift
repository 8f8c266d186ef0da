import Foundation
import Testing
@testable import ScrumsellKit
@testable import ScrumsellBenchSupport

/// Proves the list scanner identical to cmark: wherever `ListScan` answers for a section's
/// lines, its entries (every field, children included) equal those the cmark path builds for
/// the same lines; it answers for the plain sections of generated deals and of the sample
/// workspace; and whole outlines, reports and `check` are the same read either way.
struct ListScanTests {
    /// Compares the scanner with cmark on `lines`: whether it answered, and what differs when it did.
    static func compare(_ source: SourceText, lines: ClosedRange<Int>) -> (accepted: Bool, mismatch: String?) {
        guard let scanned = ListScan.entries(of: source, lines: lines) else { return (false, nil) }
        let cmark = OutlineReader.listEntriesWithCmark(source, lines: lines)
        let text = source.lines(lines.lowerBound, lines.upperBound).joined(separator: "\n")
        if !cmark.diagnostics.isEmpty {
            return (true, "the scanner accepted lines cmark warns about (\(cmark.diagnostics.map(\.message))):\n\(text)")
        }
        guard scanned == cmark.entries else {
            return (true, "the entries differ for:\n\(text)\nscan:  \(describe(scanned))\ncmark: \(describe(cmark.entries))")
        }
        return (true, nil)
    }

    /// The outline (and its diagnostics) read with and without the scanner, whole and in the weekly report's scope.
    static func outlineMismatch(_ source: SourceText, firstLine: Int) -> String? {
        for sections in [nil, ReadScope.weeklyReport.dealSections] {
            let fast = OutlineReader.read(source, firstLine: firstLine, sections: sections)
            let cmark = OutlineReader.readListsWithCmark(source, firstLine: firstLine, sections: sections)
            if fast.outline != cmark.outline || fast.diagnostics != cmark.diagnostics {
                return "the outline differs (sections \(sections ?? ["all"])) for \(source.path):\nfast:  \(fast.outline)\ncmark: \(cmark.outline)"
            }
        }
        return nil
    }

    /// A snippet taken as the content of a section: the scanner against cmark on its lines, and
    /// the outlines of the snippet alone and of a deal holding it.
    static func compareSnippet(_ content: String) -> (accepted: Bool, mismatch: String?) {
        let source = SourceText(path: "deals/x.md", text: content)
        guard source.lineCount > 0 else { return (false, nil) }
        let result = compare(source, lines: 1...source.lineCount)
        if result.mismatch != nil { return result }
        let ending = content.hasSuffix("\n") ? "" : "\n"
        let deal = "---\naccount: X\n---\n# X\n\n## Next steps\n" + content + ending + "## Log\n- 2026-11-01 x\n"
        for (text, firstLine) in [(content, 1), (deal, 4)] {
            if let mismatch = outlineMismatch(SourceText(path: "deals/x.md", text: text), firstLine: firstLine) {
                return (result.accepted, mismatch + "\nsnippet:\n\(content)")
            }
        }
        return result
    }

    static func describe(_ entries: [ListEntry]) -> String {
        entries.map { entry in
            "{\(entry.line):\(entry.column) text \(entry.textLine):\(entry.textColumn)-\(entry.textEndLine) end \(entry.endLine) "
                + "#\(entry.ordinal.map(String.init) ?? "-") \(entry.checkbox?.marker ?? "") \"\(entry.text)\" "
                + "\(entry.tokens.map { "\($0.kind.rawValue)=\($0.value)@\($0.line):\($0.column)" }) [\(describe(entry.children))]}"
        }.joined(separator: ", ")
    }

    /// The body's content ranges: before the first heading, and under each heading.
    static func contentRanges(_ source: SourceText, firstLine: Int) -> [ClosedRange<Int>]? {
        guard let headings = SectionScan.headings(of: source, firstLine: firstLine) else { return nil }
        var ranges: [ClosedRange<Int>] = []
        let firstHeading = headings.first?.line ?? source.lineCount + 1
        if firstLine < firstHeading { ranges.append(firstLine...(firstHeading - 1)) }
        for (index, heading) in headings.enumerated() {
            let end = index + 1 < headings.count ? headings[index + 1].line - 1 : source.lineCount
            if heading.line < end { ranges.append((heading.line + 1)...end) }
        }
        return ranges
    }

    static let root = RepositoryPaths.root

    // MARK: - Hand-written snippets

    @Test func plainListsAreScannedExactly() {
        let plain = [
            "- a\n- b\n",
            "- [ ] Call @dana due:2026-11-30\n- [x] Done done:2026-11-01\n- [/] doing\n- [-] dropped\n- [X] upper\n",
            "1. [x] Reference call done:2026-09-30\n2. [ ] Decide @raj due:2026-12-01\n3. [ ] x\n",
            "1. a\n1. b\n1. c\n",
            "7. seven\n3. eight\n9) a new list at nine\n1) ten\n",
            "- a\n* new list\n+ another\n- and another\n",
            "- a\n\n- b\n\n\n",
            "\n\n- a\n- b",
            "- a\n  - b\n    - c\n  - d\n- e\n",
            "- a\n  1. one\n  2. two\n- b\n\n  2. after a blank line\n",
            "10. ten\n    - nested under ten\n11. eleven\n",
            "1.  two spaces\n    - nested at the text\n2.   three\n3.    four\n",
            "-  two spaces\n   - nested\n",
            "- [ ]\n- [x]\n- [ ] \n",
            "- Café über 🚀 e\u{301} @dana\n  - [ ] Über @leo\n",
            "- 2026-11-01 Call: 40% of losses.\n- 2026 was good\n- 3.5 million\n- 1234567890. ten digits\n",
            "- #kind tag\n- ####### seven hashes\n- `code` span\n- ``two`` ticks\n- ~tilde\n- --double\n- *bold* start\n- **strong**\n- _emph_\n- +link\n",
            "- text with trailing spaces   \n- text\twith tab\n",
            "- a\n   \n\t\n- b\n",
            "- [ ] Call @dana due:2026-11-30\r\n- [x] b\r\n\r\n",
            "- [ ] a\n  - [ ] b\n  * [ ] c\n",
            "1. a\n   2. not a list: continues a\n",
            "- a\n  2. continues a\n",
            "- &amp; entity\n- \\* escaped\n- [link](url)\n- ![image](x.png)\n",
            "- a <b>html</b> inside\n- x > y\n- a # b\n",
            "- [link](url) first\n- [a] odd box\n- [label] text\n- [x]\tafter a tab\n- [unclosed\n",
        ]
        var accepted = 0
        for snippet in plain {
            let (taken, mismatch) = Self.compareSnippet(snippet)
            #expect(mismatch == nil, "\(mismatch ?? "")")
            if taken { accepted += 1 }
        }
        #expect(accepted >= plain.count - 3, "accepted \(accepted) of \(plain.count)")
        // These are plain for certain.
        for index in [0, 1, 2, 4, 5, 6, 8, 9, 10, 11, 14, 15, 16, 19, 25] {
            #expect(Self.compareSnippet(plain[index]).accepted, "declined:\n\(plain[index])")
        }
    }

    @Test func declinesWhatCmarkReadsOtherwise() {
        let declined = [
            "- a\n  continued\n", "- a\nlazy\n", "- a\n    code\n", "Prose.\n- a\n", "- a\n\nProse.\n",
            "- # heading\n", "- > quote\n", "- <div>\n", "- ```\n  code\n  ```\n", "- ~~~\n", "- ---\n", "- * * *\n",
            "- _ _ _\n", "- - nested on the line\n", "- 1. nested\n", "- 2) nested\n", "- = x\n", "- [foo]: /url\n",
            "- [x]: /url\n", "- [link]: x\n", "-\n", "- \n", "1.\n", "-a\n", "-\ttab\n", "\t- tab indent\n",
            "-      five spaces\n", " - indented one\n", "  - indented two\n", "- a\n - b\n", "- a\n   - b\n",
            "1234567890. ten\n", "- a\u{0}b\n", "- a\rb\n", "- a\n  2. b\n", "> - quoted\n", "    - code\n",
            "- a\n  ```\n  x\n  ```\n", "- a\n\n  text in the item\n",
        ]
        for snippet in declined {
            let (accepted, mismatch) = Self.compareSnippet(snippet)
            #expect(mismatch == nil, "\(mismatch ?? "")")
            #expect(!accepted, "accepted:\n\(snippet)")
        }
    }

    @Test func deepListsAreLeftToCmarkWhichWarns() {
        let level = { (depth: Int) in String(repeating: "  ", count: depth) + "- level \(depth)\n" }
        let atLimit = (0..<OutlineReader.maximumListDepth).map(level).joined()
        let (accepted, mismatch) = Self.compareSnippet(atLimit)
        #expect(accepted && mismatch == nil, "\(mismatch ?? "")")
        let tooDeep = atLimit + level(OutlineReader.maximumListDepth)
        let deep = Self.compareSnippet(tooDeep)
        #expect(!deep.accepted && deep.mismatch == nil, "\(deep.mismatch ?? "")")
        let source = SourceText(path: "x", text: "## Backlog\n" + tooDeep)
        #expect(OutlineReader.read(source).diagnostics.codes == ["list-too-deep"])
    }

    // MARK: - Generated snippets

    /// Every sequence of three lines drawn from lines that each probe one rule: the scanner
    /// agrees with cmark on all of them, and reads the plain ones.
    @Test func everyThreeLineSequence() {
        let alphabet = [
            "", "  ", "- a", "* a", "+ a", "1. a", "2. a", "1) a", "10. a", "-  a", "  - b", "  * b", "  1. b", "  2. b",
            "   - b", "    - b", "   1. b", "text", "  text", "- [ ] t", "- [x]: u", "- # h", "- > q", "---", "\t- b",
        ]
        var mismatches: [String] = []
        var accepted = 0
        for first in alphabet {
            for second in alphabet {
                for third in alphabet {
                    let source = SourceText(path: "x", text: "\(first)\n\(second)\n\(third)\n")
                    let (taken, mismatch) = Self.compare(source, lines: 1...3)
                    if let mismatch { mismatches.append(mismatch) }
                    if taken { accepted += 1 }
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches; first: \(mismatches.first ?? "")")
        #expect(accepted > 1_500, "accepted \(accepted) of \(alphabet.count * alphabet.count * alphabet.count)")
    }

    /// Thousands of random list sections: plain ones the scanner must read, and lines of every
    /// other kind mixed in, which it must decline or read exactly as cmark does.
    @Test func fuzzedSnippets() {
        var generator = ScrumsellBenchSupport.SeededGenerator(seed: 20_261_121)
        var mismatches: [String] = []
        var plainAccepted = 0, plainTotal = 0, mixedAccepted = 0
        for round in 0..<6_000 {
            let mixed = round % 2 == 1
            var snippet = ListSnippetGenerator.snippet(&generator, mixed: mixed)
            if generator.chance(0.1) { snippet = snippet.replacingOccurrences(of: "\n", with: "\r\n") }
            if generator.chance(0.2), snippet.hasSuffix("\n") { snippet.removeLast() }
            let (accepted, mismatch) = Self.compareSnippet(snippet)
            if let mismatch { mismatches.append(mismatch) }
            if mixed {
                if accepted { mixedAccepted += 1 }
            } else {
                plainTotal += 1
                if accepted { plainAccepted += 1 }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches; first: \(mismatches.first ?? "")")
        #expect(Double(plainAccepted) / Double(plainTotal) > 0.95, "accepted \(plainAccepted) of \(plainTotal) plain snippets")
        #expect(mixedAccepted > 100, "the mixed snippets should not all be declined (\(mixedAccepted))")
    }

    // MARK: - Real documents

    /// Every section of every generated document; the deals' sections are all scanned.
    @Test func generatedWorkspace() {
        let generator = WorkspaceGenerator(dealCount: 400, seed: 7)
        var documents: [(String, String)] = (0..<generator.dealCount).map(generator.deal)
        documents += (0..<generator.campaignCount).map(generator.campaign)
        documents += (0..<generator.teamCount * generator.sprintsPerTeam).map(generator.sprint)
        documents += (0..<generator.objectiveCount).map(generator.objective)
        var sections = 0, scanned = 0
        for (path, text) in documents {
            let source = SourceText(path: path, text: text)
            let firstLine = ReadScopeTests.bodyFirstLine(source)
            guard let ranges = Self.contentRanges(source, firstLine: firstLine) else {
                Issue.record("\(path): the section scan declined a generated document")
                continue
            }
            for range in ranges {
                let (accepted, mismatch) = Self.compare(source, lines: range)
                #expect(mismatch == nil, "\(path): \(mismatch ?? "")")
                sections += 1
                if accepted { scanned += 1 }
                if path.hasPrefix("deals/") { #expect(accepted, "\(path): lines \(range) declined") }
            }
            #expect(Self.outlineMismatch(source, firstLine: firstLine) == nil, "\(path)")
        }
        #expect(sections > 3_000 && Double(scanned) / Double(sections) > 0.9, "scanned \(scanned) of \(sections) sections")
    }

    /// Every Markdown file of the sample workspace and of the test fixtures: identical wherever
    /// scanned, and the sample's deals scanned throughout.
    @Test func sampleWorkspaceAndFixtures() throws {
        var files: [URL] = []
        for folder in ["sample-workspace", "Tests/ScrumsellKitTests/Fixtures"] {
            let url = Self.root.appendingPathComponent(folder)
            let names = try #require(FileManager.default.enumerator(atPath: url.path)).compactMap { $0 as? String }
            files += names.filter { $0.hasSuffix(".md") }.sorted().map { url.appendingPathComponent($0) }
        }
        #expect(files.count > 30)
        var sampleDealSections = 0
        for url in files {
            let bytes = try [UInt8](Data(contentsOf: url))
            let source = SourceText(path: url.path, bytes: bytes)
            let firstLine = ReadScopeTests.bodyFirstLine(source)
            #expect(Self.outlineMismatch(source, firstLine: firstLine) == nil, "\(url.path)")
            // Every line range, not only sections: the scanner must also decline what holds headings or prose.
            if source.lineCount > 0 {
                #expect(Self.compare(source, lines: firstLine...source.lineCount).mismatch == nil, "\(url.path)")
            }
            guard let ranges = Self.contentRanges(source, firstLine: firstLine) else { continue }
            let isSampleDeal = url.path.contains("sample-workspace/deals/")
            for range in ranges {
                let (accepted, mismatch) = Self.compare(source, lines: range)
                #expect(mismatch == nil, "\(url.lastPathComponent): \(mismatch ?? "")")
                if isSampleDeal {
                    sampleDealSections += 1
                    #expect(accepted, "\(url.lastPathComponent): lines \(range) declined")
                }
            }
        }
        #expect(sampleDealSections > 50)
    }

    /// The workspace at `root`, read in `scope` with every list parsed by cmark, then modelled.
    static func loadListsWithCmark(_ root: URL, scope: ReadScope) -> Workspace {
        var sources = WorkspaceReader.read(root: root)
        sources.documents = sources.documents.map { document in
            // A file whose bytes were refused has no source, and no outline either way.
            guard let source = document.source else { return document }
            return DocumentReader.readListsWithCmark(kind: document.kind, id: document.id, path: document.path, bytes: source.bytes, scope: scope)
        }
        return WorkspaceLoader.model(sources)
    }

    /// Reports and `check` over whole workspaces are the same with the scanner and without it.
    @Test func reportsAndCheckAreTheSame() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-listscan-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try WorkspaceGenerator(dealCount: 300, seed: 11).write(to: folder)
        let day = try #require(Day("2026-11-20"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for root in [Self.root.appendingPathComponent("sample-workspace"), folder] {
            let name = root.lastPathComponent
            let fast = WeeklyReport.build(WorkspaceLoader.load(root: root, scope: .weeklyReport), asOf: day)
            let cmark = WeeklyReport.build(Self.loadListsWithCmark(root, scope: .weeklyReport), asOf: day)
            #expect(fast == cmark, "\(name)")
            #expect(!fast.stepsDue.isEmpty && !fast.goneDark.isEmpty, "the comparison must cover steps and contacts")

            let fastWorkspace = WorkspaceLoader.load(root: root), cmarkWorkspace = Self.loadListsWithCmark(root, scope: .everything)
            let fastCheck = Checker.check(fastWorkspace, asOf: day), cmarkCheck = Checker.check(cmarkWorkspace, asOf: day)
            #expect(fastCheck.diagnostics == cmarkCheck.diagnostics && fastCheck.fileCount == cmarkCheck.fileCount, "\(name)")
            #expect(try encoder.encode(fastWorkspace.deals) == encoder.encode(cmarkWorkspace.deals), "\(name): deals")
            #expect(try encoder.encode(fastWorkspace.campaigns) == encoder.encode(cmarkWorkspace.campaigns), "\(name): campaigns")
            #expect(try encoder.encode(fastWorkspace.sprints) == encoder.encode(cmarkWorkspace.sprints), "\(name): sprints")
            #expect(try encoder.encode(fastWorkspace.objectives) == encoder.encode(cmarkWorkspace.objectives), "\(name): objectives")
        }
    }
}

/// Random list sections. Plain ones are what the scanner reads: items at valid indents with
/// any marker, box and text, blank lines between. Mixed ones draw each line from everything
/// a section may hold: odd indents and spacing, tabs, continuation and lazy lines, prose,
/// headings, quotes, fences, HTML, rules, link reference definitions, other markers.
enum ListSnippetGenerator {
    static let bullets = ["-", "*", "+"]
    static let ordered = ["1.", "2.", "1)", "3)", "10.", "007.", "123456789.", "0."]
    static let texts = [
        "[ ] Call the CFO @dana due:2026-11-30", "[x] Demo done:2026-10-08 sprint:2026-s45 pts:3", "[/] Quote #quote +acme",
        "[-] Dropped stage:qualify", "[X] upper", "[ ]", "[x]", "plain text", "2026-11-14 Lunch with the coach; 40% of losses.",
        "Café über 🚀 e\u{301} @zoë due:2026-12-01", "`code @not` @yes", "*bold* start", "#kind first", "+link first",
        "text  ", "3.5 million", "a > b", "x <y>", "&amp; entity", "\\* escaped", "[link](https://x.y) text", "--double",
        "~one tilde", "``two``", "_emph_", "####### seven",
    ]
    static let odd = [
        "# heading", "## heading", "> quote", "<div>", "<!-- c -->", "```", "~~~", "---", "***", "* * *", "_ _ _", "- nested",
        "1. nested", "2) nested", "= x", "===", "[foo]: /url", "[x]: /url", "[link] text", "[a] odd", "", "-x", "\tTab",
        "    indented code",
    ]
    static let oddLines = [
        "continued", "  continued", "   continued", "    code", "Prose line.", "# Heading", "## Sub", "> quote", "```", "~~~",
        "<div>", "</div>", "---", "===", "***", "[foo]: /url", "\t- tab", " - one", "   - three", "- ", "-", "1.", "\u{0}",
        "a\rb", "   ", "\t", "Setext", "- a\u{0}", "1234567890. x",
    ]

    static func snippet(_ g: inout ScrumsellBenchSupport.SeededGenerator, mixed: Bool) -> String {
        var lines: [String] = []
        // The text columns of the open items, outermost first.
        var columns: [Int] = []
        var previousBlank = true
        for _ in 0..<g.int(1...12) {
            if g.chance(0.15) {
                lines.append(g.pick(["", "", "  ", "\t"]))
                previousBlank = true
                continue
            }
            defer { previousBlank = false }
            if mixed, g.chance(0.2) {
                lines.append(g.pick(oddLines))
                continue
            }
            // An item at one of the open levels, or one deeper.
            let depth = g.int(0...columns.count)
            let opensList = depth > 0 && depth == columns.count
            columns.removeLast(columns.count - depth)
            let indent = depth == 0 ? 0 : columns[depth - 1]
            var marker = g.chance(0.6) ? g.pick(bullets) : g.pick(ordered)
            // Right under its parent's text, an ordered list must start at 1 (or it continues that text).
            if opensList, !previousBlank, !bullets.contains(marker) { marker = g.pick(["1.", "1)"]) }
            var spaces = g.chance(0.85) ? 1 : g.int(2...4)
            var prefix = String(repeating: " ", count: indent)
            var text = g.pick(texts)
            if mixed {
                switch g.int(0...9) {
                case 0: prefix = String(repeating: " ", count: max(0, indent + g.pick([-1, 1, 2, 3])))
                case 1: spaces = g.pick([0, 5, 6])
                case 2: text = g.pick(odd)
                case 3: prefix = String(repeating: "  ", count: g.int(0...3)) + g.pick(["\t", " \t"])
                default: break
                }
            }
            lines.append(prefix + marker + String(repeating: " ", count: spaces) + text)
            columns.append(indent + marker.utf8.count + spaces)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
