import ScrumsellBase
import ScrumsellRead

/// A unit of work: a checkbox list item of a deal, campaign or sprint, with its tokens decoded.
///
/// A value type whose fields live in one shared box, copied on write, like `Deal`'s: reports
/// visit tens of thousands of items and hand each to a closure, and a copy of the box costs one
/// reference count where a copy of the fields cost nine. Fields are read and written as
/// properties of the item (`item.due`, `item.state = .done`).
@dynamicMemberLookup
public struct Item: Sendable, Hashable, Codable {
    /// What an item holds.
    public struct Fields: Sendable, Hashable {
        public var state: Checkbox
        /// The text after the box, tokens included, as written.
        public var text: String
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
        /// The section heading it stands under, e.g. `Backlog`.
        public var section: String
        public var document: DocumentRef
        /// Checkbox items nested under this one.
        public var children: [Item]

        // Positions in four bytes each: a workspace holds hundreds of thousands of items.
        var line: Int32
        var column: Int32
        var markerLine: Int32
        var lastLine: Int32
        /// The UTF-8 length of `text`'s first line when it runs on over more lines; 0 for one line.
        var firstLineLength: Int32
    }

    private var storage: CopyOnWrite<Fields>

    public subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
        get { storage.value[keyPath: field] }
        _modify { yield &storage.value[keyPath: field] }
    }

    public static func == (left: Item, right: Item) -> Bool { left.storage.sharesBox(with: right.storage) || left.storage.value == right.storage.value }
    public func hash(into hasher: inout Hasher) { hasher.combine(storage.value) }

    /// The text without its tokens: what a card shows. Derived from `text` when asked: a
    /// workspace holds many items and few of their titles are ever shown.
    public var title: String {
        let fields = storage.value
        guard fields.firstLineLength > 0 else { return Item.strippingTokens(fields.text) }
        return Item.strippingTokens(String(decoding: fields.text.utf8.prefix(Int(fields.firstLineLength)), as: UTF8.self))
    }

    /// The text of the lines after the first, without tokens: the item's description; `nil` for an item on one line.
    public var description: String? {
        let fields = storage.value
        guard fields.firstLineLength > 0 else { return nil }
        let rest = Item.strippingTokens(String(decoding: fields.text.utf8.dropFirst(Int(fields.firstLineLength)), as: UTF8.self))
        return rest.isEmpty ? nil : rest
    }
    /// Where the item's text (its box) starts.
    public var location: SourceLocation {
        SourceLocation(path: storage.value.document.path, line: Int(storage.value.line), column: Int(storage.value.column))
    }
    /// The line of the list marker and the last line of the item's own text.
    public var markerLine: Int { Int(storage.value.markerLine) }
    public var lastLine: Int { Int(storage.value.lastLine) }

    public init(state: Checkbox, text: String, owners: [String] = [], due: Day? = nil, done: Day? = nil,
                sprint: String? = nil, points: Double? = nil, kinds: [String] = [], links: [String] = [], stage: String? = nil,
                line: Int, column: Int, markerLine: Int, lastLine: Int, section: String, document: DocumentRef, children: [Item] = [],
                firstLineLength: Int = 0) {
        storage = CopyOnWrite(Fields(state: state, text: text, owners: owners, due: due, done: done, sprint: sprint, points: points, kinds: kinds,
                         links: links, stage: stage, section: section, document: document, children: children,
                         line: Int32(clamping: line), column: Int32(clamping: column),
                         markerLine: Int32(clamping: markerLine), lastLine: Int32(clamping: lastLine),
                         firstLineLength: firstLineLength > 0 && firstLineLength < text.utf8.count ? Int32(clamping: firstLineLength) : 0))
    }

    private enum CodingKeys: String, CodingKey {
        case state, text, title, description, firstLineLength, owners, due, done, sprint, points, kinds, links, stage, location, markerLine, lastLine, section, document, children
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let location = try container.decode(SourceLocation.self, forKey: .location)
        self.init(state: try container.decode(Checkbox.self, forKey: .state), text: try container.decode(String.self, forKey: .text),
                  owners: try container.decode([String].self, forKey: .owners), due: try container.decodeIfPresent(Day.self, forKey: .due),
                  done: try container.decodeIfPresent(Day.self, forKey: .done), sprint: try container.decodeIfPresent(String.self, forKey: .sprint),
                  points: try container.decodeIfPresent(Double.self, forKey: .points), kinds: try container.decode([String].self, forKey: .kinds),
                  links: try container.decode([String].self, forKey: .links), stage: try container.decodeIfPresent(String.self, forKey: .stage),
                  line: location.line, column: location.column, markerLine: try container.decode(Int.self, forKey: .markerLine),
                  lastLine: try container.decode(Int.self, forKey: .lastLine), section: try container.decode(String.self, forKey: .section),
                  document: try container.decode(DocumentRef.self, forKey: .document), children: try container.decode([Item].self, forKey: .children),
                  firstLineLength: try container.decodeIfPresent(Int.self, forKey: .firstLineLength) ?? 0)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let fields = storage.value
        try container.encode(fields.state, forKey: .state)
        try container.encode(fields.text, forKey: .text)
        try container.encode(title, forKey: .title)
        try container.encodeIfPresent(description, forKey: .description)
        if fields.firstLineLength > 0 { try container.encode(Int(fields.firstLineLength), forKey: .firstLineLength) }
        try container.encode(fields.owners, forKey: .owners)
        try container.encodeIfPresent(fields.due, forKey: .due)
        try container.encodeIfPresent(fields.done, forKey: .done)
        try container.encodeIfPresent(fields.sprint, forKey: .sprint)
        try container.encodeIfPresent(fields.points, forKey: .points)
        try container.encode(fields.kinds, forKey: .kinds)
        try container.encode(fields.links, forKey: .links)
        try container.encodeIfPresent(fields.stage, forKey: .stage)
        try container.encode(location, forKey: .location)
        try container.encode(markerLine, forKey: .markerLine)
        try container.encode(lastLine, forKey: .lastLine)
        try container.encode(fields.section, forKey: .section)
        try container.encode(fields.document, forKey: .document)
        try container.encode(fields.children, forKey: .children)
    }

    /// To do or doing.
    public var isOpen: Bool { storage.value.state == .todo || storage.value.state == .doing }

    /// Open and due before `day`.
    public func isOverdue(asOf day: Day) -> Bool { isOpen && (storage.value.due.map { $0 < day } ?? false) }
}

