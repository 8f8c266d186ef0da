import Foundation
import Testing
@testable import ScrumsellKit

/// Every Markdown report rendered by cmark-gfm (GitHub's Markdown, Debian package `cmark-gfm`, installed by
/// `scripts/setup`): each table must come out as a `<table>` with all its rows, and user text with `|` must stay in its cell.
@Suite struct MarkdownTableTests {
    /// Row counts (header included, delimiter row not) of the pipe tables of a Markdown text, in order.
    static func tableRows(inMarkdown text: String) -> [Int] {
        var tables: [Int] = []
        var current = 0
        var inFence = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inFence.toggle() }
            if !inFence, line.hasPrefix("|") {
                current += 1
            } else if current > 0 {
                tables.append(current - 1)
                current = 0
            }
        }
        if current > 0 { tables.append(current - 1) }
        return tables
    }

    /// Row counts of the `<table>`s of an HTML text, in order.
    static func tableRows(inHTML html: String) -> [Int] {
        html.components(separatedBy: "<table>").dropFirst().map { table in
            table.components(separatedBy: "</table>")[0].components(separatedBy: "<tr>").count - 1
        }
    }

    static func cmarkGFM(_ markdown: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["cmark-gfm", "-e", "table"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        // Write on another thread so a large report cannot fill both pipes.
        let writer = Thread { input.fileHandleForWriting.write(Data(markdown.utf8)); try? input.fileHandleForWriting.close() }
        writer.start()
        let html = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "cmark-gfm failed: is it installed? (scripts/setup installs it)")
        return String(decoding: html, as: UTF8.self)
    }

    /// The sample's Markdown outputs, and the same reports filtered, so that every table shape is exercised.
    static func markdownOutputs() throws -> [(String, String)] {
        var outputs = try SampleReports.outputs().filter { $0.name.hasSuffix(".md") }
        let workspace = SampleReports.workspace()
        let renderer = ReportTestWorkspace.renderer(workspace)
        let daan = ReportFilter(owner: "daan")
        outputs.append(("board --owner daan", try renderer.render(.board(SprintBoard.build(workspace, sprint: workspace.sprint("2026-s47")!, asOf: SampleReports.asOf, filter: daan)))))
        outputs.append(("report --stage propose", try renderer.render(.weekly(WeeklyReport.build(workspace, asOf: SampleReports.asOf, filter: ReportFilter(stage: "propose"))))))
        outputs.append(("retro --campaign food-plant-uptime", try renderer.render(.retrospective(RetrospectiveSummary.build(workspace, sprint: workspace.sprint("2026-s45")!, asOf: SampleReports.asOf, filter: ReportFilter(campaign: "food-plant-uptime"))))))
        outputs.append(("standup --who daan", try renderer.render(.standup(StandupAgenda.build(workspace, asOf: SampleReports.asOf, filter: daan)))))
        return outputs
    }

    @Test func everyTableBecomesAnHTMLTableWithAllItsRows() throws {
        for (name, markdown) in try Self.markdownOutputs() {
            let expected = Self.tableRows(inMarkdown: markdown)
            let html = try Self.cmarkGFM(markdown)
            #expect(Self.tableRows(inHTML: html) == expected, "\(name): the tables cmark-gfm found differ from those written")
            #expect(!html.contains("<td>Bolt </td>") && !html.contains("<td>Nut Industries</td>"), "\(name): a pipe in user text split a cell")
        }
    }

    @Test func theTablesHaveTheRowsTheStoryNeeds() throws {
        let html = try Self.cmarkGFM(try SampleReports.output("report-2026-W47.md"))
        let tables = Self.tableRows(inHTML: html)
        #expect(tables.first == 7)   // header, five stages, total
        #expect(html.contains("<td>€1,040,000</td>") || html.contains("<strong>€1,040,000</strong>"))

        for name in ["board-2026-s47.md", "retro-2026-s45.md", "standup-2026-11-20.md"] {
            let rendered = try Self.cmarkGFM(try SampleReports.output(name))
            #expect(rendered.contains("<td>Bolt | Nut Industries</td>"), "\(name): the account with a pipe is not one cell")
        }
        let board = Self.tableRows(inHTML: try Self.cmarkGFM(try SampleReports.output("board-2026-s47.md")))
        // Totals (header + 4), the burndown (header, remaining, ideal), To do 12, Doing 10, Done 4, then the five swimlanes.
        #expect(board == [5, 3, 13, 11, 5, 11, 8, 4, 4, 4])
    }

    @Test func theObsidianBoardKeepsItsCardsAsTaskItems() throws {
        let html = try Self.cmarkGFM(try SampleReports.output("board-2026-s47.obsidian.md"))
        #expect(html.components(separatedBy: "<li>").count - 1 == 26)
        #expect(html.contains("<h2>Done</h2>\n<p><strong>Complete</strong></p>"))
    }
}

/// The escaping of user text in Markdown reports, value by value.
@Suite struct MarkdownEscapingTests {
    @Test func activeCharactersUnderscoresAndLineBreaks() {
        #expect(MarkdownEscaping.escape("Bolt | Nut *Industries* [EU] <b> `x` a\\b") == "Bolt \\| Nut \\*Industries\\* \\[EU\\] \\<b\\> \\`x\\` a\\\\b")
        #expect(MarkdownEscaping.escape("snake_case _lead_ trail_") == "snake_case \\_lead\\_ trail\\_")
        #expect(MarkdownEscaping.escape("one\ntwo\r\nthree \nfour") == "one two three four")
    }

    /// Text with nothing to escape comes back as it is (the quick path), Unicode included.
    @Test func plainTextIsUnchanged() {
        for text in ["", "Acme Corp", "€1,040,000", "2026-11-20", "Zoë & Sons — Pilot (EU)", "déjà vu: 40% of losses", "👩🏽‍💼 Dana"] {
            #expect(MarkdownEscaping.escape(text) == text)
        }
    }
}
