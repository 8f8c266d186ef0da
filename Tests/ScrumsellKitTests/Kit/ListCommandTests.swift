import Foundation
import Testing
@testable import ScrumsellKit

/// `scrumsell deals` and `scrumsell items` through the binary: the CSV read back by Python's
/// `csv` module holds the same values as the JSON, under the same names.
@Suite("deals and items on the command line")
struct ListCommandTests {
    /// Reads the CSV on stdin with Python's `csv` module and the JSON document (argv[1]) with its
    /// `json` module, and prints what they disagree on: the header against each row's keys, and
    /// each field against its JSON value (numbers compared as numbers, lists joined with spaces,
    /// booleans `true`/`false`, null empty).
    static let compare = #"""
        import csv, json, sys
        records = list(csv.reader(sys.stdin, strict=True))
        rows = json.load(open(sys.argv[1]))[sys.argv[2]]
        header, records = records[0], records[1:]
        problems = []
        if len(records) != len(rows): problems.append("%d records, %d rows" % (len(records), len(rows)))
        def same(field, value):
            if value is None: return field == ""
            if isinstance(value, bool): return field == ("true" if value else "false")
            if isinstance(value, (int, float)): return field != "" and float(field) == value
            if isinstance(value, list): return field == " ".join(value)
            return field == value
        for record, row in zip(records, rows):
            if sorted(row.keys()) != sorted(header): problems.append("keys %s" % sorted(set(row.keys()) ^ set(header)))
            for name, field in zip(header, record):
                if not same(field, row.get(name)): problems.append("%s: %r vs %r" % (name, field, row.get(name)))
        print(json.dumps({"header": header, "records": records, "problems": problems}))
        """#

    /// The CSV's header and records as Python read them, with what disagrees with the JSON's rows under `key`.
    static func both(_ command: [String], rows key: String) throws -> (header: [String], records: [[String]], problems: [String]) {
        let csv = try CLITests.run(command + ["--format", "csv"])
        let json = try CLITests.run(command + ["--format", "json"])
        #expect(csv.status == 0 && json.status == 0, "\(csv.stderr)\(json.stderr)")
        #expect(csv.stdout.hasSuffix("\r\n"), "RFC 4180 records end in CRLF")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-list-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(json.stdout.utf8).write(to: file)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", compare, file.path, key]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        stdin.fileHandleForWriting.write(Data(csv.stdout.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "python3 failed")
        let result = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
        return (result["header"] as? [String] ?? [], result["records"] as? [[String]] ?? [], result["problems"] as? [String] ?? ["no answer"])
    }

    @Test func dealsCSVReadsBackIntoTheJSONsValues() throws {
        let result = try Self.both(["deals", "-w", "sample-workspace", "--as-of", "2026-11-20", "--outcome", "all"], rows: "deals")
        #expect(result.header == ["id", "account", "title", "owner", "owner_name", "stage", "value", "currency", "converted_value", "probability",
                                  "weighted_value", "decision_date", "days_to_decision", "last_contact", "days_silent", "open_next_steps",
                                  "buyer_next_step", "buying_step", "fit", "touches", "outcome", "closed", "flags", "path"])
        #expect(result.records.count == 12)
        #expect(result.problems == [])
        // A field with the CSV's own delimiter comes back whole.
        let bolt = try #require(result.records.first { $0[0] == "bolt-nut-industries" })
        #expect(bolt[1] == "Bolt | Nut Industries")
    }

    @Test func itemsCSVReadsBackIntoTheJSONsValues() throws {
        let result = try Self.both(["items", "-w", "sample-workspace", "--as-of", "2026-11-20"], rows: "items")
        #expect(result.header == ["location", "path", "line", "file", "deal", "account", "campaign", "title", "description", "text", "state", "owners", "side",
                                  "due", "done", "points", "sprint", "section", "kinds", "overdue"])
        #expect(result.records.count > 100)
        #expect(result.problems == [])
    }

    @Test func quotesCommasAndLineBreaksSurviveTheRoundTrip() throws {
        let workspace = try TestWorkspace(files: ["deals/acme.md": deal([("account: Acme Corp", "account: \"Acme, \\\"the\\\" Corp\""),
                                                                            ("title: Payments hub", "title: \"Two\\nlines\""),
                                                                            ("value: 100000", "value: 1234.5\ncurrency: USD")])],
                                          )
        try workspace.write("scrumsell.yml", TestWorkspace.config + "rates: {USD: 0.5}\n")
        let result = try Self.both(["deals", "-w", workspace.root.path, "--as-of", "2026-11-20"], rows: "deals")
        #expect(result.problems == [])
        let row = try #require(result.records.first)
        #expect(row[1] == "Acme, \"the\" Corp" && row[2] == "Two\nlines")
        // 1,234.50 USD at 0.5: 617.25 EUR; weighted at 25%: 154.3125.
        #expect(row[6] == "1234.5" && row[7] == "USD" && row[8] == "617.25" && row[10] == "154.3125")
    }

    @Test func optionsAreCheckedAsUsage() throws {
        let sample = ["-w", "sample-workspace", "--as-of", "2026-11-20"]
        #expect(try CLITests.run(["deals", "--sort", "size"] + sample).status == 2)
        #expect(try CLITests.run(["deals", "--outcome", "pending"] + sample).status == 2)
        #expect(try CLITests.run(["deals", "--owner", "nobody"] + sample).status == 2)
        let deal = try CLITests.run(["items", "--deal", "vandam-dairi"] + sample)
        #expect(deal.status == 2 && deal.stderr.contains("did you mean 'vandam-dairy'"))
        #expect(try CLITests.run(["items", "--sprint", "2026-s99"] + sample).status == 2)
        #expect(try CLITests.run(["items", "--due-before", "tomorrow"] + sample).status == 2)
    }

    @Test func theMarkdownListsNameTheDeals() throws {
        let run = try CLITests.run(["deals", "-w", "sample-workspace", "--as-of", "2026-11-20", "--sort", "value"])
        #expect(run.status == 0)
        let rows = run.stdout.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| deal") && !$0.hasPrefix("| **") }
        #expect(rows.count == 8)
        #expect(rows.first?.hasPrefix("| Maasvlakte Terminals (maasvlakte-terminals) | Sofia Brandt | propose | €260,000 | €182,000 |") == true)
        #expect(run.stdout.contains("| **Total** |  |  | **€1,040,000** | **€597,750** |"))
        let templates = try CLITests.run(["templates", "list", "-w", "sample-workspace"])
        #expect(templates.stdout.contains("deals.md.mustache") && templates.stdout.contains("items.md.mustache"))
    }
}
