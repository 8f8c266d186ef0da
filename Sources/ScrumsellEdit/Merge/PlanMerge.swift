/// A three-way merge of one plan file (a deal, campaign, sprint or objective) that knows the
/// format: the front-matter key by key, `## Log` lines and items by what they say, the daily
/// scrum's `### DATE` blocks, and every other part line by line (`LineMerge`, which is
/// `git merge-file` in the command), so nothing is dropped. What `scrumsell merge` runs as
/// git's merge driver.
public enum PlanMerge {
    /// Merges `ours` and `theirs`, both descended from `base`.
    ///
    /// When a version cannot be split into front-matter and sections (no closing `---`, a
    /// quoted or complex top-level key), the whole file is merged line by line and the result
    /// says why in `fallbackReason`.
    public static func merge(base: String, ours: String, theirs: String, labels: MergeLabels = MergeLabels(),
                             lineMerge: LineMerge) throws -> PlanMergeResult {
        let versions = (MergeDocument(base), MergeDocument(ours), MergeDocument(theirs))
        guard case .success(let baseParts) = versions.0.parts,
              case .success(let ourParts) = versions.1.parts,
              case .success(let theirParts) = versions.2.parts
        else {
            // One clause per reason, naming the versions it holds for: "ours, theirs: …".
            var reasons: [(names: [String], reason: String)] = []
            for (name, version) in [("base", versions.0), ("ours", versions.1), ("theirs", versions.2)] {
                guard case .failure(let failure) = version.parts else { continue }
                if let index = reasons.firstIndex(where: { $0.reason == failure.reason }) {
                    reasons[index].names.append(name)
                } else {
                    reasons.append(([name], failure.reason))
                }
            }
            let reason = reasons.map { "\($0.names.joined(separator: ", ")): \($0.reason)" }.joined(separator: "; ")
            let merged = try lineMerge.merge(base: base, ours: ours, theirs: theirs, labels: labels)
            return PlanMergeResult(text: merged.text, conflicts: merged.conflicts, fallbackReason: reason)
        }
        var context = MergeContext(labels: labels, lineMerge: lineMerge)
        var lines: [String] = []
        if let frontMatter = try FrontMatterMerge.merge(base: baseParts.frontMatter, ours: ourParts.frontMatter,
                                                       theirs: theirParts.frontMatter, context: &context) {
            lines.append("---")
            lines += frontMatter
            lines.append("---")
        }
        lines += try BodyMerge.merge(base: baseParts.body, ours: ourParts.body, theirs: theirParts.body, context: &context)
        return PlanMergeResult(text: versions.1.join(lines), conflicts: context.conflicts, fallbackReason: nil)
    }
}

/// What a merge of one file gave.
public struct PlanMergeResult: Sendable, Equatable {
    /// The merged text, with conflict markers where a conflict is left.
    public var text: String
    /// How many conflicts are left (0: merged cleanly).
    public var conflicts: Int
    /// Why the file was merged line by line rather than by its format, or `nil`.
    public var fallbackReason: String?

    public init(text: String, conflicts: Int, fallbackReason: String?) {
        self.text = text
        self.conflicts = conflicts
        self.fallbackReason = fallbackReason
    }
}

/// The names after the conflict markers: `<<<<<<< ours`, `||||||| base`, `>>>>>>> theirs`.
public struct MergeLabels: Sendable, Equatable {
    public var ours: String
    public var base: String
    public var theirs: String

    public init(ours: String = "ours", base: String = "base", theirs: String = "theirs") {
        self.ours = ours
        self.base = base
        self.theirs = theirs
    }
}

/// A line-level three-way merge of whole texts: `git merge-file` in the command, a stand-in
/// in tests. It leaves standard conflict markers and counts the conflicts.
public protocol LineMerge {
    func merge(base: String, ours: String, theirs: String, labels: MergeLabels) throws -> (text: String, conflicts: Int)
}

/// What a merge carries from part to part: the labels, the line merge, the conflicts so far.
struct MergeContext {
    var labels: MergeLabels
    var lineMerge: LineMerge
    var conflicts = 0

    /// A conflict between two spans of lines, with standard markers.
    mutating func conflict(ours: [String], theirs: [String]) -> [String] {
        conflicts += 1
        return ["<<<<<<< \(labels.ours)"] + ours + ["======="] + theirs + [">>>>>>> \(labels.theirs)"]
    }

    /// Three spans merged line by line (only when both sides changed them).
    mutating func lineMerge(base: [String], ours: [String], theirs: [String]) throws -> [String] {
        func text(_ lines: [String]) -> String { lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n" }
        let merged = try lineMerge.merge(base: text(base), ours: text(ours), theirs: text(theirs), labels: labels)
        conflicts += merged.conflicts
        var lines = merged.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The usual three-way rule for one span: unchanged on a side takes the other side's.
    mutating func span(base: [String], ours: [String], theirs: [String]) throws -> [String] {
        if ours == theirs || theirs == base { return ours }
        if ours == base { return theirs }
        return try lineMerge(base: base, ours: ours, theirs: theirs)
    }
}
