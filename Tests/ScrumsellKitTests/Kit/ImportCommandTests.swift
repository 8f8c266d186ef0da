import Foundation
import Testing
@testable import ScrumsellKit

/// `scrumsell import` end to end on exports shaped like each CRM's: a UTF-8 BOM and CRLF with
/// quoted line breaks and US dates (Salesforce), Windows-1252 (HubSpot), UTF-16 with dotted
/// dates (Pipedrive), won and lost rows, bad rows.
@Suite("scrumsell import")
struct ImportCommandTests {
    static let salesforce = "\u{FEFF}" + [
        "Opportunity ID,Opportunity Name,Account Name,Amount,Currency,Close Date,Stage,Probability (%),Opportunity Owner,Next Step,Created Date,Type,Lead Source",
        "0065g00000AbC01,Payments hub,\"Acme, Inc.\",\"$120,000.00\",EUR,12/15/2026,Qualification,25,Dana Kim,\"Call Maria about the budget @maria\r\nthen book the demo\",10/01/2026,New Business,Web",
        "0065g00000AbC02,Fleet rollout,Beta BV,\"45,500\",EUR,11/30/2026,Closed Won,100,Leo Marsh,,09/15/2026,New Business,Partner",
        "0065g00000AbC03,Cold chain,Gamma NV,\"8,000.50\",USD,11/02/2026,Closed Lost,0,Dana Kim,,08/20/2026,Upsell,Web",
    ].joined(separator: "\r\n") + "\r\n"

    /// The test workspace, with rates for the currencies the exports carry (a deal in a currency
    /// without one is a `check` error).
    static let config = TestWorkspace.config + "rates: {USD: 0.92, GBP: 1.16}\n"

    static func workspace(config: String = Self.config) throws -> TestWorkspace {
        try TestWorkspace(config: config, files: ["deals/existing.md": TestWorkspace.healthyDeal])
    }

    static func run(_ workspace: TestWorkspace, _ arguments: [String]) throws -> CLITests.Run {
        try CLITests.run(["import"] + arguments + ["-w", workspace.root.path, "--as-of", "2026-11-20"], in: workspace.root)
    }

    static func read(_ workspace: TestWorkspace, _ path: String) throws -> String {
        try String(contentsOf: workspace.url(path), encoding: .utf8)
    }

