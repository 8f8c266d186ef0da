import Foundation
import ScrumsellKit

/// What one fuzz input goes through: the document reader, the front-matter editor (the edits
/// `touch` makes, re-read as the editor re-reads them) and the weekly report over the deal.
/// Refusals are expected; a crash, a trap or a memory error is what the fuzzer looks for.
enum FuzzPass {
    static let root = URL(fileURLWithPath: "/nonexistent-fuzz-workspace")
    static let asOf = Day(year: 2026, month: 11, day: 20) ?? Day(ordinal: 0)

    static func run(_ bytes: [UInt8]) {
        let document = DocumentReader.read(kind: .deal, id: "fuzz", path: "deals/fuzz.md", bytes: bytes)
        edit(document)
        report(document)
    }

    /// Plans and applies the changes of `touch` and re-reads the result.
    static func edit(_ document: SourceDocument) {
        guard let editable = try? EditableDocument(document, root: root),
              let frontMatter = try? FrontMatterEditor(editable) else { return }
        var plan = editable.plan()
        _ = frontMatter.scalar("last_contact")
        if let edits = try? frontMatter.set("last_contact", to: .token("\(asOf)")) { plan.add(edits) }
        if let edits = try? frontMatter.append("fuzz-tag", toList: "tags") { plan.add(edits) }
        if let log = try? LogEditor.addLogLine("Contact with the buyer", on: asOf, in: editable) { plan.add(log.edits) }
        guard let updated = try? plan.apply() else { return }
        _ = DocumentReader.read(kind: .deal, id: "fuzz", path: "deals/fuzz.md", bytes: updated)
    }

    /// Models the deal and builds the weekly report and the check over a workspace of it alone.
    static func report(_ document: SourceDocument) {
        var diagnostics: [Diagnostic] = []
        let deals = Deal.decode(document, diagnostics: &diagnostics).map { [$0] } ?? []
        let workspace = Workspace(root: root, config: WorkspaceConfig(name: "fuzz"), deals: deals, diagnostics: diagnostics)
        _ = WeeklyReport.build(workspace, asOf: asOf)
        _ = Checker.check(workspace, asOf: asOf)
    }
}
