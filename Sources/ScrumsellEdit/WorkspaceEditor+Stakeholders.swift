import ScrumsellBase
import ScrumsellRead
import ScrumsellModel

extension WorkspaceEditor {
    /// What `stakeholder set` changes: `nil` leaves a field as it is.
    public struct StakeholderChange: Sendable, Equatable {
        public var title: String?
        public var influence: String?
        public var rapport: String?

        public init(title: String? = nil, influence: String? = nil, rapport: String? = nil) {
            self.title = title
            self.influence = influence
            self.rapport = rapport
        }

        /// The keys to write, in the order a stakeholder's mapping lists them.
        var values: [(key: String, value: String)] {
            [("title", title), ("influence", influence), ("rapport", rapport)].compactMap { pair in pair.1.map { (pair.0, $0) } }
        }
    }

    /// `stakeholder add DEAL ID --name N …`: adds `{id: ID, name: N, title: …, influence: …, rapport: …}`
    /// to the deal's `stakeholders:` list (written like the list's other elements; the key is
    /// added when the deal has none). Refuses an id the deal already has or one that is not a
    /// slug, and an influence other than economic, user, technical or coach.
    public func addStakeholder(_ reference: String, id: String, name: String, title: String? = nil, influence: String? = nil,
                               rapport: String? = nil) throws -> EditResult {
        let document = try self.document(reference, kinds: [.deal])
        try document.requireNoReadingErrors(for: "a stakeholder is added")
        let deal = try self.deal(document)
        let id = try Self.requireStakeholderID(id)
        if deal.stakeholder(id) != nil {
            throw EditRefusal("\(document.path): the deal already has a stakeholder '\(id)'; change them with 'scrumsell stakeholder set'")
        }
        if workspace.config.member(id) != nil {
            throw EditRefusal("'\(id)' is a team member's id: an @\(id) on an item would name both; choose another id")
        }
        var pairs = [("id", id), ("name", try Self.requireOneLine(name, what: "name"))]
        pairs += try StakeholderChange(title: title, influence: influence, rapport: rapport).values.map { ($0.key, try Self.stakeholderValue($0.key, $0.value)) }
        let element = "{" + pairs.map { "\($0.0): \(YAMLScalar.text($0.1, inFlow: true))" }.joined(separator: ", ") + "}"
        let frontMatter = try FrontMatterEditor(document)
        var plan = document.plan()
        plan.add(try frontMatter.append(yaml: element, toList: "stakeholders"))
        let change = try document.change(applying: plan, what: "add the stakeholder") { reread in
            Self.stakeholderNode(id, in: reread).map { node in pairs.allSatisfy { node[$0.0]?.scalar == $0.1 } } ?? false
        }
        return EditResult(changes: [change], notes: ["\(document.path): stakeholder \(id) added: \(pairs.dropFirst().map { "\($0.0) \($0.1)" }.joined(separator: ", "))"])
    }

    /// `stakeholder set DEAL ID --influence …|--rapport …|--title …`: changes one stakeholder's
    /// fields in place. A stakeholder written as a flow mapping on one line (`- {id: x, …}`) has
    /// the value replaced where it stands (or the key added before its `}`); one written as a
    /// block mapping has its key's line rewritten (or a line added under its last key).
    public func setStakeholder(_ reference: String, id: String, _ change: StakeholderChange) throws -> EditResult {
        let values = try change.values.map { ($0.key, try Self.stakeholderValue($0.key, $0.value)) }
        guard !values.isEmpty else { throw EditRefusal("nothing to change: give --title, --influence or --rapport", isUsage: true) }
        let document = try self.document(reference, kinds: [.deal])
        try document.requireNoReadingErrors(for: "a stakeholder is changed")
        let deal = try self.deal(document)
        guard let current = deal.stakeholder(id), let node = Self.stakeholderNode(id, in: document.document) else {
            throw EditRefusal("\(document.path): no stakeholder '\(id)'\(Suggestion.didYouMean(id, in: deal.stakeholders.map(\.id))); the deal's stakeholders are \(deal.stakeholders.isEmpty ? "none" : deal.stakeholders.map(\.id).joined(separator: ", "))", isUsage: true)
        }
        let old: [String: String?] = ["title": current.title, "influence": current.influence, "rapport": current.rapport]
        let changed = values.filter { old[$0.0] ?? nil != $0.1 }
        guard !changed.isEmpty else { return EditResult(notes: ["\(document.path): stakeholder \(id) already reads so"]) }
        var plan = document.plan()
        plan.add(try StakeholderLine.edits(setting: changed, in: node, source: document.source, path: document.path))
        let result = try document.change(applying: plan, what: "change the stakeholder") { reread in
            Self.stakeholderNode(id, in: reread).map { node in changed.allSatisfy { node[$0.0]?.scalar == $0.1 } } ?? false
        }
        let notes = changed.map { key, value in
            "\(document.path): stakeholder \(id): \(key): \((old[key] ?? nil).map { "\($0) → " } ?? "")\(value)"
        }
        return EditResult(changes: [result], notes: notes)
    }

    /// The stakeholder mapping with this id in a document's front-matter.
    static func stakeholderNode(_ id: String, in document: SourceDocument) -> YAMLNode? {
        document.fields?["stakeholders"]?.sequence?.first { $0["id"]?.scalar == id && $0.mapping != nil }
    }

    static func requireStakeholderID(_ id: String) throws -> String {
        let trimmed = id.trimmingSpaces()
        guard !trimmed.isEmpty, trimmed.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }) else {
            throw EditRefusal("the stakeholder id '\(id)' must be lower-case letters, digits, '-' or '_' (it is written @\(id) on items)", isUsage: true)
        }
        return trimmed
    }

    /// A value checked for its key: one line, and for `influence` one of the four.
    static func stakeholderValue(_ key: String, _ value: String) throws -> String {
        let text = try requireOneLine(value, what: key)
        if key == "influence", !Stakeholder.influences.contains(text) {
            throw EditRefusal("the influence must be \(Stakeholder.influences.joined(separator: ", ").replacingLastComma()), got '\(text)'\(Suggestion.didYouMean(text, in: Stakeholder.influences))", isUsage: true)
        }
        return text
    }
}