extension Item {
    /// Decodes the checkbox entries of a list into items; invalid token values become diagnostics.
    ///
    /// Walks the nested lists with an explicit stack rather than recursion, so no depth of
    /// nesting can overflow the stack. An entry without a box passes its items up a level.
    package static func items(from entries: [ListEntry], section: String, document: DocumentRef, diagnostics: inout [Diagnostic]) -> [Item] {
        // A list without nested lists (nearly every one): its boxes in one pass.
        if entries.allSatisfy({ $0.children.isEmpty }) {
            var items: [Item] = []
            items.reserveCapacity(entries.count)
            for entry in entries {
                guard let box = entry.checkbox else { continue }
                items.append(item(from: entry, box: box, children: [], section: section, document: document, diagnostics: &diagnostics))
            }
            return items
        }
        struct Level {
            var entries: [ListEntry]
            var index = 0
            package var items: [Item]
            /// The items decoded from the current entry's nested lists, once they are.
            var childItems: [Item]?

            init(entries: [ListEntry]) {
                self.entries = entries
                // Sized once: entries are nearly always items, and arrays of items are most of a workspace's memory.
                items = []
                items.reserveCapacity(entries.count)
            }
        }
        var levels = [Level(entries: entries)]
        while true {
            let top = levels.count - 1
            guard levels[top].index < levels[top].entries.count else {
                let finished = levels.removeLast()
                if levels.isEmpty { return finished.items }
                levels[levels.count - 1].childItems = finished.items
                continue
            }
            let entry = levels[top].entries[levels[top].index]
            guard let children = levels[top].childItems else {
                if entry.children.isEmpty { levels[top].childItems = [] } else { levels.append(Level(entries: entry.children)) }
                continue
            }
            levels[top].childItems = nil
            levels[top].index += 1
            if let box = entry.checkbox {
                levels[top].items.append(item(from: entry, box: box, children: children, section: section, document: document, diagnostics: &diagnostics))
            } else {
                levels[top].items += children
            }
        }
    }

