import Foundation
import Testing
@testable import ScrumsellKit

/// `scrumsell contacts`: the stakeholders as vCard 4.0 and as CSV (read back by Python's csv module).
@Suite("scrumsell contacts")
struct ContactsCommandTests {
    static let deal = """
        ---
        account: Beta; Gamma, BV
        owner: dana
        stage: prospect
        stakeholders:
          - {id: ann, name: Ann de Wit, title: Head of Operations, influence: user, rapport: "Sails, every weekend"}
          - {id: bo, name: Bo Li}
        ---
        # Beta

        """

    static func workspace() throws -> TestWorkspace {
        try TestWorkspace(files: ["deals/acme.md": TestWorkspace.healthyDeal, "deals/beta.md": deal])
    }

    @Test func oneDealAsVCard4() throws {
        let workspace = try Self.workspace()
        let run = try CLITests.run(["contacts", "beta", "-w", workspace.root.path])
        #expect(run.status == 0)
        #expect(run.stdout == [
            "BEGIN:VCARD", "VERSION:4.0", "PRODID:-//Scrumsell//Scrumsell 0.1.0//EN", "KIND:individual", "FN:Ann de Wit", "TITLE:Head of Operations",
            "ORG:Beta\\; Gamma\\, BV", "NOTE:Influence: user. Rapport: Sails\\, every weekend. Deal: beta (deals/bet", " a.md)", "END:VCARD",
            "BEGIN:VCARD", "VERSION:4.0", "PRODID:-//Scrumsell//Scrumsell 0.1.0//EN", "KIND:individual", "FN:Bo Li",
            "ORG:Beta\\; Gamma\\, BV", "NOTE:Deal: beta (deals/beta.md)", "END:VCARD", "",
        ].joined(separator: "\r\n"))
        let unknown = try CLITests.run(["contacts", "bta", "-w", workspace.root.path])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean 'beta'"))
    }

    @Test func everyDealAsCSV() throws {
        let workspace = try Self.workspace()
        let run = try CLITests.run(["contacts", "--format", "csv", "-w", workspace.root.path, "-o", workspace.url("contacts.csv").path])
        #expect(run.status == 0)
        let rows = try PythonTool.run("""
            import csv, json, sys
            print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))
            """, arguments: [workspace.url("contacts.csv").path])
        #expect(try JSONDecoder().decode([[String]].self, from: Data(rows.utf8)) == [
            ["deal", "id", "name", "title", "organization", "influence", "rapport"],
            ["acme", "tom", "Tom Ray", "CTO", "Acme Corp", "technical", ""],
            ["acme", "maria", "Maria Lopez", "CFO", "Acme Corp", "economic", ""],
            ["beta", "ann", "Ann de Wit", "Head of Operations", "Beta; Gamma, BV", "user", "Sails, every weekend"],
            ["beta", "bo", "Bo Li", "", "Beta; Gamma, BV", "", ""],
        ])
    }
}
