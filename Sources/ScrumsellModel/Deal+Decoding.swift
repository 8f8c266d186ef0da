import ScrumsellBase
import ScrumsellRead

extension Deal {
    /// Builds a deal from a read document; `nil` when its front-matter could not be read.
    public static func decode(_ document: SourceDocument, diagnostics: inout [Diagnostic]) -> Deal? {
        guard let fields = document.fields else { return nil }
        let ref = DocumentRef(kind: .deal, id: document.id, path: document.path)
        var reader = FieldReader(fields, path: document.path, subject: "deal", known: knownKeys)
        let outcomeText = reader.choice("outcome", from: Outcome.allCases.map(\.rawValue))
        var stakeholders: [Stakeholder] = []
        stakeholders.reserveCapacity(reader.node("stakeholders")?.sequence?.count ?? 0)
        var stakeholderDiagnostics: [Diagnostic] = []
        for node in reader.mappingList("stakeholders", example: "[{id: maria, name: Maria Lopez, title: CFO, influence: economic}]") {
            var person = FieldReader(node, path: document.path, subject: "stakeholder", known: Stakeholder.knownKeys)
            let id = person.text("id", required: true, example: "maria") ?? ""
            stakeholders.append(Stakeholder(id: id, name: person.text("name") ?? id, title: person.text("title"),
                                            influence: person.choice("influence", from: Stakeholder.influences),
                                            rapport: person.text("rapport"), location: person.origin))
            stakeholderDiagnostics += person.diagnostics
        }
        // The fields are filled in as a plain value and boxed once at the end: a change through the
        // deal (`deal.log = …`) would go through a key path each time.
        var decoded = Fields(
            ref: ref,
            account: reader.text("account", required: true, example: "Acme Corp") ?? "",
            title: reader.text("title"),
            owner: reader.text("owner", required: true, example: "dana") ?? "",
            stage: reader.text("stage", required: true, example: "qualify") ?? "",
            value: reader.number("value", in: 0...1e15),
            currency: reader.text("currency"),
            probability: reader.number("probability", in: 0...100, example: "40"),
            decisionDate: reader.day("decision_date"),
            consequence: reader.text("consequence"),
            outcome: outcomeText.flatMap(Outcome.init(rawValue:)) ?? .open,
            closed: reader.day("closed"),
            lostTo: reader.text("lost_to"),
            lostReason: reader.text("lost_reason"),
            followUp: reader.day("follow_up"),
            campaign: reader.text("campaign"),
            objectives: reader.textList("objectives", example: "[grow-emea]").map(\.0),
            lastContact: reader.day("last_contact"),
            fit: reader.integer("fit", in: 1...5, example: "4"),
            tags: reader.textList("tags", example: "[fintech, upsell]").map(\.0),
            stakeholders: stakeholders,
            forecast: reader.choice("forecast", from: ForecastCategory.allCases.map(\.rawValue)).flatMap(ForecastCategory.init(rawValue:)),
            opened: reader.day("opened"),
            buyerObjectives: [], buyingProcess: [], delivery: [], backlog: [], nextSteps: [], exitTasks: [], contingencies: [], log: [],
            fieldLocations: reader.locations, sectionLocations: LocationTable(path: document.path, capacity: document.outline.sections.count))
        decoded.crmID = reader.text("crm_id")
        diagnostics += reader.diagnostics + stakeholderDiagnostics

        // Each format section is the first section of its name, compared without case; found in one pass.
        var sections = [OutlineSection?](repeating: nil, count: sectionNames.count)
        for section in document.outline.sections {
            // Titles are nearly always spelled as the format spells them: looked up exactly first.
            let known = sectionNames.firstIndex(of: section.title) ?? sectionNames.firstIndex { $0.caseInsensitiveEquals(section.title) }
            if let known, sections[known] == nil { sections[known] = section }
            decoded.sectionLocations.record(known.map { sectionNames[$0] } ?? section.title, line: section.line, column: section.column)
        }
        // `sectionNames` lists `DealSection.allCases` in order.
        func section(_ kind: DealSection) -> OutlineSection? { DealSection.allCases.firstIndex(of: kind).flatMap { sections[$0] } }
        func items(_ kind: DealSection) -> [Item] {
            guard let section = section(kind) else { return [] }
            let items = Item.items(from: section.entriesIncludingSubsections, section: kind.title, document: ref, diagnostics: &diagnostics)
            return section.subsections.isEmpty ? items : InternalMarking.marking(items, within: InternalMarking.internalLines(in: section))
        }
        decoded.buyingProcess = items(.buyingProcess)
        decoded.backlog = items(.backlog)
        decoded.nextSteps = items(.nextSteps)
        decoded.exitTasks = items(.exitTasks)
        decoded.buyerObjectives = section(.buyerObjectives)?.textLines(in: document.source) ?? []
        decoded.delivery = section(.delivery)?.textLines(in: document.source) ?? []
        decoded.contingencies = section(.contingencies)?.textLines(in: document.source) ?? []
        decoded.log = section(.log)?.entries.map(LogEntry.parse) ?? []
        return Deal(decoded)
    }
}

extension OutlineSection {
    /// The section's title as the format spells it, when it matches one without case.
    func canonicalName(in names: [String]) -> String {
        names.first { $0.caseInsensitiveEquals(title) } ?? title
    }

    /// The section's content as lines of text: its list entries' text when it holds a list,
    /// else its non-blank lines (paragraphs written as prose); none when it was not read.
    public func textLines(in source: SourceText?) -> [String] {
        guard isRead else { return [] }
        if !entries.isEmpty { return entries.map(\.text) }
        return prose(in: source).split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    /// The section's content as written, trimmed of blank lines around it, lines joined with `\n`;
    /// empty when it was not read.
    public func prose(in source: SourceText?) -> String {
        guard isRead, let source, contentFirstLine <= contentLastLine else { return "" }
        let lines = source.lines(contentFirstLine, min(contentLastLine, source.lineCount))
        let trimmed = lines.drop { $0.trimmingSpaces().isEmpty }.reversed().drop { $0.trimmingSpaces().isEmpty }.reversed()
        return trimmed.joined(separator: "\n")
    }
}
