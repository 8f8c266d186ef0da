import Testing
@testable import ScrumsellKit

@Suite struct EditPlanTests {
    func apply(_ text: String, _ edits: [TextEdit]) throws -> String {
        var plan = EditPlan(source: SourceText(path: "f.md", text: text))
        plan.add(edits)
        return String(decoding: try plan.apply(), as: UTF8.self)
    }

    @Test func splicesReplaceOnlyTheirBytes() throws {
        let result = try apply("one two three\nfour\n", [.splice(line: 1, bytes: 4..<7, text: "2"), .splice(line: 1, bytes: 13..<13, text: "!")])
        #expect(result == "one 2 three!\nfour\n")
    }

    @Test func insertionsAndReplacementsKeepOtherLines() throws {
        let result = try apply("a\nb\nc\n", [.insertLines(before: 2, lines: ["x", "y"]), .replaceLines(first: 3, last: 3, with: ["C"]),
                                              .insertLines(before: 4, lines: ["end"])])
        #expect(result == "a\nx\ny\nb\nC\nend\n")
    }

    @Test func deletingLines() throws {
        #expect(try apply("a\nb\nc\nd\n", [.replaceLines(first: 2, last: 3, with: [])]) == "a\nd\n")
    }

    @Test func crlfFilesStayCRLFAndTheBOMStays() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a\r\nb\r\n".utf8)
        var plan = EditPlan(source: SourceText(path: "f.md", bytes: bytes))
        plan.add(.insertLines(before: 2, lines: ["new"]))
        plan.add(.splice(line: 2, bytes: 0..<1, text: "B"))
        #expect(try plan.apply() == [0xEF, 0xBB, 0xBF] + Array("a\r\nnew\r\nB\r\n".utf8))
    }

    @Test func aFileWithoutAFinalLineBreakKeepsWithoutOne() throws {
        #expect(try apply("a\nb", [.insertLines(before: 3, lines: ["c"])]) == "a\nb\nc")
        #expect(try apply("a\nb", [.splice(line: 2, bytes: 0..<1, text: "B")]) == "a\nB")
    }

    @Test func overlappingEditsAreRefused() {
        #expect(throws: EditRefusal.self) {
            try apply("abc\n", [.splice(line: 1, bytes: 0..<2, text: "x"), .splice(line: 1, bytes: 1..<3, text: "y")])
        }
        #expect(throws: EditRefusal.self) {
            try apply("abc\ndef\n", [.splice(line: 1, bytes: 0..<1, text: "x"), .replaceLines(first: 1, last: 2, with: [])])
        }
        #expect(throws: EditRefusal.self) { try apply("abc\n", [.splice(line: 1, bytes: 0..<1, text: "x\ny")]) }
        #expect(throws: EditRefusal.self) { try apply("abc\n", [.insertLines(before: 5, lines: ["x"])]) }
    }
}

