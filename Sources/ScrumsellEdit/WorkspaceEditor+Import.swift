import ScrumsellBase
import ScrumsellRead
import ScrumsellModel

extension WorkspaceEditor {
    /// `import FILE`: plans a deal per record of a CRM export. A record whose `crm_id` (or,
    /// without one, account and title) matches a deal updates that deal's changed front-matter
    /// fields in place; any other record becomes a new deal from the new-deal template, with
    /// `crm_id`, `opened` and its next step as an open item under `## Next steps`.
    ///
    /// A bad row is refused with its row number; unless `skipBad`, any refusal refuses the
    /// whole import (nothing is written). A file whose columns cannot be mapped is refused whole.
    public func importDeals(_ table: CSVTable, options: ImportOptions, render: @escaping Scaffold.Renderer) throws -> ImportPlan {
        let reader = try rowReader(table, options: options)
        // A deal that cannot be read cannot be matched: importing beside it could make it twice.
        let unread = sources.documents.filter { $0.kind == .deal && workspace.deal($0.id)?.path != $0.path }
        if !unread.isEmpty {
            throw EditRefusal("\(unread.map(\.path).joined(separator: ", ")) cannot be read as \(unread.count == 1 ? "a deal" : "deals"), so no row can be matched to \(unread.count == 1 ? "it" : "them"); fix \(unread.count == 1 ? "it" : "them") first (scrumsell check); nothing was written",
                              diagnostics: unread.flatMap { $0.diagnostics.filter { $0.severity == .error } })
        }
        var plan = ImportPlan(result: EditResult())
        var rows: [ImportRow] = []
        var seenIDs: [String: Int] = [:], seenKeys: [String: Int] = [:]
        for record in table.records {
            do {
                let row = try reader.read(record)
                if let id = row.crmID {
                    if let first = seenIDs[id] { throw ImportRowReader.Refusal(reason: "duplicate id '\(id)': row \(first) has it too") }
                    seenIDs[id] = row.row
                } else {
                    if let first = seenKeys[row.matchKey] { throw ImportRowReader.Refusal(reason: "duplicate deal '\(row.account)\(row.title.map { " — \($0)" } ?? "")' without an id: row \(first) has it too") }
                    seenKeys[row.matchKey] = row.row
                }
                rows.append(row)
            } catch let refusal as ImportRowReader.Refusal {
                plan.refused.append(ImportRowRefusal(row: record.row, reason: refusal.reason))
            }
        }

        var byCRMID: [String: Deal] = [:], byKey: [String: Deal] = [:]
        for deal in workspace.deals {
            if let id = deal.crmID, byCRMID[id] == nil { byCRMID[id] = deal }
            let key = ImportRow.matchKey(account: deal.account, title: deal.title)
            if byKey[key] == nil { byKey[key] = deal }
        }
        let documents = Dictionary(sources.documents.filter { $0.kind == .deal }.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var takenIDs = Set(sources.documents.filter { $0.kind == .deal }.map(\.id))
        var updatedPaths: [String: Int] = [:]

        // Which deal each row updates, or the id it creates, decided in file order; then each
        // file planned on all cores (rendering, reading back), in the same order.
        var tasks: [ImportTask] = []
        for row in rows {
            let existing = row.crmID.flatMap { byCRMID[$0] } ?? byKey[row.matchKey].flatMap { $0.crmID == nil || row.crmID == nil || $0.crmID == row.crmID ? $0 : nil }
            if let deal = existing {
                if let first = updatedPaths[deal.path] {
                    plan.refused.append(ImportRowRefusal(row: row.row, reason: "matches \(deal.path), which row \(first) updates too"))
                    continue
                }
                updatedPaths[deal.path] = row.row
                guard let source = documents[deal.path] else {
                    plan.refused.append(ImportRowRefusal(row: row.row, reason: "\(deal.path) could not be read"))
                    continue
                }
                tasks.append(.update(row, deal, source))
            } else {
                let id = Self.uniqueID(for: row, taken: takenIDs)
                takenIDs.insert(id)
                tasks.append(.create(row, id))
            }
        }
        let renderer = SharedRenderer(render: render)
        let planned = tasks.parallelMap { task -> ImportTask.Planned in
            do {
                switch task {
                case .update(let row, let deal, let source):
                    let (change, notes) = try updateDeal(deal, document: source, from: row)
                    return change.map { .changed($0, notes, created: false) } ?? .unchanged
                case .create(let row, let id):
                    return .changed(try newDeal(id: id, from: row, render: renderer.render), ["new file deals/\(id).md (row \(row.row))"], created: true)
                }
            } catch let refusal as EditRefusal {
                return .refused(ImportRowRefusal(row: task.row.row, reason: refusal.reason))
            } catch {
                return .refused(ImportRowRefusal(row: task.row.row, reason: "\(error)"))
            }
        }
        for outcome in planned {
            switch outcome {
            case .changed(let change, let notes, let created):
                plan.result.changes.append(change)
                plan.result.notes += notes
                if created { plan.created += 1 } else { plan.updated += 1 }
            case .unchanged: plan.unchanged += 1
            case .refused(let refusal): plan.refused.append(refusal)
            }
        }
        plan.refused.sort { $0.row < $1.row }
        if !plan.refused.isEmpty, !options.skipBad {
            let lines = plan.refusalLines(file: options.file)
            throw EditRefusal((lines + ["\(options.file): \(plan.refused.count) row\(plan.refused.count == 1 ? "" : "s") refused; nothing was written (--skip-bad imports the others)"]).joined(separator: "\n"))
        }
        return plan
    }

    /// The column map (standard columns of the CRM, then `import: columns:`, then `--map`), the
    /// stage and owner maps and the date format; refuses a file no deal can be read from.
    func rowReader(_ table: CSVTable, options: ImportOptions) throws -> ImportRowReader {
        let settings = workspace.config.importSettings
        var columns: [ImportField: Int] = [:], names: [ImportField: String] = [:]
        for (column, field) in options.source.standardColumns {
            if let index = table.column(column) { columns[field] = index; names[field] = table.header[index] }
        }
        for (column, field) in settings.columns.sorted(by: { $0.key < $1.key }) + options.columns.sorted(by: { $0.key < $1.key }) {
            guard let index = table.column(column) else {
                throw EditRefusal("\(options.file): no column '\(column)' (mapped to \(field.rawValue)); the columns are \(table.header.map { "'\($0)'" }.joined(separator: ", "))")
            }
            columns[field] = index
            names[field] = table.header[index]
        }
        guard columns[.account] != nil || columns[.title] != nil else {
            let expected = options.source.standardColumns.filter { $0.field == .account || $0.field == .title }.map { "'\($0.column)'" }
            throw EditRefusal("\(options.file): no column gives the deal's account or title"
                              + (expected.isEmpty ? "; map one with --map COLUMN=account" : " (expected \(expected.joined(separator: " or ")) in a \(options.source.displayName) export; or map one with --map COLUMN=account)")
                              + "; the columns are \(table.header.map { "'\($0)'" }.joined(separator: ", "))")
        }
        let stages = settings.stages.merging(options.stages) { _, given in given }
        let owners = settings.owners.merging(options.owners) { _, given in given }
        var format = options.dateFormat ?? settings.dateFormat
        if format == nil {
            let dateColumns = [ImportField.decisionDate, .opened, .closed].compactMap { columns[$0] }
            let texts = table.records.flatMap { record in dateColumns.compactMap { $0 < record.fields.count ? record.fields[$0] : nil } }
            let detected = ImportDateFormat.detectSlashFormat(texts)
            format = detected.format
        }
        return ImportRowReader(table: table, config: workspace.config, columns: columns, columnNames: names,
                               stages: stages, owners: owners, dateFormat: format)
    }

    /// A slug of account and title, `-2`, `-3`, … added until no deal has it.
    static func uniqueID(for row: ImportRow, taken: Set<String>) -> String {
        let name = row.title.map { $0.caseInsensitiveEquals(row.account) ? row.account : "\(row.account) \($0)" } ?? row.account
        var base = Slug.make(name)
        if base.isEmpty { base = row.crmID.map { Slug.make("deal \($0)") } ?? "deal-\(row.row)" }
        if base.count > 80 { base = String(base.prefix(80)).trimmingCharacters(in: ["-"]) }
        var id = base, number = 2
        while taken.contains(id) {
            id = "\(base)-\(number)"
            number += 1
        }
        return id
    }

    /// A new deal: the new-deal template (so it has every section) with the row's fields, then
    /// the fields the template does not name set through the front-matter editor and the next step added.
    func newDeal(id: String, from row: ImportRow, render: Scaffold.Renderer) throws -> FileChange {
        let config = workspace.config
        var options = NewDealOptions(name: id)
        options.account = row.account
        options.title = row.title.flatMap { $0 == row.account ? nil : $0 }
        options.owner = row.owner
        let outcome = row.outcome ?? .open
        // A deal imported closed stands in the last stage: how far it went is the CRM's to say.
        options.stage = row.stage ?? (outcome == .open ? nil : config.stages.last?.id)
        options.value = row.value
        options.decisionDate = row.decisionDate
        let scaffold = try newDeal(options)
        let bytes = Array(try render(scaffold.template, scaffold.context).utf8)
        let document = try EditableDocument(DocumentReader.read(kind: .deal, id: id, path: scaffold.path, bytes: bytes), root: root)
        let frontMatter = try FrontMatterEditor(document)
        var values: [(String, FrontMatterEditor.Value, String)] = []
        if let crmID = row.crmID { values.append(("crm_id", .text(crmID), crmID)) }
        if let opened = row.opened { values.append(("opened", .token("\(opened)"), "\(opened)")) }
        if let currency = row.currency, currency != config.currency.uppercased() { values.append(("currency", .token(currency), currency)) }
        if outcome == .open, let probability = row.probability, probability != config.stage(options.stage ?? "")?.probability {
            values.append(("probability", .token(probability.formattedNumber), probability.formattedNumber))
        }
        if outcome != .open {
            values.append(("outcome", .token(outcome.rawValue), outcome.rawValue))
            let closed = row.closed ?? row.decisionDate ?? asOf
            values.append(("closed", .token("\(closed)"), "\(closed)"))
        }
        if let reason = row.lostReason, outcome != .won { values.append(("lost_reason", .text(reason), reason)) }
        var plan = document.plan()
        for (key, value, _) in values { plan.add(try frontMatter.set(key, to: value)) }
        if !row.nextStep.isEmpty, outcome == .open {
            guard let section = document.outline.section(DealSection.nextSteps.title) else {
                throw EditRefusal("the new-deal template has no '## \(DealSection.nextSteps.title)' section for the next step")
            }
            plan.add(try Self.nextStepEdits(row.nextStep, into: section, source: document.source))
        }
        let expectedSteps = row.nextStep.isEmpty || outcome != .open ? 0 : 1
        let change = try document.change(applying: plan, what: "import the deal") { reread in
            guard values.allSatisfy({ FrontMatterEditor.reads(reread, key: $0.0, as: $0.2) }) else { return false }
            var diagnostics: [Diagnostic] = []
            guard let deal = Deal.decode(reread, diagnostics: &diagnostics) else { return false }
            return diagnostics.allSatisfy { $0.severity != .error } && deal.nextSteps.filter(\.isOpen).count == expectedSteps
        }
        return FileChange(path: change.path, url: change.url, original: nil, updated: change.updated)
    }

    /// The edits that add a next step as an open item: its first line after the box, the
    /// others as continuation lines indented under it. Words that would read as tokens
    /// (`@name`, `#kind`, `due:…`) are written as code, and a line that would start a block
    /// (`- `, `# `, `> `, `1.`) is escaped, so the text stays one item with no owner or date it did not have.
    static func nextStepEdits(_ lines: [String], into section: OutlineSection, source: SourceText) throws -> [TextEdit] {
        let (edits, _) = try SectionListEditor.insert(["[ ] " + inertText(lines[0])], into: section, in: source)
        guard lines.count > 1, edits.count == 1, case .insertLines(let before, var inserted) = edits[0],
              let first = inserted.last, let box = first.range(of: "[ ] ") else { return edits }
        let indent = String(repeating: " ", count: first[..<box.lowerBound].count)
        inserted += lines.dropFirst().map { indent + escapeBlockStart(inertText($0)) }
        return [.insertLines(before: before, lines: inserted)]
    }

    /// The words of `text` that would be read as item tokens, wrapped in code spans.
    static func inertText(_ text: String) -> String {
        let prefixes = ["due:", "done:", "sprint:", "pts:", "stage:"]
        return text.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            let lowered = word.lowercased()
            let isToken = word.count > 1 && (word.first == "@" || word.first == "#" || word.first == "+")
                || prefixes.contains { lowered.hasPrefix($0) }
            guard isToken else { return String(word) }
            return "`" + word.replacingOccurrences(of: "`", with: "'") + "`"
        }.joined(separator: " ")
    }

