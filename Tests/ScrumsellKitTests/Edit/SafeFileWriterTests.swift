import Foundation
import Testing
@testable import ScrumsellKit

@Suite struct SafeFileWriterTests {
    let deal = ItemEditTests.deal

    @Test func keepsThePermissionsAndLeavesNoTemporaryFile() throws {
        let workspace = try TempWorkspace(["deals/acme.md": deal])
        let path = workspace.root.appendingPathComponent("deals/acme.md").path
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        try workspace.apply(try workspace.editor().touch("acme"))
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.root.appendingPathComponent("deals").path) == ["acme.md"])
    }

    @Test func refusesAFileChangedSinceItWasRead() throws {
        let workspace = try TempWorkspace(["deals/acme.md": deal])
        let result = try workspace.editor().touch("acme")
        try workspace.write("deals/acme.md", deal + "- 2026-11-20 Typed in an editor meanwhile.\n")
        #expect(throws: SafeFileWriter.Failure.changedSinceRead(path: "deals/acme.md")) { try SafeFileWriter.write(result.changes) }
        #expect(workspace.text("deals/acme.md") == deal + "- 2026-11-20 Typed in an editor meanwhile.\n")
    }

    @Test func refusesAChangeThatLandsWhileWriting() throws {
        let workspace = try TempWorkspace(["deals/acme.md": deal])
        let change = try workspace.editor().touch("acme").only
        #expect(throws: SafeFileWriter.Failure.changedSinceRead(path: "deals/acme.md")) {
            try SafeFileWriter.write(change) { try? workspace.write("deals/acme.md", "changed under the writer\n") }
        }
        #expect(workspace.text("deals/acme.md") == "changed under the writer\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.root.appendingPathComponent("deals").path) == ["acme.md"])
    }

    @Test func neverOverwritesWhenCreating() throws {
        let workspace = try TempWorkspace([:])
        let change = FileChange(path: "deals/new.md", url: workspace.root.appendingPathComponent("deals/new.md"), original: nil, updated: Array("new\n".utf8))
        try SafeFileWriter.write([change])
        #expect(workspace.text("deals/new.md") == "new\n")
        #expect(throws: SafeFileWriter.Failure.exists(path: "deals/new.md")) { try SafeFileWriter.write([change]) }
        let racing = FileChange(path: "deals/race.md", url: workspace.root.appendingPathComponent("deals/race.md"), original: nil, updated: Array("mine\n".utf8))
        #expect(throws: SafeFileWriter.Failure.exists(path: "deals/race.md")) {
            try SafeFileWriter.write(racing) { try? workspace.write("deals/race.md", "theirs\n") }
        }
        #expect(workspace.text("deals/race.md") == "theirs\n")
    }

    @Test func editsTheTargetOfALink() throws {
        let workspace = try TempWorkspace(["shared/acme.md": deal])
        try FileManager.default.createDirectory(at: workspace.root.appendingPathComponent("deals"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: workspace.root.appendingPathComponent("deals/acme.md").path, withDestinationPath: "../shared/acme.md")
        try workspace.apply(try workspace.editor().touch("acme", note: "Linked"))
        #expect(workspace.text("shared/acme.md").hasSuffix("- 2026-11-20 Linked\n"))
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: workspace.root.appendingPathComponent("deals/acme.md").path)) == "../shared/acme.md")
    }

    @Test func planningWritesNothing() throws {
        let workspace = try TempWorkspace.sample()
        let before = try snapshot(workspace.root)
        let editor = workspace.editor()
        _ = try editor.touch("kade-transport")
        _ = try editor.close("haven-freight", outcome: .lost, lostTo: "X")
        _ = try editor.moveStage("vandam-dairy", to: "negotiate", force: true)
        _ = try editor.changeItem(.done, query: "hand-over", in: "kade-transport")
        _ = try editor.addItem("New", to: "2026-s47")
        _ = try editor.logScrumNote("Hello", kind: .win)
        _ = try Scaffold.plan([try editor.newDeal(NewDealOptions(name: "Zed"))], root: workspace.root,
                              render: { name, context in try TemplateLibrary().render(name, context: context) })
        #expect(try snapshot(workspace.root) == before)
    }

    func snapshot(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = FileManager.default.contents(atPath: root.appendingPathComponent(path).path)
            }
        }
        return files
    }
}
