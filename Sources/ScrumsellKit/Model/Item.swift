/// A unit of work: a checkbox list item of a deal, campaign or sprint, with its tokens decoded.
public struct Item: Sendable, Hashable, Codable {
    public var state: Checkbox
    /// The text after the box, tokens included, as written.
    public var text: String
    /// The text without its tokens: what a card shows.
    public var title: String
    /// `@id` owners: team members or the deal's stakeholders.
    public var owners: [String]
    public var due: Day?
    public var done: Day?
    public var sprint: String?
    public var points: Double?
    /// `#kind` tags: meeting, proposal, demo, quote, evaluation, capability, …
    public var kinds: [String]
    /// `+id` links to deals or campaigns.
    public var links: [String]
    /// `stage:id` on an exit task.
    public var stage: String?
    /// Where the item's text (its box) starts.
    public var location: SourceLocation
    /// The line of the list marker and the last line of the item's own text.
    public var markerLine: Int
    public var lastLine: Int
    /// The section heading it stands under, e.g. `Backlog`.
    public var section: String
    public var document: DocumentRef
    /// Checkbox items nested under this one.
    public var children: [Item]

    public init(state: Checkbox, text: String, title: String, owners: [String] = [], due: Day? = nil, done: Day? = nil,
                sprint: String? = nil, points: Double? = nil, kinds: [String] = [], links: [String] = [], stage: String? = nil,
                location: SourceLocation, markerLine: Int, lastLine: Int, section: String, document: DocumentRef, children: [Item] = []) {
        self.state = state
        self.text = text
        self.title = title
        self.owners = owners
        self.due = due
        self.done = done
        self.sprint = sprint
        self.points = points
        self.kinds = kinds
        self.links = links
        self.stage = stage
        self.location = location
        self.markerLine = markerLine
        self.lastLine = lastLine
        self.section = section
        self.document = document
        self.children = children
    }

    /// To do or doing.
    public var isOpen: Bool { state == .todo || state == .doing }

    /// Open and due before `day`.
    public func isOverdue(asOf day: Day) -> Bool { isOpen && (due.map { $0 < day } ?? false) }
}

extension Item {
    /// Decodes the checkbox entries of a list into items; invalid token values become diagnostics.
    static func items(from entries: [ListEntry], section: String, document: DocumentRef, diagnostics: inout [Diagnostic]) -> [Item] {
        var items: [Item] = []
        for entry in entries {
            let children = Item.items(from: entry.children, section: section, document: document, diagnostics: &diagnostics)
            guard let box = entry.checkbox else {
                items += children
                continue
            }
            var item = Item(state: box, text: entry.text, title: strippingTokens(entry.text),
                            location: SourceLocation(path: document.path, line: entry.textLine, column: entry.textColumn),
                            markerLine: entry.line, lastLine: entry.textEndLine, section: section, document: document, children: children)
            for token in entry.tokens {
                let here = SourceLocation(path: document.path, line: token.line, column: token.column)
                func date() -> Day? {
                    if let day = Day(token.value) { return day }
                    diagnostics.append(.error("invalid-date", "'\(token.kind.rawValue):\(token.value)' is not a valid date", at: here,
                                              hint: "dates are written YYYY-MM-DD, e.g. \(token.kind.rawValue):2026-12-31"))
                    return nil
                }
                switch token.kind {
                case .owner: if !item.owners.contains(token.value) { item.owners.append(token.value) }
                case .due: item.due = date() ?? item.due
                case .done: item.done = date() ?? item.done
                case .sprint: item.sprint = token.value
                case .stage: item.stage = token.value
                case .kind: item.kinds.append(token.value)
                case .link: item.links.append(token.value)
                case .points:
                    if let points = Double(token.value), points >= 0, points.isFinite {
                        item.points = points
                    } else {
                        diagnostics.append(.error("invalid-points", "'pts:\(token.value)' is not a number of points", at: here,
                                                  hint: "write the estimate as a number, e.g. pts:3"))
                    }
                }
            }
            items.append(item)
        }
        return items
    }

    /// The text with its todo.txt tokens removed and spaces collapsed.
    static func strippingTokens(_ text: String) -> String {
        // ASCII text (the common case) splits on bytes; elsewhere a space may join a combining mark into one character.
        var copy = text
        if let stripped = copy.withUTF8({ bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 && $0 != 13 }) else { return nil }
            var result = [UInt8]()
            result.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                while index < bytes.count, bytes[index] == 32 || bytes[index] == 9 { index += 1 }
                guard index < bytes.count else { break }
                let start = index
                while index < bytes.count, bytes[index] != 32, bytes[index] != 9 { index += 1 }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
                if !InlineToken.isToken(asciiWord: word) {
                    if !result.isEmpty { result.append(32) }
                    result.append(contentsOf: word)
                }
            }
            return String(decoding: result, as: UTF8.self)
        }) {
            return stripped
        }
        return text.split(whereSeparator: { $0 == " " || $0 == "\t" })
            .filter { !InlineToken.isToken($0) }
            .joined(separator: " ")
    }

    /// This item and every item nested under it, in file order.
    public var flattened: [Item] { [self] + children.flatMap(\.flattened) }
}
