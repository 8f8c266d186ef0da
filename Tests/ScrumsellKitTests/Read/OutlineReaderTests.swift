import Testing
@testable import ScrumsellKit

@Suite("Outline reader: Markdown structure")
struct OutlineReaderTests {
    @Test func atxHeadingsMakeTitlesAndSections() {
        let result = outline("""
            # Acme Corp — payments hub

            ## Buyer objectives
            - Cut month-end from 6 days to 2

            ## Next steps ##
            1. [ ] Raj confirms @raj
            """)
        #expect(result.titles.map(\.title) == ["Acme Corp — payments hub"])
        #expect(result.titles[0].level == 1)
        #expect(result.sections.map(\.title) == ["Buyer objectives", "Next steps"])
        #expect(result.sections.map(\.level) == [2, 2])
        #expect(result.sections.map(\.line) == [3, 6])
        #expect(result.sections.map(\.column) == [1, 1])
        #expect(result.sections[0].contentFirstLine == 4)
        #expect(result.sections[0].contentLastLine == 5)
        #expect(result.sections[1].entries.count == 1)
        #expect(result.section("next STEPS")?.line == 6)
    }

    @Test func setextHeadingsAreLevelOneAndTwo() {
        let result = outline("""
            Acme Corp
            =========

            Backlog
            -------
            - [ ] Proposal v1 @dana
            """)
        #expect(result.titles.map(\.title) == ["Acme Corp"])
        #expect(result.titles[0].line == 1)
        #expect(result.sections.map(\.title) == ["Backlog"])
        #expect(result.sections[0].level == 2)
        #expect(result.sections[0].line == 4)
        // The section's content starts after the underline.
        #expect(result.sections[0].contentFirstLine == 6)
        #expect(result.sections[0].entries.map(\.text) == ["Proposal v1 @dana"])
    }

    @Test func headingTextKeepsInlineTextAndDropsMarkup() {
        let result = outline("## The *next* `two` steps\n")
        #expect(result.sections[0].title == "The next two steps")
    }

    @Test func deeperHeadingsNestAsSubsections() {
        let result = outline("""
            # Sprint 47
            ## Daily scrum
            ### 2026-11-18
            - win: Booked a demo @leo
            #### Detail
            - idea: Trigger list @kim
            ### 2026-11-19
            - rejection: Budget frozen @dana
            ## Retrospective
            ### What worked
            - The audit pitch
            """)
        #expect(result.titles.map(\.title) == ["Sprint 47"])
        #expect(result.sections.map(\.title) == ["Daily scrum", "Retrospective"])
        let scrum = result.sections[0]
        #expect(scrum.entries.isEmpty)
        #expect(scrum.subsections.map(\.title) == ["2026-11-18", "2026-11-19"])
        #expect(scrum.subsections.map(\.line) == [3, 7])
        #expect(scrum.subsections[0].entries.map(\.text) == ["win: Booked a demo @leo"])
        #expect(scrum.subsections[0].subsections.map(\.title) == ["Detail"])
        #expect(scrum.subsections[0].subsections[0].entries.map(\.text) == ["idea: Trigger list @kim"])
        #expect(scrum.subsections[0].contentLastLine == 6)
        #expect(scrum.contentLastLine == 8)
        #expect(result.sections[1].subsection("WHAT WORKED")?.entries.map(\.text) == ["The audit pitch"])
        #expect(result.sections[1].contentLastLine == 11)
    }

    @Test func headingDeeperThanTwoWithoutParentIsTopLevel() {
        let result = outline("### Notes\n- [ ] a\n## Backlog\n- [ ] b\n")
        #expect(result.sections.map(\.title) == ["Notes", "Backlog"])
        #expect(result.sections.map(\.level) == [3, 2])
    }

    @Test func listsBeforeAnySectionArePreamble() {
        let result = outline("- [ ] Loose item\n\n# Title\n- [ ] Under the title\n\n## Backlog\n- [ ] In the backlog\n")
        #expect(result.preamble.map(\.text) == ["Loose item", "Under the title"])
        #expect(result.sections[0].entries.map(\.text) == ["In the backlog"])
    }

    @Test func bulletAndOrderedLists() {
        let result = outline("""
            ## Steps
            - [ ] dash
            * [ ] star
            + [ ] plus

            3. [ ] third
            4. [ ] fourth

            1) [ ] paren
            """)
        let entries = result.sections[0].entries
        #expect(entries.map(\.text) == ["dash", "star", "plus", "third", "fourth", "paren"])
        #expect(entries.map(\.ordinal) == [nil, nil, nil, 3, 4, 1])
        #expect(entries.map(\.line) == [2, 3, 4, 6, 7, 9])
        #expect(entries.map(\.column) == [1, 1, 1, 1, 1, 1])
        // The text (the box) starts after the marker.
        #expect(entries.map(\.textColumn) == [3, 3, 3, 4, 4, 4])
    }

