import Testing
@testable import ScrumsellKit

/// The CSV of `deals` and `items`: RFC 4180 through CSV.swift, written in runs on all cores and
/// joined into what one writer writes.
@Suite struct CSVTextTests {
    @Test func runsJoinIntoOneDocument() {
        let records = (0..<5_001).map { ["\($0)", $0 % 2 == 0 ? "a,b" : "say \"hi\"", $0 % 3 == 0 ? "two\nlines" : ""] }
        var expected = "n,text,more\r\n"
        for record in records {
            let text = record[1].contains(",") ? "\"a,b\"" : "\"say \"\"hi\"\"\""
            let more = record[2].isEmpty ? "" : "\"two\nlines\""
            expected += "\(record[0]),\(text),\(more)\r\n"
        }
        #expect(CSVText.write(header: ["n", "text", "more"], records: records) == expected)
        #expect(CSVText.write(header: ["n"], records: []) == "n\r\n")
    }

    @Test func cellsAreWrittenPlain() {
        #expect(TableCell.number(1_040_000).csvField == "1040000")
        #expect(TableCell.number(46.4).csvField == "46.4")
        #expect(TableCell.null.csvField == "" && TableCell.flag(true).csvField == "true")
        #expect(TableCell.list(["dark", "overdue"]).csvField == "dark overdue")
    }
}
