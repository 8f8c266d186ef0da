import Foundation
import Testing
@testable import ScrumsellKit
@testable import ScrumsellBenchSupport

/// Reading in a scope (the weekly report's) gives exactly the full reading of what the
/// scope covers, whether the body is split by `SectionScan` or parsed whole.
struct ReadScopeTests {
    static let wanted = ReadScope.weeklyReport.dealSections!

    /// The full outline with the lists the scope leaves out removed: what a scoped read must equal.
    static func expected(_ full: MarkdownOutline) -> MarkdownOutline {
        var outline = full
        outline.preamble = []
        outline.titles = full.titles.map(withoutEntries)
        outline.sections = full.sections.map { section in
            guard !wanted.contains(where: { $0.caseInsensitiveEquals(section.title) }) else { return section }
            return withoutEntries(section)
        }
        return outline
    }

    static func withoutEntries(_ section: OutlineSection) -> OutlineSection {
        var copy = section
        copy.entries = []
        copy.isRead = false
        copy.subsections = section.subsections.map(withoutEntries)
        return copy
    }

    /// The line after the front-matter, or the first.
    static func bodyFirstLine(_ source: SourceText) -> Int {
        if case .success(let frontMatter) = FrontMatter.split(source) { return frontMatter.bodyFirstLine }
        return 1
    }

    static func compare(_ markdown: String, _ comment: Comment? = nil) {
        let source = SourceText(path: "deals/x.md", bytes: Array(markdown.utf8))
        let firstLine = bodyFirstLine(source)
        let full = OutlineReader.read(source, firstLine: firstLine).outline
        let scoped = OutlineReader.read(source, firstLine: firstLine, sections: wanted).outline
        #expect(scoped == expected(full), comment)
    }

    /// The repository: four folders up from this file.
    static let root = RepositoryPaths.root

    @Test func sampleDealsAndGeneratedDealsReadTheSame() throws {
        let folder = Self.root.appendingPathComponent("sample-workspace/deals")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        #expect(names.count >= 10)
        var scanned = 0
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let source = SourceText(path: name, bytes: Array(text.utf8))
            if SectionScan.headings(of: source, firstLine: Self.bodyFirstLine(source)) != nil { scanned += 1 }
            Self.compare(text, "\(name)")
        }
        // The sample's deals are plain: the scan, not the whole parse, must carry them.
        #expect(scanned == names.count)
        let generator = WorkspaceGenerator(dealCount: 200, seed: 3)
        for index in 0..<200 {
            let text = generator.deal(index).1
            let source = SourceText(path: "x", bytes: Array(text.utf8))
            #expect(SectionScan.headings(of: source, firstLine: Self.bodyFirstLine(source)) != nil, "generated deal \(index) is plain")
            Self.compare(text, "generated deal \(index)")
        }
    }

    @Test func sectionsLeftUnreadHaveNoText() throws {
        let text = "## Delivery\n- Guarantee report\n\nSome prose.\n## Log\n- 2026-11-01 Call\n"
        let source = SourceText(path: "x", bytes: Array(text.utf8))
        let outline = OutlineReader.read(source, sections: Self.wanted).outline
        let delivery = try #require(outline.section("Delivery"))
        #expect(!delivery.isRead && delivery.textLines(in: source).isEmpty && delivery.prose(in: source).isEmpty)
        #expect(try #require(outline.section("Log")).textLines(in: source) == ["2026-11-01 Call"])
        #expect(OutlineReader.read(source).outline.section("Delivery")?.textLines(in: source) == ["Guarantee report"])
    }

    @Test func subsectionsAndTitlesFollowTheirTopSection() {
        Self.compare("""
        - [ ] before any heading
        # Acme
        - [ ] under the title
        ### Log
        - 2026-11-01 a deeper heading first is a top section
        ## Backlog
        - [ ] not read
        ### Next steps
        - [ ] a subsection of Backlog: not read either
        ## next STEPS
        1. [ ] read, whatever the case
        #### Notes
        - [ ] read: under Next steps
        ## Log
        - 2026-11-02 read
        # Second title
        ## Buying process
        1. [x] read
        """)
    }

    @Test func bodiesTheScanDeclinesAreParsedWhole() {
        let declined = [
            "## Backlog\n```\n## Next steps\n- [ ] in a fence\n```\n## Next steps\n- [ ] real\n",
            "## Backlog\n~~~\n## Log\n~~~\n## Log\n- 2026-11-01 real\n",
            "## Backlog\n<div>\n## Next steps\n</div>\n\n## Next steps\n- [ ] real\n",
            "Next steps\n----------\n- [ ] setext\n## Log\n- 2026-11-01 x\n",
            "Next steps\n===\n- [ ] setext\n",
            "- [ ] item\n  ## Next steps\n  - [ ] in the item\n## Log\n- 2026-11-01 x\n",
            "## *Next* steps\n- [ ] emphasis in the heading\n",
            "## Next steps #\n- [ ] closing sequence\n",
            "## Next\\ steps\n- [ ] escape\n",
            "## Next &amp; steps\n- [ ] entity\n",
            "    ## Log\n- [ ] indented code\n",
        ]
        for markdown in declined {
            #expect(SectionScan.headings(of: SourceText(path: "x", bytes: Array(markdown.utf8)), firstLine: 1) == nil, "\(markdown)")
            Self.compare(markdown, "\(markdown)")
        }
        Self.compare(LosslessEditPropertyTests.tortureDeal, "torture deal")
    }

    @Test func plainBodiesAreScannedByLine() throws {
        let markdown = "# Acme & Sons — Pilot\n\n## Buying process\n1. [ ] x\n#hashtag is text\n## Next steps\r\n- [ ] y\n###### Deep\n"
        let headings = try #require(SectionScan.headings(of: SourceText(path: "x", bytes: Array(markdown.utf8)), firstLine: 1))
        #expect(headings == [
            SectionScan.Heading(line: 1, level: 1, title: "Acme & Sons — Pilot"),
            SectionScan.Heading(line: 3, level: 2, title: "Buying process"),
            SectionScan.Heading(line: 6, level: 2, title: "Next steps"),
            SectionScan.Heading(line: 8, level: 6, title: "Deep"),
        ])
        Self.compare(markdown)
    }

    /// The weekly report of a workspace read in its scope equals the one read whole.
    @Test func weeklyReportIsTheSameInItsScope() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-scope-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try WorkspaceGenerator(dealCount: 400, seed: 5).write(to: folder)
        let day = try #require(Day("2026-11-20"))
        for root in [Self.root.appendingPathComponent("sample-workspace"), folder] {
            let full = WeeklyReport.build(WorkspaceLoader.load(root: root), asOf: day)
            let scoped = WeeklyReport.build(WorkspaceLoader.load(root: root, scope: .weeklyReport), asOf: day)
            #expect(scoped == full, "\(root.lastPathComponent)")
            #expect(!full.stepsDue.isEmpty && !full.goneDark.isEmpty, "the comparison must cover steps and contacts")
        }
    }
}
