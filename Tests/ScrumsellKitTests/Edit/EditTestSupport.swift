import Foundation
import Testing
@testable import ScrumsellKit

/// A workspace in a fresh temporary folder, for edit tests.
struct TempWorkspace {
    let root: URL

    /// An empty folder (no workspace yet).
    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-edit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    /// A workspace with `files` (path → text) and the small config below unless one is given.
    init(_ files: [String: String]) throws {
        try self.init()
        var all = files
        if all["scrumsell.yml"] == nil { all["scrumsell.yml"] = Self.config }
        for (path, text) in all { try write(path, text) }
    }

    /// A copy of the repository's sample-workspace.
    static func sample() throws -> TempWorkspace {
        let workspace = try TempWorkspace()
        let source = packageRoot.appendingPathComponent("sample-workspace")
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: workspace.root.appendingPathComponent(name))
        }
        return workspace
    }

    static var packageRoot: URL {
        RepositoryPaths.root
    }

    func write(_ path: String, _ text: String) throws { try write(path, bytes: Array(text.utf8)) }

    func write(_ path: String, bytes: [UInt8]) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func bytes(_ path: String) -> [UInt8] {
        FileManager.default.contents(atPath: root.appendingPathComponent(path).path).map { [UInt8]($0) } ?? []
    }

    func text(_ path: String) -> String { String(decoding: bytes(path), as: UTF8.self) }

    func editor(asOf: String = "2026-11-20") -> WorkspaceEditor {
        WorkspaceEditor(root: root, asOf: Day(asOf)!)
    }

    /// Applies a result to disk.
    @discardableResult
    func apply(_ result: EditResult) throws -> EditResult {
        try SafeFileWriter.write(result.changes)
        return result
    }

    func check(asOf: String = "2026-11-20") -> CheckReport {
        Checker.check(WorkspaceLoader.load(root: root), asOf: Day(asOf)!)
    }

    static let config = """
    name: Test
    currency: EUR
    teams:
      - id: north
        name: North team
        members:
          - {id: dana, name: Dana Kim, role: sales-executive}
          - {id: leo, name: Leo Marsh, role: lead-generator}
    stages:
      - id: prospect
        probability: 10
        exit: [Pain confirmed, Decision maker identified]
      - id: qualify
        probability: 25
        exit: [Buying process mapped]
      - id: evaluate
        probability: 50
        exit: [Demo given]

    """
}

/// The lines of a file, each with its line ending, and whether the file ends with one.
struct RawLines {
    var lines: [(content: [UInt8], ending: [UInt8])] = []

    init(_ bytes: [UInt8]) {
        let text = SourceText(path: "", bytes: bytes)
        for line in 1...max(text.lineCount, 1) where text.lineCount > 0 {
            let range = text.byteRange(ofLine: line)
            let end = line < text.lineCount ? text.lineStarts[line] : text.bytes.count
            lines.append((Array(text.bytes[range]), Array(text.bytes[range.upperBound..<end])))
        }
    }
}

/// Asserts that `updated` is `original` with only the lines the edits name rewritten and the
/// lines they insert added: every other line is unchanged, byte for byte, ending included
/// (a last line without an ending may gain one when lines are added after it).
func expectOnlyEditedLinesChanged(_ original: [UInt8], _ updated: [UInt8], edits: [TextEdit],
                                  sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    for problem in linesChangedOutsideEdits(original, updated, edits: edits) {
        Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation)
    }
}

/// What `expectOnlyEditedLinesChanged` checks, as messages (none when it holds); safe to call from any thread.
func linesChangedOutsideEdits(_ original: [UInt8], _ updated: [UInt8], edits: [TextEdit]) -> [String] {
    var problems: [String] = []
    let old = RawLines(original).lines, new = RawLines(updated).lines
    if original.starts(with: [0xEF, 0xBB, 0xBF]) != updated.starts(with: [0xEF, 0xBB, 0xBF]) { problems.append("the byte-order mark changed") }
    var rewritten: [Int: Int] = [:]  // first original line rewritten → how many lines replace it
    var covered = Set<Int>()
    var inserted: [Int: Int] = [:]
    for edit in edits {
        switch edit {
        case .splice(let line, _, _):
            if !covered.contains(line) { rewritten[line] = 1; covered.insert(line) }
        case .replaceLines(let first, let last, let lines):
            rewritten[first] = lines.count
            for line in first...last { covered.insert(line) }
        case .insertLines(let before, let lines):
            inserted[before, default: 0] += lines.count
        }
    }
    var cursor = 0
    for line in 1...(old.count + 1) {
        cursor += inserted[line] ?? 0
        guard line <= old.count else { break }
        if let count = rewritten[line] { cursor += count; continue }
        if covered.contains(line) { continue }
        guard cursor < new.count else { return problems + ["line \(line) is missing from the result"] }
        let isLastWithoutEnding = line == old.count && old[line - 1].ending.isEmpty
        let same = new[cursor].content == old[line - 1].content && (isLastWithoutEnding || new[cursor].ending == old[line - 1].ending)
        if !same {
            problems.append("line \(line) changed: '\(String(decoding: old[line - 1].content, as: UTF8.self))' → '\(String(decoding: new[cursor].content, as: UTF8.self))'")
        }
        cursor += 1
    }
    if cursor != new.count { problems.append("the result has \(new.count) lines, \(cursor) expected") }
    return problems
}

extension EditResult {
    /// The one change of a single-file edit.
    var only: FileChange {
        get throws {
            try #require(changes.count == 1)
            return changes[0]
        }
    }

    var updatedText: String {
        get throws { String(decoding: try only.updated, as: UTF8.self) }
    }
}

/// Runs `body` and returns the refusal it throws.
func refusal(_ body: () throws -> Any) -> EditRefusal? {
    do {
        _ = try body()
        return nil
    } catch let refusal as EditRefusal {
        return refusal
    } catch {
        return nil
    }
}
