import Foundation
import Testing
@testable import ScrumsellKit

@Suite("Document reader: bytes, front-matter and body")
struct DocumentReaderTests {
    @Test func readsFieldsAndOutline() throws {
        let document = readDocument("---\naccount: Acme\n---\n# Acme\n\n## Backlog\n- [ ] Call @dana\n")
        #expect(document.diagnostics.isEmpty)
        #expect(document.isReadable)
        #expect(document.fields?["account"]?.scalar == "Acme")
        #expect(document.frontMatter?.closingLine == 3)
        #expect(document.outline.sections[0].line == 6)
        #expect(document.outline.sections[0].entries[0].tokens[0].line == 7)
    }

    @Test func missingFrontMatterStillReadsTheBody() {
        let document = readDocument("# Acme\n## Backlog\n- [ ] Call @dana\n")
        #expect(document.diagnostics.map { "\($0.code) \($0.location)" } == ["front-matter-missing deals/acme.md:1:1"])
        #expect(document.diagnostics[0].message == "the file has no front-matter")
        #expect(document.diagnostics[0].hint == "start the file with a line '---', the deal fields, and another '---'")
        #expect(!document.isReadable)
        #expect(document.outline.sections[0].entries.count == 1)
    }

    @Test func unclosedFrontMatter() {
        let document = readDocument("---\naccount: Acme\n# Acme\n")
        #expect(document.diagnostics.map { "\($0.code) \($0.location)" } == ["front-matter-unclosed deals/acme.md:1:1"])
        #expect(document.diagnostics[0].message == "the front-matter is never closed")
        #expect(!document.isReadable)
    }

    @Test(arguments: [("- a\n- b", "a list", 2, 1), ("just text", "a scalar", 2, 1), ("  [a, b]", "a list", 2, 3)])
    func frontMatterThatIsNotAMapping(yaml: String, kind: String, line: Int, column: Int) {
        let document = readDocument("---\n\(yaml)\n---\n")
        #expect(document.diagnostics.codes == ["front-matter-not-mapping"])
        #expect(document.diagnostics[0].message == "the front-matter is \(kind), not a set of 'key: value' fields")
        #expect(document.diagnostics[0].location.line == line)
        #expect(document.diagnostics[0].location.column == column)
    }

    @Test func emptyFrontMatter() {
        let document = readDocument("---\n\n---\n# Acme\n", kind: .campaign, id: "c")
        #expect(document.diagnostics.codes == ["front-matter-empty"])
        #expect(document.diagnostics[0].hint == "add the campaign fields between the '---' lines")
    }

    @Test func mergeConflictInTheFrontMatterSkipsTheYAML() {
        let text = "---\naccount: Acme\n<<<<<<< HEAD\nstage: qualify\n=======\nstage: evaluate\n>>>>>>> theirs\n---\n## Backlog\n- [ ] a\n"
        let document = readDocument(text)
        #expect(document.diagnostics.map { "\($0.code) \($0.location.line):\($0.location.column)" } == ["merge-conflict 3:1"])
        #expect(document.fields == nil)
        #expect(document.outline.sections[0].entries.count == 1)
    }

    @Test func mergeConflictInTheBodyKeepsTheFields() {
        let text = "---\naccount: Acme\n---\n## Backlog\n<<<<<<< HEAD\n- [ ] a\n=======\n- [ ] b\n>>>>>>> theirs\n"
        let document = readDocument(text)
        #expect(document.diagnostics.map { "\($0.code) \($0.location.line)" } == ["merge-conflict 5"])
        #expect(document.fields?["account"]?.scalar == "Acme")
    }

    @Test func unreadableFile() {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-missing-\(UUID().uuidString).md")
        let document = DocumentReader.read(kind: .deal, id: "gone", path: "deals/gone.md", filePath: url.path, context: ReadContext())
        #expect(document.diagnostics.map { "\($0.code) \($0.location)" } == ["file-unreadable deals/gone.md:1:1"])
        #expect(document.source == nil)
    }
}

@Suite("File content checks")
struct FileContentCheckTests {
    @Test(arguments: [[], Array("  \n\t\r\n".utf8), [0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 10]] as [[UInt8]])
    func emptyFiles(bytes: [UInt8]) {
        let problem = FileContentCheck.problem(path: "deals/a.md", bytes: bytes)
        #expect(problem?.code == "file-empty")
        #expect(problem?.message == "the file is empty")
    }

    @Test func binaryFileIsLocatedAtItsFirstNUL() {
        let problem = FileContentCheck.problem(path: "deals/a.md", bytes: Array("---\nline two\n".utf8) + [0, 1, 2])
        #expect(problem?.code == "file-binary")
        #expect(problem?.location.line == 3)
        #expect(problem?.location.column == 1)
    }

    @Test func invalidUTF8IsLocated() {
        // "café" in Latin-1: the é is the single byte 0xE9.
        let problem = FileContentCheck.problem(path: "deals/a.md", bytes: Array("---\ntitle: caf".utf8) + [0xE9] + Array("\n".utf8))
        #expect(problem?.code == "file-encoding")
        #expect(problem?.message == "the file is not UTF-8 (invalid byte 0xE9)")
        #expect(problem?.location.line == 2)
        #expect(problem?.location.column == 11)
    }

    @Test(arguments: [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xFF]] as [[UInt8]])
    func malformedSequences(bytes: [UInt8]) {
        #expect(FileContentCheck.problem(path: "a.md", bytes: Array("ok ".utf8) + bytes)?.code == "file-encoding")
    }

    @Test func validUTF8AndBOMPass() {
        #expect(FileContentCheck.problem(path: "a.md", bytes: [0xEF, 0xBB, 0xBF] + Array("Café 🚀 — ok\n".utf8)) == nil)
    }

    @Test func conflictMarkers() {
        let source = SourceText(path: "a.md", text: "a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> branch\n<<<<<<<\n<<<<<<<< not a marker\n")
        #expect(FileContentCheck.conflictMarkers(in: source).map(\.location.line) == [2, 7])
        #expect(FileContentCheck.conflictMarkers(in: source).first?.message == "unresolved git merge conflict")
    }
}