    /// Every file of the workspace and its bytes.
    static func snapshot(_ workspace: TestWorkspace) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: workspace.root, includingPropertiesForKeys: nil)!
        for case let url as URL in enumerator where !url.hasDirectoryPath {
            files[String(url.path.dropFirst(workspace.root.path.count))] = try Data(contentsOf: url)
        }
        return files
    }

    @Test func aSalesforceExportBecomesDealsFromTheNewDealTemplate() throws {
        let workspace = try Self.workspace()
        try workspace.write("opportunities.csv", Self.salesforce)
        let run = try Self.run(workspace, ["opportunities.csv", "--from", "salesforce", "--stage-map", "Qualification=qualify"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasSuffix("import: 3 created, 0 updated, 0 unchanged, 0 refused\n"))
        #expect(try Self.read(workspace, "deals/acme-inc-payments-hub.md") == """
            ---
            account: Acme, Inc.
            title: Payments hub
            owner: dana
            stage: qualify
            value: 120000
            decision_date: 2026-12-15
            consequence:
            outcome: open
            last_contact: 2026-11-20
            stakeholders:
            crm_id: 0065g00000AbC01
            opened: 2026-10-01
            ---
            # Acme, Inc. — Payments hub

            ## Buyer objectives

            ## Buying process
            <!-- The buyer's own steps, in order: 1. [ ] Technical evaluation by IT @stakeholder due:YYYY-MM-DD -->

            ## Delivery

            ## Backlog
            <!-- Our activities: - [ ] Demo for IT @member #demo due:YYYY-MM-DD pts:2 -->

            ## Next steps
            <!-- The next two critical things we and the buyer must do, one owned by the buyer. -->

            - [ ] Call Maria about the budget `@maria`
              then book the demo

            ## Exit tasks
            - [ ] Pain confirmed stage:prospect
            - [ ] Buying process mapped stage:qualify
            - [ ] Decision date agreed stage:qualify

            ## Contingencies

            ## Log
            - 2026-11-20 Deal created

            """)
        let deals = Dictionary(uniqueKeysWithValues: workspace.load().deals.map { ($0.id, $0) })
        let won = try #require(deals["beta-bv-fleet-rollout"])
        #expect(won.outcome == .won && won.closed == Day("2026-11-30") && won.stage == "evaluate" && won.value == 45500)
        #expect(won.crmID == "0065g00000AbC02" && won.opened == Day("2026-09-15") && won.owner == "leo")
        let lost = try #require(deals["gamma-nv-cold-chain"])
        #expect(lost.outcome == .lost && lost.closed == Day("2026-11-02") && lost.currency == "USD" && lost.value == 8000.5)
        let hub = try #require(deals["acme-inc-payments-hub"])
        #expect(hub.nextSteps.count == 1 && hub.nextSteps[0].owners.isEmpty && hub.nextSteps[0].isOpen)
        // check finds no error in the imported workspace.
        #expect(workspace.check().diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    @Test func aReImportRewritesOnlyTheChangedFieldsLine() throws {
        let workspace = try Self.workspace()
        try workspace.write("opportunities.csv", Self.salesforce)
        #expect(try Self.run(workspace, ["opportunities.csv", "--from", "salesforce", "--stage-map", "Qualification=qualify"]).status == 0)
        // The user's own edits: a comment, a field of their own, a log line.
        let path = "deals/acme-inc-payments-hub.md"
        var text = try Self.read(workspace, path)
        text = text.replacingOccurrences(of: "stage: qualify\n", with: "stage: qualify  # moved after the call\nfit: 4\n")
        text = text.replacingOccurrences(of: "- 2026-11-20 Deal created\n", with: "- 2026-11-20 Deal created\n- 2026-11-20 Call with Maria\n")
        try workspace.write(path, text)
        let before = try Self.snapshot(workspace)

        // Nothing changed in the CRM: nothing is written.
        let same = try Self.run(workspace, ["opportunities.csv", "--from", "salesforce", "--stage-map", "Qualification=qualify"])
        #expect(same.status == 0)
        #expect(same.stdout == "import: 0 created, 0 updated, 3 unchanged, 0 refused\n")
        #expect(try Self.snapshot(workspace) == before)

        try workspace.write("opportunities.csv", Self.salesforce.replacingOccurrences(of: "\"$120,000.00\"", with: "\"$135,000.00\""))
        let again = try Self.run(workspace, ["opportunities.csv", "--from", "salesforce", "--stage-map", "Qualification=qualify"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == "deals/acme-inc-payments-hub.md: value: 120000 → 135000 (row 2)\nimport: 0 created, 1 updated, 2 unchanged, 0 refused\n")
        let after = try Self.read(workspace, path)
        let old = text.split(separator: "\n", omittingEmptySubsequences: false), new = after.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(old.count == new.count)
        let differing = zip(old, new).filter { $0 != $1 }
        #expect(differing.map { "\($0.0) | \($0.1)" } == ["value: 120000 | value: 135000"])
        let changed = try Self.snapshot(workspace).filter { before[$0.key] != $0.value }.map(\.key).sorted()
        #expect(changed == ["/deals/acme-inc-payments-hub.md", "/opportunities.csv"])
    }

    @Test func aDryRunPrintsTheNewFilesAndTheDiffsAndWritesNothing() throws {
        let workspace = try Self.workspace()
        try workspace.write("opportunities.csv", Self.salesforce)
        let before = try Self.snapshot(workspace)
        let run = try Self.run(workspace, ["opportunities.csv", "--from", "salesforce", "--stage-map", "Qualification=qualify", "--dry-run"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("+++ b/deals/acme-inc-payments-hub.md"))
        #expect(run.stderr.contains("import: 3 created, 0 updated, 0 unchanged, 0 refused"))
        #expect(run.stderr.contains("dry run: nothing was written"))
        #expect(try Self.snapshot(workspace) == before)
    }

    @Test func aHubSpotExportInWindows1252WithTheMapsInTheConfiguration() throws {
        let config = Self.config + """
            import:
              from: hubspot
              stages: {appointmentscheduled: prospect, "Contract sent": qualify}
              owners: {"Kim B.": kim}

            """
        let workspace = try Self.workspace(config: config)
        // Windows-1252: é is 0xE9 and € is 0x80.
        var bytes = Array("Record ID,Deal Name,Amount,Close Date,Deal Stage,Deal owner,Pipeline,Create Date,Associated Company\r\n".utf8)
        bytes += Array("9001,Espresso bars,\"".utf8) + [0x80] + Array("1.200,50\",2026-12-20,appointmentscheduled,Kim B.,Sales Pipeline,2026-10-05 14:03,Caf".utf8) + [0xE9] + Array(" Noir\r\n".utf8)
        bytes += Array("9002,Roastery,\"3,000\",2026-11-10,closedwon,Dana Kim,Sales Pipeline,2026-09-01 09:00,Bean & Co\r\n".utf8)
        try workspace.write("hubspot.csv", bytes: bytes)

        let plain = try Self.run(workspace, ["hubspot.csv"])
        #expect(plain.status == 1)
        #expect(plain.stderr.contains("hubspot.csv: line 2 is not UTF-8"), "\(plain.stderr)")

        let run = try Self.run(workspace, ["hubspot.csv", "--encoding", "windows-1252"])
        #expect(run.status == 0, "\(run.stderr)")
        let deals = Dictionary(uniqueKeysWithValues: workspace.load().deals.map { ($0.id, $0) })
        let cafe = try #require(deals["cafe-noir-espresso-bars"])
        #expect(cafe.account == "Café Noir" && cafe.value == 1200.5 && cafe.stage == "prospect" && cafe.owner == "kim")
        #expect(cafe.crmID == "9001" && cafe.opened == Day("2026-10-05") && cafe.decisionDate == Day("2026-12-20") && cafe.currency == nil)
        let roastery = try #require(deals["bean-co-roastery"])
        #expect(roastery.outcome == .won && roastery.owner == "dana" && roastery.value == 3000)
        #expect(workspace.check().diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    @Test func aPipedriveExportInUTF16WithDottedDatesAndALostDeal() throws {
        let workspace = try Self.workspace()
        let text = [
            "Deal - ID,Deal - Title,Deal - Value,Deal - Currency,Deal - Organization,Deal - Owner,Deal - Stage,Deal - Expected close date,Deal - Status,Deal - Lost reason,Deal - Deal created",
            "17,Data platform,50000,EUR,Delta GmbH,Leo Marsh,Evaluate,15.01.2027,open,,01.09.2026",
            "18,Sensors,7500,GBP,Epsilon AG,Dana Kim,Qualify,20.11.2026,lost,Price too high,02.08.2026",
        ].joined(separator: "\n") + "\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try workspace.write("pipedrive.csv", bytes: bytes)
        let run = try Self.run(workspace, ["pipedrive.csv", "--from", "pipedrive"])
        #expect(run.status == 0, "\(run.stderr)")
        let deals = Dictionary(uniqueKeysWithValues: workspace.load().deals.map { ($0.id, $0) })
        let open = try #require(deals["delta-gmbh-data-platform"])
        #expect(open.stage == "evaluate" && open.decisionDate == Day("2027-01-15") && open.opened == Day("2026-09-01") && open.crmID == "17")
        let lost = try #require(deals["epsilon-ag-sensors"])
        #expect(lost.outcome == .lost && lost.lostReason == "Price too high" && lost.currency == "GBP" && lost.closed == Day("2026-11-20"))
        #expect(workspace.check().diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    @Test func anyCSVWithColumnMaps() throws {
        let workspace = try Self.workspace()
        try workspace.write("deals.csv", "Company,Project,Worth,Phase,Rep,Due\nZeta,Upgrade,\"€ 25.000\",prospect,leo,2027-02-01\n")
        let unmapped = try Self.run(workspace, ["deals.csv", "--from", "csv"])
        #expect(unmapped.status == 1)
        #expect(unmapped.stderr.contains("no column gives the deal's account or title"))
        let run = try Self.run(workspace, ["deals.csv", "--from", "csv", "--map", "Company=account", "--map", "Project=title", "--map", "Worth=value",
                                           "--map", "Phase=stage", "--map", "Rep=owner", "--map", "Due=decision_date"])
        #expect(run.status == 0, "\(run.stderr)")
        let deal = try #require(workspace.load().deal("zeta-upgrade"))
        #expect(deal.value == 25000 && deal.stage == "prospect" && deal.owner == "leo" && deal.decisionDate == Day("2027-02-01"))
        let bad = try Self.run(workspace, ["deals.csv", "--from", "csv", "--map", "Company=acount"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("did you mean 'account'"))
    }

    @Test func aFileWithBadRowsIsRefusedWholeWithEachRowLocated() throws {
        let workspace = try Self.workspace()
        let rows = [
            "Opportunity ID,Opportunity Name,Account Name,Amount,Close Date,Stage,Opportunity Owner,Next Step",
            "A1,Good one,Good Corp,1000,12/15/2026,Prospect,Dana Kim,\"two\nlines\"",
            "A2,Bad stage,Corp Two,1000,12/15/2026,Negotiation/Review,Dana Kim,",
            "A3,Bad owner,Corp Three,1000,12/15/2026,Prospect,Pat Nobody,",
            "A4,Bad date,Corp Four,1000,12/32/2026,Prospect,Dana Kim,",
            "A5,Bad amount,Corp Five,lots,12/15/2026,Prospect,Dana Kim,",
            "A1,Duplicate,Corp Six,1000,12/15/2026,Prospect,Dana Kim,",
        ]
        try workspace.write("bad.csv", rows.joined(separator: "\n") + "\n")
        let before = try Self.snapshot(workspace)
        let run = try Self.run(workspace, ["bad.csv", "--from", "salesforce"])
        #expect(run.status == 1)
        // Row 2 holds a quoted line break: it is still one row.
        #expect(run.stderr == """
            scrumsell: bad.csv:3: unknown stage 'Negotiation/Review'; map it with --stage-map "Negotiation/Review=STAGE" (the stages are prospect, qualify, evaluate, or won, lost, no-decision)
            bad.csv:4: unknown owner 'Pat Nobody'; map it with --owner-map "Pat Nobody=MEMBER" (the members are dana, leo, kim)
            bad.csv:5: bad date '12/32/2026' in 'Close Date' (expected MM/DD/YYYY)
            bad.csv:6: bad amount 'lots' in 'Amount'
            bad.csv:7: duplicate id 'A1': row 2 has it too
            bad.csv: 5 rows refused; nothing was written (--skip-bad imports the others)

            """)
        #expect(try Self.snapshot(workspace) == before)

        let skipping = try Self.run(workspace, ["bad.csv", "--from", "salesforce", "--skip-bad"])
        #expect(skipping.status == 0)
        #expect(skipping.stdout.hasSuffix("bad.csv:7: duplicate id 'A1': row 2 has it too\nimport: 1 created, 0 updated, 0 unchanged, 5 refused\n"))
        let good = try #require(workspace.load().deal("good-corp-good-one"))
        #expect(good.nextSteps.count == 1)
    }

    @Test func anUnreadableOrEmptyFileIsRefused() throws {
        let workspace = try Self.workspace()
        let missing = try Self.run(workspace, ["nothing.csv", "--from", "salesforce"])
        #expect(missing.status == 2)
        try workspace.write("empty.csv", "")
        let empty = try Self.run(workspace, ["empty.csv", "--from", "salesforce"])
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("empty.csv: the file is empty"))
        let noSource = try Self.run(workspace, ["empty.csv"])
        #expect(noSource.status == 2)
    }
}

extension ImportCommandTests {
    @Test func checkReportsImportMapsNamingNoStageOrMember() throws {
        let workspace = try TestWorkspace(config: Self.config + """
            import:
              from: hubspot
              stages: {"Contract sent": qualfy, Dead: lost}
              owners: {"Kim B.": kimm}
              columns: {Region: region}

            """)
        let errors = workspace.check().diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code).sorted() == ["invalid-value", "unknown-member", "unknown-stage"])
        #expect(errors.contains { $0.message == "import.stages maps 'Contract sent' to 'qualfy', which is no stage (did you mean 'qualify'?)" })
    }
}

extension ImportCommandTests {
    @Test func aDealThatCannotBeReadRefusesTheImportAndADealWithoutCompanyTakesItsTitle() throws {
        let workspace = try Self.workspace()
        try workspace.write("deals/broken.md", "---\naccount: Broken Co\ntitle: Mess\nowner: dana\nstage: qualify\ncrm_id: 77\nvalue: [1\n---\n# Broken\n")
        try workspace.write("hubspot.csv", "Record ID,Deal Name,Amount,Deal Stage\n77,Mess,5000,Qualify\n78,Solo deal,100,Qualify\n")
        let before = try Self.snapshot(workspace)
        let run = try Self.run(workspace, ["hubspot.csv", "--from", "hubspot", "--skip-bad"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("scrumsell: deals/broken.md cannot be read as a deal, so no row can be matched to it; fix it first (scrumsell check); nothing was written\ndeals/broken.md:7:"), "\(run.stderr)")
        #expect(try Self.snapshot(workspace) == before)
        try FileManager.default.removeItem(at: workspace.url("deals/broken.md"))
        let skipped = try Self.run(workspace, ["hubspot.csv", "--from", "hubspot"])
        #expect(skipped.status == 0, "\(skipped.stderr)")
        let solo = try #require(workspace.load().deal("solo-deal"))
        #expect(solo.account == "Solo deal" && solo.title == nil && solo.crmID == "78" && solo.value == 100)
        // Without its id, the row still finds the deal it made.
        try workspace.write("again.csv", "Deal Name,Amount,Deal Stage\nSolo deal,150,Qualify\n")
        let again = try Self.run(workspace, ["again.csv", "--from", "hubspot"])
        #expect(again.stdout == "deals/solo-deal.md: value: 100 → 150 (row 2)\nimport: 0 created, 1 updated, 0 unchanged, 0 refused\n", "\(again.stderr)")
    }
}