    private static func item(from entry: ListEntry, box: Checkbox, children: [Item], section: String, document: DocumentRef,
                             diagnostics: inout [Diagnostic]) -> Item {
        // The tokens' values are gathered first and the item made once: filling in a made item
        // field by field copies it whole wherever a field is read while another is written.
        var owners: [String] = [], kinds: [String] = [], links: [String] = []
        var due: Day?, done: Day?, sprint: String?, points: Double?, stage: String?
        for token in entry.tokens {
            var here: SourceLocation { SourceLocation(path: document.path, line: token.line, column: token.column) }  // for problems only
            func date() -> Day? {
                if let day = Day(token.value) { return day }
                diagnostics.append(.error("invalid-date", "'\(token.kind.rawValue):\(token.value)' is not a valid date", at: here,
                                          hint: "dates are written YYYY-MM-DD, e.g. \(token.kind.rawValue):2026-12-31"))
                return nil
            }
            switch token.kind {
            case .owner: if !owners.contains(token.value) { owners.append(token.value) }
            case .due: if let day = date() { due = day }
            case .done: if let day = date() { done = day }
            case .sprint: sprint = token.value
            case .stage: stage = token.value
            case .kind: kinds.append(token.value)
            case .link: links.append(token.value)
            case .points:
                if let value = Double(token.value), value >= 0, value.isFinite {
                    points = value
                } else {
                    diagnostics.append(.error("invalid-points", "'pts:\(token.value)' is not a number of points", at: here,
                                              hint: "write the estimate as a number, e.g. pts:3"))
                }
            }
        }
        return Item(state: box, text: entry.text, owners: owners, due: due, done: done, sprint: sprint, points: points, kinds: kinds,
                    links: links, stage: stage, line: entry.textLine, column: entry.textColumn, markerLine: entry.line,
                    lastLine: entry.textEndLine, section: section, document: document, children: children, firstLineLength: entry.firstLineLength)
    }

    /// The text with its todo.txt tokens removed and spaces collapsed (words in `code` stay, as `scan` reads them).
    package static func strippingTokens(_ text: String) -> String {
        // ASCII text (the common case) is split on bytes; elsewhere a space may join a combining mark into one character.
        var copy = text
        if let stripped = copy.withUTF8({ bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 && $0 != 13 }) else { return nil }
            var result = [UInt8]()
            result.reserveCapacity(bytes.count)
            var index = 0
            var inCode = false
            while index < bytes.count {
                while index < bytes.count, bytes[index] == 32 || bytes[index] == 9 { index += 1 }
                guard index < bytes.count else { break }
                let start = index
                var backticks = 0
                while index < bytes.count, bytes[index] != 32, bytes[index] != 9 {
                    if bytes[index] == UInt8(ascii: "`") { backticks += 1 }
                    index += 1
                }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
                let isCode = inCode || backticks > 0 && word[0] == UInt8(ascii: "`")
                if backticks % 2 == 1 { inCode.toggle() }
                if isCode || !InlineToken.isToken(asciiWord: word) {
                    if !result.isEmpty { result.append(32) }
                    result.append(contentsOf: word)
                }
            }
            return String(decoding: result, as: UTF8.self)
        }) {
            return stripped
        }
        var inCode = false
        return text.split(whereSeparator: { $0 == " " || $0 == "\t" }).filter { word in
            let backticks = word.utf8.count { $0 == UInt8(ascii: "`") }
            let isCode = inCode || backticks > 0 && word.hasPrefix("`")
            if backticks % 2 == 1 { inCode.toggle() }
            return isCode || InlineToken.classify(word, line: 0, column: 0) == nil
        }.joined(separator: " ")
    }

    /// This item and every item nested under it, in file order.
    public var flattened: [Item] {
        var result: [Item] = []
        var pending = [self]
        while let item = pending.popLast() {
            result.append(item)
            pending.append(contentsOf: item.children.reversed())
        }
        return result
    }

    /// Calls `body` with each item of `lists` and every item nested under them, in file order.
    /// Unlike `flattened`, it gathers nothing: the items are visited where they stand.
    public static func visit(_ lists: [Item]..., body: (Item) throws -> Void) rethrows {
        for list in lists { try visit(list, body: body) }
    }

    private static func visit(_ list: [Item], body: (Item) throws -> Void) rethrows {
        try list.withUnsafeBufferPointer { items in
            for index in items.indices {
                try body(items[index])
                if !items[index].children.isEmpty { try visit(items[index].children, body: body) }
            }
        }
    }
}
