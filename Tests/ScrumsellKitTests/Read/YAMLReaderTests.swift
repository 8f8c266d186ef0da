import Testing
@testable import ScrumsellKit

@Suite("YAML front-matter")
struct YAMLReaderTests {
    @Test func positionsAreFilePositions() throws {
        let document = readDocument("---\naccount: Acme\nstakeholders:\n  - {id: maria, name: Maria}\n---\n")
        let fields = try #require(document.fields)
        let pairs = try #require(fields.mapping)
        #expect(pairs.map(\.key) == ["account", "stakeholders"])
        #expect(pairs.map(\.keyLine) == [2, 3])
        #expect(pairs.map(\.keyColumn) == [1, 1])
        #expect(fields["account"]?.line == 2)
        #expect(fields["account"]?.column == 10)
        let maria = try #require(fields["stakeholders"]?.sequence?.first)
        #expect(maria.line == 4)
        #expect(maria.column == 5)
        #expect(maria["name"]?.column == 23)
    }

    @Test func quotedAndPlainScalars() throws {
        let fields = try #require(readDocument("---\na: 'x'\nb: x\nc: |\n  block\nd: ~\ne:\n---\n").fields)
        #expect(fields["a"]?.kind == .scalar("x", isPlain: false))
        #expect(fields["b"]?.kind == .scalar("x", isPlain: true))
        #expect(fields["c"]?.scalar == "block\n")
        #expect(fields["d"]?.isNull == true)
        #expect(fields["e"]?.isNull == true)
        #expect(fields["a"]?.isNull == false)
    }

