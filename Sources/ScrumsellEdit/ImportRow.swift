import ScrumsellBase
import ScrumsellRead
import ScrumsellModel

/// One record of an export read into deal fields: every value checked against the workspace
/// (stages, owners), dates and amounts parsed. `nil` means the export does not say.
struct ImportRow: Sendable {
    var row: Int
    var crmID: String?
    var account: String
    var title: String?
    var value: Double?
    var currency: String?
    var decisionDate: Day?
    /// A stage id of the workspace; `nil` when the row's stage names an outcome only.
    var stage: String?
    var outcome: Outcome?
    var probability: Double?
    var owner: String?
    /// Its lines, in order, blank ones left out.
    var nextStep: [String] = []
    var opened: Day?
    var closed: Day?
    var lostReason: String?

    /// How a row without a `crm_id` is matched to a deal: account and title, without case.
    var matchKey: String { Self.matchKey(account: account, title: title) }

    static func matchKey(account: String, title: String?) -> String {
        account.lowercased() + "\u{1F}" + (title ?? "").lowercased()
    }
}

/// Reads the records of a table into `ImportRow`s with the column map, the stage and owner
/// maps and the date format an import settles on.
struct ImportRowReader {
    let table: CSVTable
    let config: WorkspaceConfig
    /// Deal field → column index.
    let columns: [ImportField: Int]
    let columnNames: [ImportField: String]
    let stages: [String: String]
    let owners: [String: String]
    let dateFormat: ImportDateFormat?

    struct Refusal: Error { var reason: String }

    func text(_ field: ImportField, _ record: CSVTable.Record) -> String? {
        guard let index = columns[field], index < record.fields.count else { return nil }
        let value = record.fields[index].trimmingSpaces()
        return value.isEmpty ? nil : value
    }

    /// Text that must stay on one line (an account, a title): line breaks and runs of spaces become one space.
    func oneLine(_ field: ImportField, _ record: CSVTable.Record) -> String? {
        text(field, record).map { $0.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }.flatMap { $0.isEmpty ? nil : $0 }
    }

    func read(_ record: CSVTable.Record) throws(Refusal) -> ImportRow {
        guard record.fields.count == table.header.count else {
            throw Refusal(reason: "the row has \(record.fields.count) field\(record.fields.count == 1 ? "" : "s"), the header \(table.header.count)")
        }
        let title = oneLine(.title, record), company = oneLine(.account, record)
        guard let account = company ?? title else {
            throw Refusal(reason: "no account or title (columns \(describe(.account)), \(describe(.title)))")
        }
        // A row without an account is named by its title alone, the same way on every import.
        var row = ImportRow(row: record.row, account: account, title: company == nil || title == company ? nil : title)
        row.crmID = oneLine(.crmID, record)
        if let amount = text(.value, record) {
            guard let parsed = ImportAmount.parse(amount) else { throw Refusal(reason: "bad amount '\(amount)' in \(describe(.value))") }
            row.value = parsed.value
            row.currency = parsed.currency
        }
        if let currency = oneLine(.currency, record) {
            guard currency.count <= 8, currency.allSatisfy({ $0.isLetter && $0.isASCII }) else {
                throw Refusal(reason: "bad currency '\(currency)' in \(describe(.currency)) (write a code such as EUR)")
            }
            row.currency = currency.uppercased()
        }
        row.decisionDate = try day(.decisionDate, record)
        row.opened = try day(.opened, record)
        row.closed = try day(.closed, record)
        if let stage = oneLine(.stage, record) { (row.stage, row.outcome) = try resolveStage(stage) }
        if let status = oneLine(.status, record) {
            switch status.lowercased() {
            case "open": row.outcome = row.outcome ?? .open
            case "won": row.outcome = .won
            case "lost": row.outcome = .lost
            default: throw Refusal(reason: "unknown status '\(status)' in \(describe(.status)) (open, won or lost)")
            }
        }
        if let probability = text(.probability, record) {
            let digits = probability.hasSuffix("%") ? String(probability.dropLast()).trimmingSpaces() : probability
            guard let percent = Double(digits), percent.isFinite, (0...100).contains(percent) else {
                throw Refusal(reason: "bad probability '\(probability)' in \(describe(.probability)) (0 to 100)")
            }
            row.probability = percent
        }
        if let owner = oneLine(.owner, record) { row.owner = try resolveOwner(owner) }
        if let step = text(.nextStep, record) {
            row.nextStep = step.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline)
                .map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        }
        row.lostReason = oneLine(.lostReason, record)
        return row
    }

    func describe(_ field: ImportField) -> String { columnNames[field].map { "'\($0)'" } ?? "(none mapped to \(field.rawValue))" }

    func day(_ field: ImportField, _ record: CSVTable.Record) throws(Refusal) -> Day? {
        guard let text = text(field, record) else { return nil }
        let format = ImportDateFormat.shape(of: Substring(text.prefix { $0 != " " })) ?? dateFormat
        guard let format else {
            throw Refusal(reason: "the date '\(text)' in \(describe(field)) could be MM/DD/YYYY or DD/MM/YYYY; give --date-format")
        }
        guard let day = format.day(text) else {
            throw Refusal(reason: "bad date '\(text)' in \(describe(field)) (expected \(format.rawValue))")
        }
        return day
    }

    /// A CRM stage → a workspace stage and an outcome: the stage map first, then the workspace's
    /// stage ids and names, then the CRMs' won and lost stages.
    func resolveStage(_ name: String) throws(Refusal) -> (String?, Outcome?) {
        if let target = stages[name] ?? stages.first(where: { $0.key.caseInsensitiveEquals(name) })?.value {
            if let outcome = Outcome(rawValue: target), outcome.isClosed { return (nil, outcome) }
            if target == Outcome.open.rawValue { return (nil, .open) }
            guard let stage = config.stage(target) else {
                throw Refusal(reason: "the stage map sends '\(name)' to '\(target)', which is no stage\(Suggestion.didYouMean(target, in: config.stages.map(\.id)))")
            }
            return (stage.id, .open)
        }
        if let stage = config.stages.first(where: { $0.id.caseInsensitiveEquals(name) || $0.name.caseInsensitiveEquals(name) }) {
            return (stage.id, .open)
        }
        let folded = name.lowercased().filter { $0.isLetter }
        if ["closedwon", "won"].contains(folded) { return (nil, .won) }
        if ["closedlost", "lost"].contains(folded) { return (nil, .lost) }
        let ids = config.stages.map(\.id)
        throw Refusal(reason: "unknown stage '\(name)'\(Suggestion.didYouMean(name, in: ids + config.stages.map(\.name))); map it with --stage-map \"\(name)=STAGE\" (the stages are \(ids.joined(separator: ", ")), or won, lost, no-decision)")
    }

    /// A CRM owner name → a member id: the owner map first, then member ids and names.
    func resolveOwner(_ name: String) throws(Refusal) -> String {
        if let target = owners[name] ?? owners.first(where: { $0.key.caseInsensitiveEquals(name) })?.value {
            guard config.member(target) != nil else {
                throw Refusal(reason: "the owner map sends '\(name)' to '\(target)', who is no member\(Suggestion.didYouMean(target, in: config.members.map(\.id)))")
            }
            return target
        }
        if let member = config.members.first(where: { $0.id == name || $0.name.caseInsensitiveEquals(name) }) { return member.id }
        throw Refusal(reason: "unknown owner '\(name)'\(Suggestion.didYouMean(name, in: config.members.map(\.name))); map it with --owner-map \"\(name)=MEMBER\" (the members are \(config.members.map(\.id).joined(separator: ", ")))")
    }
}
