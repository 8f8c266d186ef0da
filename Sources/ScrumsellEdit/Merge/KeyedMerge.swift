/// A span of lines that stands for one thing the merge matches across versions: a
/// front-matter entry (by key), a stakeholder (by id), an item (by its text without tokens),
/// a log line, a section (by heading).
struct KeyedBlock: Equatable {
    var key: String
    var lines: [String]

    /// Blocks with repeated keys numbered (`key`, `key#2`, …), so each stands once.
    static func unique(_ blocks: [KeyedBlock]) -> [KeyedBlock] {
        var seen: [String: Int] = [:]
        return blocks.map { block in
            let count = (seen[block.key] ?? 0) + 1
            seen[block.key] = count
            return count == 1 ? block : KeyedBlock(key: "\(block.key)#\(count)", lines: block.lines)
        }
    }
}

/// The three-way merge of blocks matched by key: a block changed on one side takes that
/// side; added on both the same, kept once; removed on one side and unchanged on the other,
/// removed; changed on both sides differently, `resolve` decides (by default a conflict on
/// that block alone). Order: ours, with theirs' new blocks after the block they follow there (and after
/// our own new blocks at that place).
enum KeyedMerge {
    typealias Resolve = (_ base: [String]?, _ ours: [String], _ theirs: [String], _ context: inout MergeContext) throws -> [String]

    static func merge(base: [KeyedBlock], ours: [KeyedBlock], theirs: [KeyedBlock], context: inout MergeContext,
                      resolve: Resolve? = nil) throws -> [KeyedBlock] {
        let base = KeyedBlock.unique(base), ours = KeyedBlock.unique(ours), theirs = KeyedBlock.unique(theirs)
        let baseLines = Dictionary(base.map { ($0.key, $0.lines) }, uniquingKeysWith: { first, _ in first })
        let ourLines = Dictionary(ours.map { ($0.key, $0.lines) }, uniquingKeysWith: { first, _ in first })
        let theirLines = Dictionary(theirs.map { ($0.key, $0.lines) }, uniquingKeysWith: { first, _ in first })

        var order = ours.map(\.key)
        var anchor = 0
        for block in theirs {
            if let index = order.firstIndex(of: block.key) {
                anchor = index + 1
            } else {
                // After our own additions there, so a list both sides appended to reads ours, then theirs.
                while anchor < order.count, baseLines[order[anchor]] == nil, theirLines[order[anchor]] == nil { anchor += 1 }
                order.insert(block.key, at: anchor)
                anchor += 1
            }
        }

        var merged: [KeyedBlock] = []
        for key in order {
            let b = baseLines[key], o = ourLines[key], t = theirLines[key]
            let lines: [String]?
            switch (o, t) {
            case let (o?, t?):
                if o == t || t == b {
                    lines = o
                } else if o == b {
                    lines = t
                } else if let resolve {
                    lines = try resolve(b, o, t, &context)
                } else {
                    lines = context.conflict(ours: o, theirs: t)
                }
            case let (o?, nil):
                lines = b == nil ? o : (o == b ? nil : context.conflict(ours: o, theirs: []))
            case let (nil, t?):
                lines = b == nil ? t : (t == b ? nil : context.conflict(ours: [], theirs: t))
            case (nil, nil):
                lines = nil
            }
            if let lines { merged.append(KeyedBlock(key: key, lines: lines)) }
        }
        return merged
    }
}
