import Foundation
import Testing
@testable import ScrumsellKit

/// The ten frictions of issue 14, each reproduced on a copy of `sample-workspace/` through the
/// `scrumsell` binary, as a new user met them. Each test failed on the main branch before the fix.
@Suite struct FrictionTests {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs `scrumsell` (or, with `shell`, a `sh -c` line where `scrumsell` is the binary) in `folder`.
    static func run(_ arguments: [String], in folder: URL, shell: Bool = false) throws -> Run {
        let process = Process()
        if shell {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", arguments.joined(separator: " ")]
            process.environment = ["PATH": CLITests.binary.deletingLastPathComponent().path + ":/usr/bin:/bin"]
        } else {
            process.executableURL = CLITests.binary
            process.arguments = arguments
        }
        process.currentDirectoryURL = folder
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self))
    }

    static let day = ["--as-of", "2026-11-20"]

    /// Friction 1: `mkdir templates && scrumsell templates show report > templates/report.md.mustache`
    /// wrote an empty file (the shell empties it before `show` reads it), and then `report` printed
    /// nothing with exit 0 while `check` was silent.
    @Test func friction1TheREADMERecipeCopiesTheTemplateAndAnEmptyOverrideIsAnError() throws {
        let workspace = try TempWorkspace.sample()
        let copied = try Self.run(["mkdir templates && scrumsell templates show report > templates/report.md.mustache"], in: workspace.root, shell: true)
        #expect(copied.status == 0)
        #expect(workspace.text("templates/report.md.mustache") == TemplateLibrary.builtIn["report.md.mustache"])

        try workspace.write("templates/report.md.mustache", "")
        let report = try Self.run(["report", "--no-history"] + Self.day, in: workspace.root)
        #expect(report.status == 0)
        #expect(report.output.hasPrefix("# Weekly report"))
        #expect(report.errors.contains("templates/report.md.mustache:1:1: error: templates/report.md.mustache is empty, so the built-in report.md.mustache is used [template-empty]"))
        let check = try Self.run(["check"] + Self.day, in: workspace.root)
        #expect(check.status == 1)
        #expect(CLITests.headlines(check.output).contains { $0.hasPrefix("templates/report.md.mustache:1:1: error:") && $0.hasSuffix("[template-empty]") })

        // An override that renders to nothing at all is a failure, not an empty report.
        try workspace.write("templates/report.md.mustache", "{{! nothing yet }}\n")
        let blank = try Self.run(["report", "--no-history"] + Self.day, in: workspace.root)
        #expect(blank.status == 1)
        #expect(blank.errors == "scrumsell: the template templates/report.md.mustache rendered nothing; 'scrumsell templates show report.md.mustache --built-in' prints the built-in one\n")
    }

    /// Friction 2: a broken deal was counted at value 0 with only a note on stderr; `build` exited 0;
    /// `check` could not be made to fail on warnings.
    @Test func friction2BrokenDealsAreLeftOutAndSaidSoBuildFailsAndCheckStrict() throws {
        let workspace = try TempWorkspace.sample()
        // The sample's check has warnings and no errors: --strict turns them into exit 1.
        #expect(try Self.run(["check"] + Self.day, in: workspace.root).status == 0)
        #expect(try Self.run(["check", "--strict"] + Self.day, in: workspace.root).status == 1)

        let path = "deals/noordzee-cold.md"
        try workspace.write(path, workspace.text(path).replacingOccurrences(of: "value: 150000", with: "value: lots"))
        let json = try Self.run(["report", "--no-history", "--format", "json"] + Self.day, in: workspace.root)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let total = try #require(((object["pipeline"] as? [String: Any])?["total"]) as? [String: Any])
        // The sample's 8 open deals hold 1,040,000; Noordzee Cold's 150,000 is left out with the deal.
        #expect(total["deals"] as? Int == 7)
        #expect(total["value"] as? Int == 890_000)
        #expect(object["unreadable_files"] as? Int == 1)
        let markdown = try Self.run(["report", "--no-history"] + Self.day, in: workspace.root)
        #expect(markdown.output.hasSuffix("\n> 1 file could not be read and is left out of this report: run `scrumsell check`.\n"))

        let build = try Self.run(["build", "--no-history"] + Self.day, in: workspace.root)
        #expect(build.status == 1)
        for page in ["report-2026-W47.md", "board-2026-s47.md", "retro-2026-s45.md"] {
            #expect(workspace.text("reports/\(page)").contains("1 file could not be read"), "\(page)")
        }
    }

    /// Friction 3: the stand-up listed an item of Eastport Grid, a deal closed on 2026-11-12 ("overdue 21
    /// days: Confirm the Eastport Grid investment committee date"); the board showed such items too.
    @Test func friction3ItemsAClosedDealLeftBehindLeaveTheStandupAndTheBoard() throws {
        let workspace = try TempWorkspace.sample()
        let standup = try Self.run(["standup"] + Self.day, in: workspace.root)
        #expect(!standup.output.contains("Confirm the Eastport Grid investment committee date"))
        #expect(standup.output.contains("Reference visit for Van Dam"))

        let added = try Self.run(["item", "add", "2026-s47", "Chase the committee minutes +eastport-grid @sofia due:2026-11-10"] + Self.day, in: workspace.root)
        #expect(added.status == 0)
        let board = try Self.run(["board"] + Self.day, in: workspace.root)
        #expect(!board.output.contains("Chase the committee minutes"))
        // Work planned after a close stays: Kade Transport's hand-over, due after it was won.
        #expect(board.output.contains("Hand-over to ServiceNet Partners"))

        let check = try Self.run(["check"] + Self.day, in: workspace.root)
        #expect(CLITests.headlines(check.output).filter { $0.hasSuffix("[deal-closed-open-item]") }.map { String($0.prefix { $0 != " " }) }
                == ["sprints/2026-s43.md:24:3:", "sprints/2026-s47.md:\(added.output.split(separator: ":")[1]):3:"])
    }

    /// Friction 4: `board -o DIR` or an unwritable `-o` printed `Error Domain=NSCocoaErrorDomain Code=512 "(null)"`.
    @Test func friction4AFailedWriteIsOnePlainLineWithThePathAndTheReason() throws {
        let workspace = try TempWorkspace.sample()
        let folder = try Self.run(["board", "-o", "reports"] + Self.day, in: workspace.root)
        #expect(folder.status == 1)
        #expect(folder.errors == "scrumsell: cannot write reports: it is a folder; name a file\n")
        let underFile = try Self.run(["board", "-o", "scrumsell.yml/board.md"] + Self.day, in: workspace.root)
        #expect(underFile.status == 1)
        #expect(underFile.errors == "scrumsell: cannot write scrumsell.yml/board.md: scrumsell.yml is a file, not a folder\n")
        #expect(!(folder.errors + underFile.errors).contains("NSCocoaErrorDomain"))
    }

    /// Friction 5: `close X lost --reason "-20% cheaper"` and `new deal X --value -5` failed with "Missing value".
    @Test func friction5ValuesThatStartWithADash() throws {
        let workspace = try TempWorkspace.sample()
        let close = try Self.run(["close", "rijnmond-haulage", "lost", "--to", "TruckWatch", "--reason", "-20% cheaper", "--dry-run"] + Self.day, in: workspace.root)
        #expect(close.status == 0)
        #expect(close.output.contains("+lost_reason: \"-20% cheaper\"\n"))
        let value = try Self.run(["new", "deal", "Acme", "--value", "-5", "--dry-run"] + Self.day, in: workspace.root)
        #expect(value.status != 0)
        #expect(!value.errors.contains("Missing value"))
        #expect(value.errors.contains("the value must be a number of zero or more"))
        // Where a value is missing, the error says how to write one that starts with '-'.
        let missing = try Self.run(["new", "deal", "Acme", "--dry-run", "--owner"], in: workspace.root)
        #expect(missing.status == 2)
        #expect(missing.errors.contains("a value that starts with '-' is written --option=VALUE"))
        // A free-text option whose value was forgotten does not swallow the next option.
        let swallowed = try Self.run(["close", "rijnmond-haulage", "lost", "--to", "--dry-run"] + Self.day, in: workspace.root)
        #expect(swallowed.status == 2)
        #expect(swallowed.errors == "scrumsell: --to has no value: '--dry-run' is an option (a value that starts with '--' is written --to=VALUE)\n")
        #expect(!workspace.text("deals/rijnmond-haulage.md").contains("lost_to"))
    }

    /// Friction 6: `touch DEAL --dry-run` on a CRLF file printed a diff `git apply --check` rejected.
    @Test func friction6DryRunDiffsOfCRLFAndBOMFilesApplyWithGit() throws {
        let git = try GitFixture.requireGit()
        let workspace = try TempWorkspace.sample()
        let path = "deals/kade-transport.md"
        let crlf = Array(workspace.text(path).replacingOccurrences(of: "\n", with: "\r\n").utf8)
        for (name, bytes) in [("CRLF", crlf), ("BOM and CRLF", [0xEF, 0xBB, 0xBF] + crlf), ("BOM", [0xEF, 0xBB, 0xBF] + Array(workspace.text(path).utf8))] {
            try workspace.write(path, bytes: bytes)
            let diff = try Self.run(["touch", "kade-transport", "Call with Annelies", "--dry-run", "--as-of", "2026-11-21"], in: workspace.root)
            #expect(diff.status == 0, "\(name)")
            try workspace.write("touch.diff", diff.output)
            let check = try Self.run(["\(git.executable.path) apply --check touch.diff"], in: workspace.root, shell: true)
            #expect(check.status == 0, "\(name): \(check.errors)")
            let applied = try Self.run(["\(git.executable.path) apply touch.diff"], in: workspace.root, shell: true)
            #expect(applied.status == 0, "\(name)")
            #expect(workspace.bytes(path).starts(with: bytes.prefix(3)))
            #expect(workspace.text(path).contains("- 2026-11-21 Call with Annelies\(name.contains("CRLF") ? "\r\n" : "\n")"), "\(name)")
        }
    }

    /// Friction 7: an item's continuation lines were glued into its card title on the board.
    @Test func friction7TheTitleIsTheFirstLineAndTheRestIsTheDescription() throws {
        let workspace = try TempWorkspace.sample()
        let path = "sprints/2026-s47.md"
        try workspace.write(path, workspace.text(path).replacingOccurrences(of: "#outreach due:2026-11-27 pts:3\n",
                                                                              with: "#outreach due:2026-11-27 pts:3\n  and log every reply in the campaign\n"))
        let board = try Self.run(["board"] + Self.day, in: workspace.root)
        #expect(board.output.contains("Email and voicemail to 120 carriers in Flanders and Limburg |"))
        #expect(!board.output.contains("and log every reply"))
        let deal = "deals/noordzee-cold.md"
        try workspace.write(deal, workspace.text(deal).replacingOccurrences(of: "- [x] Insurer call with Mei @sofia #meeting due:2026-10-02 done:2026-10-02 pts:2\n",
                                                                            with: "- [x] Insurer call with Mei @sofia #meeting due:2026-10-02 done:2026-10-02 pts:2\n  with the insurer's own checklist\n"))
        let show = try Self.run(["show", "noordzee-cold", "--no-history"] + Self.day, in: workspace.root)
        #expect(show.output.contains("- [x] Insurer call with Mei · Sofia Brandt · due 2026-10-02 · done 2026-10-02 · 2 pts · #meeting\n  with the insurer's own checklist\n"))
    }

    /// Friction 8: a sprint whose end is before its start showed "day -28 of -28".
    @Test func friction8ASprintEndingBeforeItStartsSaysSo() throws {
        let workspace = try TempWorkspace.sample()
        let path = "sprints/2026-s47.md"
        try workspace.write(path, workspace.text(path).replacingOccurrences(of: "end: 2026-11-29", with: "end: 2026-10-20"))
        let board = try Self.run(["board", "2026-s47"] + Self.day, in: workspace.root)
        #expect(board.output.contains("the sprint's dates are wrong: it ends 2026-10-20, before it starts 2026-11-16 (see scrumsell check)"))
        #expect(!board.output.contains("day -"))
        let check = try Self.run(["check"] + Self.day, in: workspace.root)
        #expect(check.status == 1)
        #expect(CLITests.headlines(check.output).contains { $0.hasPrefix("sprints/2026-s47.md:4:") && $0.hasSuffix("[sprint-dates]") })
    }

    /// Friction 9: an unknown `+link` in `item add` went unremarked, "unknown member 'nobody'" did not list
    /// the members, and `scrumsell reprot` got no "did you mean".
    @Test func friction9LinksMembersAndMistypedCommands() throws {
        let workspace = try TempWorkspace.sample()
        let added = try Self.run(["item", "add", "kade-transport", "Send the case study +kade-transprt @sofia"] + Self.day, in: workspace.root)
        #expect(added.status == 0)
        #expect(added.output.contains("deals/kade-transport.md: note: +kade-transprt names no deal or campaign (did you mean 'kade-transport'?); `scrumsell check` will report it"))
        let log = try Self.run(["log", "Booked a demo", "--who", "nobody"] + Self.day, in: workspace.root)
        #expect(log.status == 1)
        #expect(log.errors == "scrumsell: unknown member 'nobody'; the members are sofia, daan, amira, joost, lena\n")
        let typo = try Self.run(["reprot"] + Self.day, in: workspace.root)
        #expect(typo.status == 2)
        #expect(typo.errors == "scrumsell: unknown command 'reprot' (did you mean 'report'?); 'scrumsell --help' lists the commands\n")
    }

    /// Friction 10: for an unknown owner the caret pointed at the checkbox (column 3), not at `@pat`.
    @Test func friction10TheCaretPointsAtTheUnknownToken() throws {
        let workspace = try TempWorkspace.sample()
        let path = "deals/kade-transport.md"
        try workspace.write(path, workspace.text(path).replacingOccurrences(of: "- [ ] Hand-over to ServiceNet Partners @joost", with: "- [ ] Hand-over to ServiceNet Partners @pat"))
        let check = try Self.run(["check"] + Self.day, in: workspace.root)
        // "- [ ] Hand-over to ServiceNet Partners " is 39 characters: @pat starts in column 40.
        #expect(CLITests.headlines(check.output).contains("deals/kade-transport.md:45:40: error: unknown owner 'pat' [unknown-owner]"))
        #expect(check.output.contains("\n    |                                        ^\n"))
    }
}
