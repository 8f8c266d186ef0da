import Foundation
import ScrumsellBase
import ScrumsellModel
import ScrumsellRead

/// The Markdown body merged section by section (`## ` headings outside code fences): a
/// section changed on one side takes that side; changed on both, `## Log` lines are a union
/// in date order, item lists merge item by item (matched by their text without tokens), the
/// daily scrum merges its `### DATE` blocks, and anything else is merged line by line.
enum BodyMerge {
    static func merge(base: [String], ours: [String], theirs: [String], context: inout MergeContext) throws -> [String] {
        let merged = try KeyedMerge.merge(base: sections(base), ours: sections(ours), theirs: sections(theirs), context: &context) { base, ours, theirs, context in
            try mergeSection(base: base ?? [], ours: ours, theirs: theirs, context: &context)
        }
        return merged.flatMap(\.lines)
    }

    /// The body cut at its `## ` headings; the lines before the first have the key "".
    static func sections(_ lines: [String]) -> [KeyedBlock] {
        var blocks: [KeyedBlock] = []
        var current = KeyedBlock(key: "", lines: [])
        var fence: String?
        for line in lines {
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
            } else if line.hasPrefix("## ") {
                if !current.lines.isEmpty || !current.key.isEmpty { blocks.append(current) }
                current = KeyedBlock(key: line.trimmingCharacters(in: .whitespaces), lines: [line])
                continue
            }
            current.lines.append(line)
        }
        if !current.lines.isEmpty || !current.key.isEmpty { blocks.append(current) }
        return blocks
    }

    /// One section changed on both sides (heading line first, unchanged).
    private static func mergeSection(base: [String], ours: [String], theirs: [String], context: inout MergeContext) throws -> [String] {
        guard let heading = ours.first, heading.hasPrefix("## ") else {
            return try context.lineMerge(base: base, ours: ours, theirs: theirs)
        }
        let title = heading.dropFirst(3).trimmingCharacters(in: .whitespaces)
        let body = (Array(base.dropFirst()), Array(ours.dropFirst()), Array(theirs.dropFirst()))
        let merged: [String]?
        if title == DealSection.log.title || title == "Review log" {
            merged = try mergeList(base: body.0, ours: body.1, theirs: body.2, kind: .log, context: &context)
        } else if title == "Daily scrum" {
            merged = try mergeDailyScrum(base: body.0, ours: body.1, theirs: body.2, context: &context)
        } else {
            merged = try mergeList(base: body.0, ours: body.1, theirs: body.2, kind: .items, context: &context)
        }
        if let merged { return [heading] + merged }
        return try context.lineMerge(base: base, ours: ours, theirs: theirs)
    }

    enum ListKind {
        /// Dated lines, each kept once, in date order.
        case log
        /// Checkbox items matched by their text without tokens.
        case items
        /// Lines of a daily scrum's day, each kept once.
        case notes
    }

    /// A section's lines as the ones before its first list, the list's entries, and the rest;
    /// `nil` when the section holds no list.
    private static func listParts(_ lines: [String]) -> (lead: [String], entries: [[String]], tail: [String]) {
        var index = 0
        while index < lines.count, !SectionEntry.startsEntry(lines[index]) { index += 1 }
        let lead = Array(lines[..<index])
        var entries: [[String]] = []
        while index < lines.count {
            let line = lines[index]
            if SectionEntry.startsEntry(line) {
                entries.append([line])
            } else if let first = line.first, first == " " || first == "\t", !entries.isEmpty {
                entries[entries.count - 1].append(line)
            } else {
                break
            }
            index += 1
        }
        return (lead, entries, Array(lines[index...]))
    }

    /// A list section merged entry by entry, or `nil` when its shape does not allow it (no
    /// list on a side, an entry that is not an item in an item section).
    private static func mergeList(base: [String], ours: [String], theirs: [String], kind: ListKind, context: inout MergeContext) throws -> [String]? {
        let parts = (listParts(base), listParts(ours), listParts(theirs))
        guard !parts.1.entries.isEmpty || !parts.2.entries.isEmpty else { return nil }
        func blocks(_ entries: [[String]]) -> [KeyedBlock]? {
            var blocks: [KeyedBlock] = []
            for entry in entries {
                switch kind {
                case .log, .notes:
                    blocks.append(KeyedBlock(key: entry.joined(separator: "\n").trimmingCharacters(in: .whitespaces), lines: entry))
                case .items:
                    guard let key = SectionEntry.itemKey(entry[0]) else { return nil }
                    blocks.append(KeyedBlock(key: key, lines: entry))
                }
            }
            return blocks
        }
        guard let baseBlocks = blocks(parts.0.entries), let ourBlocks = blocks(parts.1.entries), let theirBlocks = blocks(parts.2.entries) else { return nil }
        let lead = try context.span(base: parts.0.lead, ours: parts.1.lead, theirs: parts.2.lead)
        var entries = try KeyedMerge.merge(base: baseBlocks, ours: ourBlocks, theirs: theirBlocks, context: &context).map(\.lines)
        let tail = try context.span(base: parts.0.tail, ours: parts.1.tail, theirs: parts.2.tail)
        switch kind {
        case .log: entries = SectionEntry.inDateOrder(entries, newestFirst: SectionEntry.isNewestFirst(parts.1.entries))
        case .items: entries = SectionEntry.renumbered(entries)
        case .notes: break
        }
        return lead + entries.flatMap { $0 } + tail
    }

    /// `## Daily scrum`: its `### DATE` blocks matched by heading and kept in date order, a
    /// day changed on both sides merged note by note.
    private static func mergeDailyScrum(base: [String], ours: [String], theirs: [String], context: inout MergeContext) throws -> [String]? {
        func days(_ lines: [String]) -> (lead: [String], days: [KeyedBlock]) {
            var lead: [String] = []
            var days: [KeyedBlock] = []
            for line in lines {
                if line.hasPrefix("### ") {
                    days.append(KeyedBlock(key: line.trimmingCharacters(in: .whitespaces), lines: [line]))
                } else if days.isEmpty {
                    lead.append(line)
                } else {
                    days[days.count - 1].lines.append(line)
                }
            }
            return (lead, days)
        }
        let parts = (days(base), days(ours), days(theirs))
        let lead = try context.span(base: parts.0.lead, ours: parts.1.lead, theirs: parts.2.lead)
        var merged = try KeyedMerge.merge(base: parts.0.days, ours: parts.1.days, theirs: parts.2.days, context: &context) { base, ours, theirs, context in
            let notes = try mergeList(base: Array((base ?? []).dropFirst()), ours: Array(ours.dropFirst()), theirs: Array(theirs.dropFirst()), kind: .notes, context: &context)
            if let notes { return [ours[0]] + notes }
            return try context.lineMerge(base: base ?? [], ours: ours, theirs: theirs)
        }
        // A day added on one side after the last day of the other ends without the blank line
        // that separated it; days are put in date order with one blank line between them.
        let dated = merged.compactMap { Day($0.key.dropFirst(4).trimmingCharacters(in: .whitespaces)) }
        if dated.count == merged.count {
            merged = zip(merged, dated).sorted { $0.1 < $1.1 }.map(\.0)
            for index in merged.indices.dropLast() where merged[index].lines.last?.isEmpty == false {
                merged[index].lines.append("")
            }
        }
        return lead + merged.flatMap(\.lines)
    }
}
