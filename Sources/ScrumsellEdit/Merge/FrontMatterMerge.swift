import Foundation
import ScrumsellBase
import ScrumsellRead

/// The front-matter merged key by key: a top-level entry (its `key:` line and the indented,
/// blank or comment lines after it) changed on one side takes that side; changed on both,
/// a "latest date" key takes the later date, `stakeholders` merge by id, a list of plain
/// values (`tags`, `objectives`) is an ordered union, and anything else is a conflict on that
/// entry's lines alone.
enum FrontMatterMerge {
    /// Keys whose value is the date something last happened: the later one is right.
    static let latestDateKeys: Set<String> = ["last_contact"]

    /// The entries of front-matter lines; lines before the first key have the key "".
    static func entries(_ lines: [String]) -> Result<[KeyedBlock], MergeDocument.Unreadable> {
        var blocks: [KeyedBlock] = []
        var current = KeyedBlock(key: "", lines: [])
        for line in lines {
            guard let first = line.unicodeScalars.first, first != " ", first != "\t", first != "#" else {
                current.lines.append(line)
                continue
            }
            guard first != "-", let key = FrontMatterCut.plainKey(of: line) else {
                return .failure(MergeDocument.Unreadable(reason: "the front-matter line '\(line)' is not a plain 'key: value' entry"))
            }
            if !current.lines.isEmpty || !current.key.isEmpty { blocks.append(current) }
            current = KeyedBlock(key: key, lines: [line])
        }
        if !current.lines.isEmpty || !current.key.isEmpty { blocks.append(current) }
        return .success(blocks)
    }

    /// The merged front-matter lines, or `nil` when no version has front-matter.
    static func merge(base: [KeyedBlock]?, ours: [KeyedBlock]?, theirs: [KeyedBlock]?, context: inout MergeContext) throws -> [String]? {
        guard ours != nil || theirs != nil else { return nil }
        let merged = try KeyedMerge.merge(base: base ?? [], ours: ours ?? [], theirs: theirs ?? [], context: &context) { base, ours, theirs, context in
            let key = FrontMatterCut.plainKey(of: ours.first ?? "") ?? ""
            if latestDateKeys.contains(key), let ourDay = singleDate(ours), let theirDay = singleDate(theirs) {
                return ourDay >= theirDay ? ours : theirs
            }
            if key == "stakeholders", let merged = try mergeStakeholders(base: base, ours: ours, theirs: theirs, context: &context) {
                return merged
            }
            if let ourList = ScalarList(ours), let theirList = ScalarList(theirs) {
                let baseList = base.flatMap(ScalarList.init)
                func blocks(_ list: ScalarList?) -> [KeyedBlock] { (list?.values ?? []).map { KeyedBlock(key: $0, lines: [$0]) } }
                let values = try KeyedMerge.merge(base: blocks(baseList), ours: blocks(ourList), theirs: blocks(theirList), context: &context)
                return ourList.written(values.map(\.key))
            }
            return context.conflict(ours: ours, theirs: theirs)
        }
        return merged.flatMap(\.lines)
    }

    /// The date of a one-line `key: YYYY-MM-DD` entry.
    private static func singleDate(_ lines: [String]) -> Day? {
        guard lines.count == 1, let colon = lines[0].firstIndex(of: ":") else { return nil }
        var value = lines[0][lines[0].index(after: colon)...].trimmingCharacters(in: .whitespaces)
        if let comment = value.range(of: " #") { value = String(value[..<comment.lowerBound]).trimmingCharacters(in: .whitespaces) }
        return Day(value.trimmingCharacters(in: CharacterSet(charactersIn: "\"'")))
    }

    /// Stakeholders as a block list matched by `id`, each changed on both sides a conflict of
    /// its own; `nil` when the value is not written as a block list.
    private static func mergeStakeholders(base: [String]?, ours: [String], theirs: [String], context: inout MergeContext) throws -> [String]? {
        guard let ourItems = BlockListItems(ours), let theirItems = BlockListItems(theirs), ourItems.head == theirItems.head else { return nil }
        let baseItems = base.flatMap(BlockListItems.init)
        let merged = try KeyedMerge.merge(base: baseItems?.items ?? [], ours: ourItems.items, theirs: theirItems.items, context: &context)
        return [ourItems.head] + merged.flatMap(\.lines)
    }
}

/// A block-list value (`key:` and then `  - …` items), each item keyed by its `id:`.
struct BlockListItems {
    var head: String
    var items: [KeyedBlock]

    init?(_ lines: [String]) {
        guard let head = lines.first, let colon = head.firstIndex(of: ":") else { return nil }
        let value = head[head.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard value.isEmpty || value.hasPrefix("#") else { return nil }
        self.head = head
        var items: [KeyedBlock] = []
        var indent: Int?
        for line in lines.dropFirst() {
            let leading = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(leading)
            if rest.hasPrefix("- "), indent == nil || indent == leading {
                indent = leading
                items.append(KeyedBlock(key: BlockListItems.id(of: String(rest)) ?? String(rest), lines: [line]))
            } else if !items.isEmpty {
                items[items.count - 1].lines.append(line)
                if items[items.count - 1].key.hasPrefix("- "), let id = BlockListItems.id(of: line) { items[items.count - 1].key = id }
            } else {
                return nil
            }
        }
        self.items = items
    }

    /// The value of `id:` in an item's line (`- {id: maria, …}` or `- id: maria` or `  id: maria`).
    static func id(of line: String) -> String? {
        guard let range = line.range(of: #"(^|[{,\s-])id:\s*["']?([^,}"'\s]+)"#, options: .regularExpression) else { return nil }
        let match = line[range]
        guard let colon = match.range(of: "id:") else { return nil }
        return match[colon.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
    }
}

/// A list of plain values, flow (`key: [a, b]`) or block (`key:` then `  - a`), written back
/// in the same style.
struct ScalarList {
    var values: [String]
    private var head: String
    private var blockIndent: String?

    init?(_ lines: [String]) {
        guard let first = lines.first, let colon = first.firstIndex(of: ":") else { return nil }
        let value = first[first.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        head = String(first[...colon])
        if value.hasPrefix("[") {
            guard lines.count == 1, value.hasSuffix("]") else { return nil }
            let inner = value.dropFirst().dropLast()
            guard !inner.contains(where: { "[]{}\"'#".contains($0) }) else { return nil }
            values = inner.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            blockIndent = nil
        } else if value.isEmpty {
            var values: [String] = []
            var indent: String?
            for line in lines.dropFirst() {
                let leading = String(line.prefix { $0 == " " })
                let rest = line.dropFirst(leading.count)
                guard rest.hasPrefix("- "), indent == nil || indent == leading else { return nil }
                let item = rest.dropFirst(2).trimmingCharacters(in: .whitespaces)
                guard !item.isEmpty, !item.contains(where: { "[]{}#:".contains($0) }) else { return nil }
                indent = leading
                values.append(item)
            }
            guard !values.isEmpty else { return nil }
            self.values = values
            blockIndent = indent
        } else {
            return nil
        }
    }

    func written(_ values: [String]) -> [String] {
        guard let blockIndent, !values.isEmpty else { return ["\(head) [\(values.joined(separator: ", "))]"] }
        return [head] + values.map { "\(blockIndent)- \($0)" }
    }
}