    @Test(arguments: [("[ ]", Checkbox.todo), ("[/]", .doing), ("[x]", .done), ("[X]", .done), ("[-]", .dropped)])
    func everyCheckboxState(box: String, state: Checkbox) {
        let entry = outline("## Backlog\n- \(box) Proposal v1\n").sections[0].entries[0]
        #expect(entry.checkbox == state)
        #expect(entry.text == "Proposal v1")
        #expect(entry.textColumn == 3)
    }

    @Test func aBoxAloneIsAnEmptyItem() {
        let entry = outline("- [x]\n").preamble[0]
        #expect(entry.checkbox == .done)
        #expect(entry.text == "")
    }

    @Test(arguments: ["- [x]done", "- [?] unknown", "- [] empty", "- [xx] two", "- plain bullet", "- x [ ] later"])
    func notACheckbox(line: String) {
        let entry = outline(line + "\n").preamble[0]
        #expect(entry.checkbox == nil)
        #expect(entry.text == String(line.dropFirst(2)))
    }

    @Test func everyTokenKindWithItsColumn() {
        let line = "- [ ] Demo @leo due:2026-11-30 done:2026-11-29 sprint:2026-s47 pts:3 #demo +acme stage:qualify"
        let entry = outline(line + "\n").preamble[0]
        let found = entry.tokens.map { "\($0.kind.rawValue)=\($0.value)@\($0.line):\($0.column)" }
        #expect(found == [
            "owner=leo@1:12", "due=2026-11-30@1:17", "done=2026-11-29@1:32", "sprint=2026-s47@1:48",
            "points=3@1:64", "kind=demo@1:70", "link=acme@1:76", "stage=qualify@1:82",
        ])
        for token in entry.tokens {
            let scalars = Array(line.unicodeScalars)
            #expect(["@", "d", "s", "p", "#", "+"].contains(String(scalars[token.column - 1])))
        }
    }

    @Test func trailingPunctuationIsNotPartOfAToken() {
        let entry = outline("- [ ] Ask @raj, then @maria. Due due:2026-11-30; sprint:s47) (#demo!) +acme!?\n").preamble[0]
        // A word starting with "(" is not a token; closing punctuation is dropped.
        #expect(entry.tokens.map(\.value) == ["raj", "maria", "2026-11-30", "s47", "acme"])
        #expect(entry.tokens.map(\.kind) == [.owner, .owner, .due, .sprint, .link])
        #expect(entry.tokens.map(\.column) == [11, 22, 34, 50, 71])
    }

    @Test func tokenValuesStopAtCharactersThatCannotBeInThem() {
        let entry = outline("- [ ] See [notes @raj](https://x) with @søren's team, @dana— and pts:2.5. #demo/video\n").preamble[0]
        #expect(entry.tokens.map(\.value) == ["raj", "søren", "dana", "2.5", "demo/video"])
    }

    @Test func wordsInCodeSpansAreNotTokens() {
        let entry = outline("- [ ] Run `grep @dana due:2026-11-30` for @leo and `@kim`\n").preamble[0]
        #expect(entry.tokens.map(\.value) == ["leo"])
        var diagnostics: [Diagnostic] = []
        let items = Item.items(from: [entry], section: "Backlog", document: DocumentRef(kind: .deal, id: "a", path: "deals/a.md"), diagnostics: &diagnostics)
        #expect(items[0].owners == ["leo"])
        #expect(items[0].title == "Run `grep @dana due:2026-11-30` for and `@kim`")
    }

    @Test(arguments: ["mail dana@example.com", "a lone @ sign", "due: 2026-11-30", "C# and #", "pts:", "+ plus", "@.", "sprint:..."])
    func wordsThatAreNotTokens(text: String) {
        #expect(outline("- [ ] \(text)\n").preamble[0].tokens.isEmpty)
    }

    @Test func continuationLinesBelongToTheItem() {
        let result = outline("""
            ## Backlog
            - [ ] Call Maria @dana
              about the budget due:2026-11-30
            lazy continuation #meeting
            - [ ] Next one
            """)
        let entries = result.sections[0].entries
        #expect(entries.count == 2)
        let first = entries[0]
        #expect(first.text == "Call Maria @dana about the budget due:2026-11-30 lazy continuation #meeting")
        #expect(first.textLine == 2)
        #expect(first.textEndLine == 4)
        #expect(first.tokens.map { "\($0.kind.rawValue)@\($0.line):\($0.column)" } == ["owner@2:18", "due@3:20", "kind@4:19"])
        #expect(entries[1].line == 5)
    }

    @Test func nestedListsAreChildren() {
        let result = outline("""
            ## Backlog
            - [ ] Parent @dana
              - [x] Child @leo
                - [-] Grandchild
              - a plain note
                - [/] Under the note
            - [ ] Sibling
            """)
        let entries = result.sections[0].entries
        #expect(entries.map(\.text) == ["Parent @dana", "Sibling"])
        let parent = entries[0]
        #expect(parent.endLine == 6)
        #expect(parent.textEndLine == 2)
        #expect(parent.children.map(\.text) == ["Child @leo", "a plain note"])
        #expect(parent.children.map(\.checkbox) == [.done, nil])
        #expect(parent.children[0].line == 3)
        #expect(parent.children[0].column == 3)
        #expect(parent.children[0].textColumn == 5)
        #expect(parent.children[0].children.map(\.checkbox) == [.dropped])
        #expect(parent.children[1].children.map(\.checkbox) == [.doing])
        // allItems walks every level, in file order, boxes only.
        #expect(result.sections[0].allItems.map(\.line) == [2, 3, 4, 6, 7])
    }

    @Test func checkboxLinesInCodeQuotesAndHTMLAreNotItems() {
        let result = outline("""
            ## Backlog
            ```
            - [ ] in a fenced block
            ```

                - [ ] in an indented code block

            > - [ ] in a block quote
            > continued

            <!--
            - [ ] in an HTML comment
            -->

            <div>
            - [ ] in an HTML block
            </div>

            - [ ] the only item
              ```
              - [ ] fenced inside the item
              ```
              > - [ ] quoted inside the item
            """)
        #expect(result.sections[0].entries.count == 1)
        #expect(result.sections[0].allItems.map(\.text) == ["the only item"])
        #expect(result.sections[0].entries[0].children.isEmpty)
        #expect(result.sections[0].entries[0].line == 19)
    }

    @Test func headingsInsideCodeBlocksAreNotSections() {
        let result = outline("## Backlog\n```\n## Not a section\n```\n- [ ] a\n")
        #expect(result.sections.map(\.title) == ["Backlog"])
        #expect(result.sections[0].entries.count == 1)
    }

    @Test func crlfReadsTheSameAsLF() {
        let lf = "# Title\n\n## Backlog\n- [ ] Call @dana\n  more due:2026-11-30\n  - [x] child\n\n## Log\n- 2026-11-18 Call\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let a = outline(lf), b = outline(crlf)
        #expect(a == b)
        #expect(b.sections[0].entries[0].text == "Call @dana more due:2026-11-30")
        #expect(b.sections[0].entries[0].tokens[1].column == 8)
    }

    @Test func byteOrderMarkDoesNotShiftPositions() {
        let text = "## Backlog\n- [ ] Call @dana\n"
        let plain = OutlineReader.read(SourceText(path: "a.md", text: text)).outline
        let marked = OutlineReader.read(SourceText(path: "a.md", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))).outline
        #expect(plain == marked)
        #expect(marked.sections[0].column == 1)
        #expect(marked.sections[0].entries[0].tokens[0].column == 12)
    }

    @Test func columnsCountUnicodeScalars() {
        let entry = outline("- [ ] Café über 🚀 e\u{301} @dana\n").preamble[0]
        // "- [ ] " 6, "Café" 4, " ", "über" 4, " ", rocket 1, " ", e + combining accent 2, " ".
        #expect(entry.tokens[0].column == 22)
        #expect(entry.text == "Café über 🚀 e\u{301} @dana")
    }

    @Test func nonASCIIBeforeAListMarkerCountsScalars() {
        // A nested item under an item whose text is non-ASCII keeps scalar columns.
        let text = "## Backlog\n- [ ] Über\n  - [ ] Child @leo\n"
        let child = outline(text).sections[0].entries[0].children[0]
        #expect(child.column == 3)
        #expect(child.tokens[0].column == 15)
    }

    @Test func bodyOffsetKeepsFileLineNumbers() {
        let source = SourceText(path: "deals/a.md", text: "---\naccount: A\n---\n## Backlog\n- [ ] Call @dana\n")
        let (result, diagnostics) = OutlineReader.read(source, firstLine: 4)
        #expect(diagnostics.isEmpty)
        #expect(result.sections[0].line == 4)
        #expect(result.sections[0].entries[0].line == 5)
        #expect(result.sections[0].entries[0].tokens[0].line == 5)
    }

    @Test func bodyPastTheEndIsEmpty() {
        let source = SourceText(path: "deals/a.md", text: "---\naccount: A\n---\n")
        #expect(OutlineReader.read(source, firstLine: 4).outline == MarkdownOutline())
    }

    @Test func listsDeeperThanTheLimitAreCutWithAWarning() {
        let deep = String(repeating: "- ", count: 100) + "[ ] bottom\n"
        let (result, diagnostics) = OutlineReader.read(SourceText(path: "a.md", text: "## Backlog\n" + deep))
        #expect(diagnostics.codes == ["list-too-deep"])
        #expect(diagnostics[0].severity == .warning)
        #expect(diagnostics[0].location.line == 2)
        var depth = 0
        var level = result.sections[0].entries
        while let first = level.first { depth += 1; level = first.children }
        #expect(depth == OutlineReader.maximumListDepth)
    }
}