@Suite struct UnifiedDiffTests {
    @Test func aChangedLineWithContext() {
        let old = Array("1\n2\n3\n4\n5\n6\n7\n8\n9\n".utf8)
        let new = Array("1\n2\n3\n4\nfive\n6\n7\n8\n9\n".utf8)
        #expect(UnifiedDiff.render(path: "deals/a.md", old: old, new: new) == """
        --- a/deals/a.md
        +++ b/deals/a.md
        @@ -2,7 +2,7 @@
         2
         3
         4
        -5
        +five
         6
         7
         8

        """)
    }

    @Test func distantChangesMakeTwoHunksAndInsertionsCountRight() {
        let old = Array((1...20).map { "\($0)\n" }.joined().utf8)
        var lines = (1...20).map { "\($0)" }
        lines[0] = "one"
        lines.insert("new", at: 18)
        let new = Array(lines.map { $0 + "\n" }.joined().utf8)
        #expect(UnifiedDiff.render(path: "x.md", old: old, new: new) == """
        --- a/x.md
        +++ b/x.md
        @@ -1,4 +1,4 @@
        -1
        +one
         2
         3
         4
        @@ -16,5 +16,6 @@
         16
         17
         18
        +new
         19
         20

        """)
    }

    @Test func aNewFileAndAMissingFinalLineBreak() {
        #expect(UnifiedDiff.render(path: "n.md", old: nil, new: Array("a\nb".utf8)) == """
        --- /dev/null
        +++ b/n.md
        @@ -0,0 +1,2 @@
        +a
        +b
        \\ No newline at end of file

        """)
        #expect(UnifiedDiff.render(path: "n.md", old: Array("a\n".utf8), new: Array("a\n".utf8)) == "")
    }

    /// Issue 14, friction 6: `git apply` compares every byte, so a CRLF file's lines keep their
    /// carriage returns in the diff, and a byte-order mark stays on the first line.
    @Test func crlfLinesKeepTheirCarriageReturnAndTheBOMStays() {
        #expect(UnifiedDiff.render(path: "c.md", old: Array("a\r\nb\r\n".utf8), new: Array("a\r\nc\r\n".utf8))
                == "--- a/c.md\n+++ b/c.md\n@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r\n")
        #expect(UnifiedDiff.render(path: "b.md", old: [0xEF, 0xBB, 0xBF] + Array("a\nb\n".utf8), new: [0xEF, 0xBB, 0xBF] + Array("a\nc\n".utf8))
                == "--- a/b.md\n+++ b/b.md\n@@ -1,2 +1,2 @@\n \u{FEFF}a\n-b\n+c\n")
    }
}

@Suite struct YAMLScalarTests {
    /// Every rendering reads back through the project's YAML reader as exactly the text.
    @Test(arguments: ["plain", "Acme Corp", "Payments: hub", "a #b", "#tag", "- dash", "yes", "No", "null", "~", "12", "1.5e3", "0x1F",
                      "2026-11-20", "", " padded ", "quote \" and \\ backslash", "it's", "tab\there", "line\nbreak", "ends with:", "[flow]",
                      "{map}", "@at", "`tick`", "%percent", "&anchor", "*alias", "!tag", "|pipe", ">fold", "Bolt | Nut", "café — ünïcode", "...dots"])
    func roundTrips(_ text: String) throws {
        for style in [YAMLScalar.Style.plain, .singleQuoted, .doubleQuoted] {
            for inFlow in [false, true] {
                let written = YAMLScalar.text(text, style: style, inFlow: inFlow)
                let yaml = inFlow ? "key: [\(written), other]\n" : "key: \(written)\n"
                let (root, diagnostics) = YAMLReader.parse(yaml: yaml, firstLine: 1, in: SourceText(path: "t.yml", text: yaml))
                #expect(diagnostics.isEmpty, "\(yaml)")
                let value = inFlow ? root?["key"]?.sequence?.first : root?["key"]
                #expect(value?.scalar == text, "\(yaml)")
                if style == .plain, case .scalar(_, let isPlain)? = value?.kind, isPlain {
                    #expect(!YAMLScalar.readsAsNonText(text), "\(text) must be quoted: YAML reads it as something else")
                }
            }
        }
    }

    @Test func plainWhenSafe() {
        #expect(YAMLScalar.text("Acme Corp") == "Acme Corp")
        #expect(YAMLScalar.text("Payments: hub") == "\"Payments: hub\"")
        #expect(YAMLScalar.text("yes") == "\"yes\"")
        #expect(YAMLScalar.token("2026-11-20") == "2026-11-20")
        #expect(YAMLScalar.text("it's", style: .singleQuoted) == "'it''s'")
        #expect(YAMLScalar.text("a, b", inFlow: true) == "\"a, b\"")
    }
}

@Suite struct SlugTests {
    @Test func slugs() {
        #expect(Slug.make("Acme Corp") == "acme-corp")
        #expect(Slug.make("  Café Noir — Payments Hub! ") == "cafe-noir-payments-hub")
        #expect(Slug.make("Bolt | Nut Industries") == "bolt-nut-industries")
        #expect(Slug.make("Straße 2027") == "strasse-2027")
        #expect(Slug.make("!!!") == "")
    }
}

@Suite struct LineCheckTests {
    @Test func flagsAChangeOutsideTheEdits() {
        let original = Array("a\nb\nc\n".utf8)
        #expect(linesChangedOutsideEdits(original, Array("a\nB\nc\n".utf8), edits: [.splice(line: 2, bytes: 0..<1, text: "B")]).isEmpty)
        #expect(linesChangedOutsideEdits(original, Array("a\nB\nC\n".utf8), edits: [.splice(line: 2, bytes: 0..<1, text: "B")]) == ["line 3 changed: 'c' → 'C'"])
        #expect(linesChangedOutsideEdits(original, Array("a\nx\nb\nc\n".utf8), edits: [.insertLines(before: 2, lines: ["x"])]).isEmpty)
        #expect(linesChangedOutsideEdits(original, Array("a\r\nb\nc\n".utf8), edits: []) == ["line 1 changed: 'a' → 'a'"])
    }
}
