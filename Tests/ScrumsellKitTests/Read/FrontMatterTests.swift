import Testing
@testable import ScrumsellKit

@Suite("Front-matter split")
struct FrontMatterTests {
    func split(_ text: String) -> Result<FrontMatter, FrontMatter.Problem> {
        FrontMatter.split(SourceText(path: "deals/a.md", text: text))
    }

    @Test func blockBetweenTwoDashLines() throws {
        let block = try split("---\naccount: Acme\nowner: dana\n---\n# Body\n").get()
        #expect(block.yaml == "account: Acme\nowner: dana\n")
        #expect(block.firstLine == 2)
        #expect(block.closingLine == 4)
        #expect(block.bodyFirstLine == 5)
    }

    @Test func dotsCloseTheBlock() throws {
        let block = try split("---\naccount: Acme\n...\n# Body\n").get()
        #expect(block.closingLine == 3)
        #expect(block.yaml == "account: Acme\n")
    }

    @Test func trailingSpacesOnDelimitersAreFine() throws {
        let block = try split("---  \naccount: Acme\n--- \t\n").get()
        #expect(block.closingLine == 3)
    }

    @Test func emptyBlock() throws {
        let block = try split("---\n---\n# Body\n").get()
        #expect(block.yaml == "")
        #expect(block.closingLine == 2)
    }

    @Test(arguments: ["# No front-matter\n", "\n---\naccount: A\n---\n", "...\naccount: A\n...\n", "----\naccount: A\n----\n", " ---\na: b\n---\n"])
    func missing(text: String) {
        #expect(throws: FrontMatter.Problem.missing) { try split(text).get() }
    }

    @Test(arguments: ["---\naccount: Acme\n# Body\n", "---", "---\n", "---\n----\n"])
    func unclosed(text: String) {
        #expect(throws: FrontMatter.Problem.unclosed) { try split(text).get() }
    }

    @Test func crlfAndBOMSplitTheSame() throws {
        let text = "---\r\naccount: Acme\r\nowner: dana\r\n---\r\n# Body\r\n"
        let block = try FrontMatter.split(SourceText(path: "a.md", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))).get()
        #expect(block.yaml == "account: Acme\nowner: dana\n")
        #expect(block.closingLine == 4)
    }
}

@Suite("Source text")
struct SourceTextTests {
    @Test func linesAndEndings() {
        let source = SourceText(path: "a.md", text: "one\r\ntwo\r\n\r\nfour")
        #expect(source.usesCRLF)
        #expect(!source.hasByteOrderMark)
        #expect(source.lineCount == 4)
        #expect(source.lines(1, 4) == ["one", "two", "", "four"])
        #expect(source.line(9) == "")
    }

    @Test func byteOrderMarkIsSkipped() {
        let source = SourceText(path: "a.md", bytes: [0xEF, 0xBB, 0xBF] + Array("a\nb\n".utf8))
        #expect(source.hasByteOrderMark)
        #expect(source.line(1) == "a")
        #expect(source.lineCount == 2)
    }

    @Test func characterColumnsCountScalars() {
        let source = SourceText(path: "a.md", text: "é🚀x")
        // é is 2 bytes, the rocket 4: byte column 7 is the x, scalar column 3.
        #expect(source.characterColumn(line: 1, byteColumn: 7) == 3)
        #expect(source.characterColumn(line: 1, byteColumn: 1) == 1)
    }

    @Test func emptyFileHasNoLines() {
        #expect(SourceText(path: "a.md", text: "").lineCount == 0)
    }
}