    /// A backslash before what would start a block at the beginning of a continuation line.
    static func escapeBlockStart(_ line: String) -> String {
        guard let first = line.first else { return line }
        if "#>-*+=|<`~_".contains(first) { return "\\" + line }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count < line.count {
            let after = line[line.index(line.startIndex, offsetBy: digits.count)]
            if after == "." || after == ")" { return digits + "\\" + line.dropFirst(digits.count) }
        }
        return line
    }

    /// The edits of a deal's front-matter the row changes, only where a value differs.
    func updateDeal(_ deal: Deal, document source: SourceDocument, from row: ImportRow) throws -> (FileChange?, [String]) {
        let config = workspace.config
        let document = try EditableDocument(source, root: root)
        let frontMatter = try FrontMatterEditor(document)
        var values: [(key: String, value: FrontMatterEditor.Value, shown: String)] = []
        func text(_ key: String, _ new: String?, _ old: String?) {
            if let new, new != old { values.append((key, .text(new), new)) }
        }
        func day(_ key: String, _ new: Day?, _ old: Day?) {
            if let new, new != old { values.append((key, .token("\(new)"), "\(new)")) }
        }
        text("crm_id", row.crmID, deal.crmID)
        text("account", row.account, deal.account)
        text("title", row.title.flatMap { $0 == row.account && deal.title == nil ? nil : $0 }, deal.title)
        if let value = row.value, value != deal.value { values.append(("value", .token(value.formattedNumber), value.formattedNumber)) }
        if let currency = row.currency, currency != (deal.currency ?? config.currency).uppercased() { values.append(("currency", .token(currency), currency)) }
        day("decision_date", row.decisionDate, deal.decisionDate)
        day("opened", row.opened, deal.opened)
        if let owner = row.owner, owner != deal.owner { values.append(("owner", .token(owner), owner)) }
        let outcome = row.outcome ?? deal.outcome
        if outcome == .open, let stage = row.stage, stage != deal.stage { values.append(("stage", .token(stage), stage)) }
        if outcome == .open, let probability = row.probability,
           probability != config.stage(row.stage ?? deal.stage)?.probability || deal.probability != nil, probability != deal.probability {
            values.append(("probability", .token(probability.formattedNumber), probability.formattedNumber))
        }
        if outcome != deal.outcome { values.append(("outcome", .token(outcome.rawValue), outcome.rawValue)) }
        if outcome.isClosed {
            let closed = row.closed ?? (outcome != deal.outcome ? row.decisionDate ?? asOf : nil)
            day("closed", closed, deal.closed)
        }
        if outcome != .won { text("lost_reason", row.lostReason, deal.lostReason) }
        guard !values.isEmpty else { return (nil, []) }
        try document.requireNoReadingErrors(for: "it is updated")
        var plan = document.plan()
        for value in values { plan.add(try frontMatter.set(value.key, to: value.value)) }
        let change = try document.change(applying: plan, what: "update the deal") { reread in
            values.allSatisfy { FrontMatterEditor.reads(reread, key: $0.key, as: $0.shown) }
        }
        let notes = values.map { value in
            let before = frontMatter.scalar(value.key).map { $0.isEmpty ? "" : "\($0) → " } ?? ""
            return "\(document.path): \(value.key): \(before)\(value.shown) (row \(row.row))"
        }
        return (change, notes)
    }
}

/// What an import does with one row: update a deal, or create one under an id.
enum ImportTask: Sendable {
    case update(ImportRow, Deal, SourceDocument)
    case create(ImportRow, String)

    var row: ImportRow {
        switch self {
        case .update(let row, _, _), .create(let row, _): return row
        }
    }

    /// A row's file planned, or left as it is, or refused.
    enum Planned: Sendable {
        case changed(FileChange, [String], created: Bool)
        case unchanged
        case refused(ImportRowRefusal)
    }
}

/// The template renderer, called from several threads: the CLI's renders with a `TemplateLibrary`,
/// which is `Sendable` (its caches are locked); the closure type only cannot say so.
struct SharedRenderer: @unchecked Sendable {
    let render: Scaffold.Renderer
}