    @Test func crlfAndBOMKeepPositions() throws {
        let text = "---\r\naccount: Acme\r\nvalue: [1]\r\n---\r\n"
        let document = DocumentReader.read(kind: .deal, id: "a", path: "deals/a.md", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let fields = try #require(document.fields)
        #expect(fields["value"]?.line == 3)
        #expect(fields["value"]?.column == 8)
        #expect(fields["account"]?.scalar == "Acme")
    }

    @Test func columnsAfterNonASCIICountScalars() throws {
        let fields = try #require(readDocument("---\ntags: [Café, {a: b}]\n---\n").fields)
        #expect(fields["tags"]?.sequence?[1].column == 14)
    }

    @Test func syntaxErrorPointsIntoTheFile() {
        let document = readDocument("---\naccount: Acme\nowner: [dana\nstage: qualify\n---\n# Body\n")
        #expect(document.fields == nil)
        let diagnostic = document.diagnostics[0]
        #expect(diagnostic.code == "yaml-syntax")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location.path == "deals/acme.md")
        // The unclosed bracket opened on line 3, column 8.
        #expect(diagnostic.location.line == 3)
        #expect(diagnostic.location.column == 8)
        #expect(diagnostic.message == "invalid YAML: did not find expected ',' or ']' while parsing a flow sequence")
        #expect(!diagnostic.message.contains("\n"))
    }

    @Test func badIndentationIsASyntaxError() {
        let document = readDocument("---\naccount: Acme\n  owner: dana\n---\n")
        #expect(document.diagnostics.codes == ["yaml-syntax"])
        #expect(document.diagnostics[0].location.line == 3)
        #expect(document.diagnostics[0].location.column == 8)
        #expect(document.diagnostics[0].message == "invalid YAML: mapping values are not allowed in this context")
    }

    @Test func controlCharacterIsLocated() {
        let document = readDocument("---\naccount: Acme\ntitle: Bell\u{7}s\n---\n")
        #expect(document.diagnostics.codes == ["yaml-syntax"])
        #expect(document.diagnostics[0].location.line == 3)
        #expect(document.diagnostics[0].location.column == 12)
        #expect(document.diagnostics[0].message == "invalid YAML: control characters are not allowed (U+0007)")
    }

    @Test func duplicateKeyIsReportedAtItsSecondOccurrenceAndTheFirstWins() throws {
        let document = readDocument("---\naccount: Acme\ntitle: One\nowner: dana\ntitle: Two\n---\n")
        #expect(document.diagnostics.count == 1)
        let diagnostic = document.diagnostics[0]
        #expect(diagnostic.code == "yaml-duplicate-key")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location.line == 5)
        #expect(diagnostic.location.column == 1)
        #expect(diagnostic.message == "duplicate key 'title' (first set on line 3)")
        let fields = try #require(document.fields)
        #expect(fields["title"]?.scalar == "One")
        #expect(fields.mapping?.map(\.key) == ["account", "title", "owner"])
    }

    @Test func duplicateKeysInNestedAndFlowMappings() throws {
        let document = readDocument("""
            ---
            stakeholders:
              - {id: a, name: A, id: b, title: CFO}
              - id: c
                name: C
                "id": d
            tags: [x]
            tags: [y]
            ---
            """)
        #expect(document.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message)" } == [
            "3:22 duplicate key 'id' (first set on line 3)",
            "6:5 duplicate key 'id' (first set on line 4)",
            "8:1 duplicate key 'tags' (first set on line 7)",
        ])
        let fields = try #require(document.fields)
        let people = try #require(fields["stakeholders"]?.sequence)
        #expect(people[0]["id"]?.scalar == "a")
        #expect(people[0]["title"]?.scalar == "CFO")
        // The key after the renamed duplicate keeps its column.
        #expect(people[0]["title"]?.column == 36)
        #expect(people[1]["id"]?.scalar == "c")
        #expect(fields["tags"]?.sequence?.map(\.scalar) == ["x"])
    }

    @Test func anchorsAndAliasesResolveToTheirValues() throws {
        let fields = try #require(readDocument("---\ntags: &t [fintech, upsell]\nobjectives: *t\n---\n").fields)
        #expect(fields["objectives"]?.sequence?.compactMap(\.scalar) == ["fintech", "upsell"])
    }

    @Test func exponentialAliasesHitTheBudget() {
        var lines = ["---", "a: &a [x, x, x, x, x, x, x, x, x, x]"]
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]")
        }
        lines.append("---")
        let document = readDocument(lines.joined(separator: "\n") + "\n")
        #expect(document.fields == nil)
        #expect(document.diagnostics.codes == ["yaml-too-large"])
        #expect(document.diagnostics[0].message == "front-matter expands to more than 100000 values")
    }

    @Test(arguments: ["? *i\n: 1", "*i : 1", "[*i]: 1", "{*i: 1}", "x: {*i : 1}"])
    func aliasesInKeysAreRefusedBeforeParsing(key: String) {
        var lines = ["---", "a: &a [x, x, x, x, x, x, x, x, x, x]"]
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]")
        }
        lines += [key, "---"]
        let document = readDocument(lines.joined(separator: "\n") + "\n")
        #expect(document.fields == nil)
        #expect(document.diagnostics.codes == ["yaml-too-large"])
        #expect(document.diagnostics.first?.location.line == 11)
    }

    static let deepBlocks: [String: String] = [
        "brackets": "x: " + String(repeating: "[", count: 500) + String(repeating: "]", count: 500),
        "braces": "x: " + String(repeating: "{a: ", count: 5000) + "1" + String(repeating: "}", count: 5000),
        "dashes": "x:\n  " + String(repeating: "- ", count: 900) + "y",
    ]

    @Test(arguments: [("brackets", 2, 67), ("braces", 2, 256), ("dashes", 3, 127)])
    func deepNestingIsRefusedBeforeParsing(name: String, line: Int, column: Int) {
        // The YAML library recurses once per level: hundreds of levels would overflow a thread's stack.
        let document = readDocument("---\n\(Self.deepBlocks[name]!)\n---\n")
        #expect(document.fields == nil)
        #expect(document.diagnostics.map { "\($0.code) \($0.location.line):\($0.location.column)" } == ["yaml-too-large \(line):\(column)"])
        #expect(document.diagnostics[0].message == "front-matter is nested more than 64 levels deep")
    }

    @Test func nestingEstimateLeavesOrdinaryYAMLAlone() {
        let yaml = """
            title: "Dana's [deal] {draft" # a comment with [[[[ and '
            note: Dana's deal [v2]
            quoted: 'it''s [ok'
            multi: "spans
              [[[[ lines"
            literal: |
              - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -
              [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[
            folded: >-
              {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{
            stakeholders:
              - {id: maria, name: "Maria [CFO]", influence: economic}
              - id: raj
                tags: [a, [b, [c]]]
            """
        #expect(YAMLNestingGuard.firstPlace(in: yaml, deeperThan: 64) == nil)
        #expect(YAMLNestingGuard.firstPlace(in: yaml, deeperThan: 4) != nil)
        #expect(readDocument("---\n\(yaml)\n---\n").diagnostics.isEmpty)
    }

    @Test func nonStringKeyIsATypeError() {
        let document = readDocument("---\naccount: Acme\n[a, b]: 1\n---\n")
        #expect(document.diagnostics.codes == ["yaml-type"])
        #expect(document.diagnostics[0].location.line == 3)
        #expect(document.diagnostics[0].location.column == 1)
    }
}
