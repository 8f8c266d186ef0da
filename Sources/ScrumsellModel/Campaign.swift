import ScrumsellBase
import ScrumsellRead

/// An outreach campaign of the Scrum Selling campaign backlog.
public struct Campaign: Sendable, Codable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        case backlog, active, paused, done
    }

    public var ref: DocumentRef
    public var id: String { ref.id }
    public var path: String { ref.path }

    public var title: String
    public var status: Status
    /// 1 is the highest priority; `nil` ranks last.
    public var priority: Int?
    public var owner: String?
    public var industry: String?
    public var offering: String?
    /// Job titles the campaign targets.
    public var audience: [String]
    public var targetCompanies: [String]
    public var differentiator: String?
    public var emailPitch: String?
    public var voicemailPitch: String?
    public var backlog: [Item]
    public var learnings: [String]

    public var fieldLocations: LocationTable
    public var sectionLocations: LocationTable

    public static let knownKeys = ["title", "status", "priority", "owner", "industry", "offering", "audience", "target_companies", "differentiator"]
    public static let sectionNames = ["Email pitch", "Voicemail pitch", "Backlog", "Learnings"]

    public func location(of field: String) -> SourceLocation {
        fieldLocations[field] ?? SourceLocation(path: path, line: 1, column: 1)
    }

    public var allItems: [Item] { backlog.flatMap(\.flattened) }

    package init(ref: DocumentRef, title: String, status: Status, priority: Int? = nil, owner: String? = nil, industry: String? = nil, offering: String? = nil, audience: [String], targetCompanies: [String], differentiator: String? = nil, emailPitch: String? = nil, voicemailPitch: String? = nil, backlog: [Item], learnings: [String], fieldLocations: LocationTable, sectionLocations: LocationTable) {
        self.ref = ref
        self.title = title
        self.status = status
        self.priority = priority
        self.owner = owner
        self.industry = industry
        self.offering = offering
        self.audience = audience
        self.targetCompanies = targetCompanies
        self.differentiator = differentiator
        self.emailPitch = emailPitch
        self.voicemailPitch = voicemailPitch
        self.backlog = backlog
        self.learnings = learnings
        self.fieldLocations = fieldLocations
        self.sectionLocations = sectionLocations
    }
}

extension Campaign {
    /// Builds a campaign from a read document; `nil` when its front-matter could not be read.
    public static func decode(_ document: SourceDocument, diagnostics: inout [Diagnostic]) -> Campaign? {
        guard let fields = document.fields else { return nil }
        let ref = DocumentRef(kind: .campaign, id: document.id, path: document.path)
        var reader = FieldReader(fields, path: document.path, subject: "campaign", known: knownKeys)
        var campaign = Campaign(
            ref: ref,
            title: reader.text("title") ?? document.id,
            status: reader.choice("status", from: Status.allCases.map(\.rawValue)).flatMap(Status.init(rawValue:)) ?? .backlog,
            priority: reader.integer("priority", example: "1"),
            owner: reader.text("owner"),
            industry: reader.text("industry"),
            offering: reader.text("offering"),
            audience: reader.textList("audience", example: "[CFO, Finance Director]").map(\.0),
            targetCompanies: reader.textList("target_companies", example: "[Acme Corp, Globex]").map(\.0),
            differentiator: reader.text("differentiator"),
            emailPitch: nil, voicemailPitch: nil, backlog: [], learnings: [],
            fieldLocations: reader.locations, sectionLocations: LocationTable(path: document.path, capacity: document.outline.sections.count))
        diagnostics += reader.diagnostics
        let outline = document.outline
        for section in outline.sections {
            campaign.sectionLocations[section.canonicalName(in: sectionNames)] = SourceLocation(path: document.path, line: section.line, column: section.column)
        }
        campaign.emailPitch = outline.section("Email pitch")?.prose(in: document.source).nilIfEmpty
        campaign.voicemailPitch = outline.section("Voicemail pitch")?.prose(in: document.source).nilIfEmpty
        if let backlog = outline.section("Backlog") {
            campaign.backlog = Item.items(from: backlog.entriesIncludingSubsections, section: "Backlog", document: ref, diagnostics: &diagnostics)
        }
        campaign.learnings = outline.section("Learnings")?.textLines(in: document.source) ?? []
        return campaign
    }
}

extension String {
    package var nilIfEmpty: String? { trimmingSpaces().isEmpty ? nil : self }
}
