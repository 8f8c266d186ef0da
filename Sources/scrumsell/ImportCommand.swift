import ArgumentParser
import Foundation
import ScrumsellKit

/// `scrumsell import FILE --from salesforce|hubspot|pipedrive|csv`.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Create and update deals from a CRM's CSV export (Salesforce, HubSpot, Pipedrive, or any CSV).",
        discussion: "A row whose crm_id (else account and title) matches a deal updates only the fields that changed; others become new deals from the new-deal template. Any refused row refuses the import (nothing is written) unless --skip-bad. Maps also come from import: in scrumsell.yml."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var edit: EditOptions

    @Argument(help: "The CSV export.") var file: String
    @Option(help: "The CRM: salesforce, hubspot, pipedrive or csv (default: import.from in scrumsell.yml).") var from: String?
    @Option(help: ArgumentHelp("The file's encoding: utf-8, utf-16 or windows-1252 (a byte-order mark wins).", valueName: "encoding")) var encoding: String?
    @Option(name: .customLong("map"), help: ArgumentHelp("A column and the deal field it fills (repeatable).", valueName: "COLUMN=FIELD")) var map: [String] = []
    @Option(name: .customLong("stage-map"), help: ArgumentHelp("A CRM stage and the stage id (or won, lost, no-decision) it means (repeatable).", valueName: "STAGE=ID")) var stageMap: [String] = []
    @Option(name: .customLong("owner-map"), help: ArgumentHelp("A CRM owner and the member id they are (repeatable).", valueName: "NAME=ID")) var ownerMap: [String] = []
    @Option(name: .customLong("date-format"), help: ArgumentHelp("How dates are written: YYYY-MM-DD, MM/DD/YYYY, DD/MM/YYYY or DD.MM.YYYY (default: detected).", valueName: "format")) var dateFormat: String?
    @Flag(name: .customLong("skip-bad"), help: "Import the good rows even when some are refused.") var skipBad = false

    func run() throws {
        let root = try global.root()
        let day = try global.day()
        let declared = try encoding.map { name -> CSVEncoding in
            guard let found = CSVEncoding(rawValue: name.lowercased()) ?? (name.lowercased() == "utf8" ? .utf8 : name.lowercased() == "cp1252" ? .windows1252 : nil) else {
                throw CommandFailure.usage("--encoding must be utf-8, utf-16 or windows-1252, got '\(name)'")
            }
            return found
        }
        let format = try dateFormat.map { text -> ImportDateFormat in
            guard let found = ImportDateFormat(rawValue: text.uppercased()) else {
                throw CommandFailure.usage("--date-format must be \(ImportDateFormat.allCases.map(\.rawValue).joined(separator: ", ")), got '\(text)'")
            }
            return found
        }
        let columns = try Self.pairs(map, option: "--map").map { pair -> (String, ImportField) in
            guard let field = ImportField(rawValue: pair.1) else {
                let fields = ImportField.allCases.map(\.rawValue)
                throw CommandFailure.usage("--map: '\(pair.1)' is no deal field\(Suggestion.didYouMean(pair.1, in: fields)); the fields are \(fields.joined(separator: ", "))")
            }
            return (pair.0, field)
        }
        let stages = try Self.pairs(stageMap, option: "--stage-map"), owners = try Self.pairs(ownerMap, option: "--owner-map")
        try EditOutput.locked(edit, root: root) {
            let editor = WorkspaceEditor(root: root, asOf: day)
            let sourceName = from ?? editor.workspace.config.importSettings.from?.rawValue
            guard let sourceName else { throw CommandFailure.usage("name the export's CRM with --from salesforce|hubspot|pipedrive|csv (or import: from: in scrumsell.yml)") }
            guard let source = ImportSource(rawValue: sourceName.lowercased()) else {
                throw CommandFailure.usage("--from must be salesforce, hubspot, pipedrive or csv, got '\(sourceName)'")
            }
            let bytes: [UInt8]
            switch FileBytes.read(file, limit: 1 << 30) {
            case .bytes(let read): bytes = read
            default: throw CommandFailure.usage("cannot read '\(file)': no such file, or not a readable file under 1 GiB")
            }
            let table: CSVTable
            do {
                table = try CSVTable.parse(try CSVEncoding.decode(bytes, declared: declared))
            } catch let failure as CSVEncoding.Failure {
                throw CommandFailure.failed("\(file): \(failure.description); nothing was written")
            } catch let failure as CSVTable.Failure {
                throw CommandFailure.failed("\(file): \(failure.description); nothing was written")
            }
            var options = ImportOptions(file: file, source: source)
            options.columns = Dictionary(columns, uniquingKeysWith: { _, last in last })
            options.stages = Dictionary(stages, uniquingKeysWith: { _, last in last })
            options.owners = Dictionary(owners, uniquingKeysWith: { _, last in last })
            options.dateFormat = format
            options.skipBad = skipBad
            var summary: [String] = []
            try EditOutput.perform(edit, root: root) {
                let plan = try editor.importDeals(table, options: options, render: EditOutput.renderer(root: root))
                summary = plan.refusalLines(file: file) + [plan.summary]
                return plan.result
            }
            for line in summary { edit.dryRun ? EditOutput.printError(line) : print(line) }
        }
    }

    /// `KEY=VALUE` pairs, split at the last `=` (a CRM name may hold one), or bad usage.
    static func pairs(_ texts: [String], option: String) throws -> [(String, String)] {
        try texts.map { text in
            guard let equals = text.lastIndex(of: "="), equals != text.startIndex, text.index(after: equals) != text.endIndex else {
                throw CommandFailure.usage("\(option) takes NAME=VALUE, got '\(text)'")
            }
            return (String(text[..<equals]).trimmingCharacters(in: .whitespaces), String(text[text.index(after: equals)...]).trimmingCharacters(in: .whitespaces))
        }
    }
}
