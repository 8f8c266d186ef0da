import Testing
@testable import ScrumsellKit

/// The shared rules every YAML scanner reads lines by.
@Suite struct YAMLLineLexerTests {
    typealias Lexer = YAMLLineLexer

    func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    // MARK: Quoted scalars

    @Test func doubleQuotesEndAtTheFirstUnescapedQuote() {
        let line = bytes(#"key: "a \"b\" \\" # c"#)
        #expect(Lexer.closingQuote(line, from: 6, end: line.count, quote: UInt8(ascii: "\"")) == 16)
        let open = bytes(#"key: "still \"open"#)
        #expect(Lexer.closingQuote(open, from: 6, end: open.count, quote: UInt8(ascii: "\"")) == nil)
        // A backslash at the end of the line escapes nothing on this line.
        let trailing = bytes(#""a\"#)
        #expect(Lexer.closingQuote(trailing, from: 1, end: trailing.count, quote: UInt8(ascii: "\"")) == nil)
    }

    @Test func singleQuotesDoubleAQuoteAndIgnoreBackslashes() {
        let line = bytes(#"'Dana''s \' x'"#)
        #expect(Lexer.closingQuote(line, from: 1, end: line.count, quote: UInt8(ascii: "'")) == 10)
        let doubled = bytes("'it''s'")
        #expect(Lexer.closingQuote(doubled, from: 1, end: doubled.count, quote: UInt8(ascii: "'")) == 6)
        let open = bytes("'it''")
        #expect(Lexer.closingQuote(open, from: 1, end: open.count, quote: UInt8(ascii: "'")) == nil)
    }

    @Test func quotesOpenOnlyWhereAScalarMayStart() {
        for previous in ":-[{,? \t".utf8 {
            #expect(Lexer.quoteOpensScalar(after: previous), "\(previous)")
        }
        #expect(!Lexer.quoteOpensScalar(after: UInt8(ascii: "a")))
    }

    // MARK: Comments

    @Test func aHashStartsACommentOnlyAfterABlankOrAtTheLineStart() {
        let line = bytes("a#b  # c\t#d")
        #expect(!Lexer.startsComment(line, at: 1, lineStart: 0))
        #expect(Lexer.startsComment(line, at: 5, lineStart: 0))
        #expect(Lexer.startsComment(line, at: 9, lineStart: 0))
        #expect(Lexer.startsComment(bytes("# note"), at: 0, lineStart: 0))
        #expect(!Lexer.startsComment(UInt8(ascii: "x"), after: 0x20))
    }

    @Test func aHashInsideQuotesIsNotAComment() {
        // The quoted scalar is skipped whole; the `#` in it never reaches the comment rule.
        let line = bytes(#"title: "x # y" # z"#)
        let close = Lexer.closingQuote(line, from: 8, end: line.count, quote: UInt8(ascii: "\""))
        #expect(close == 13)
        let comment = Lexer.skipBlanks(line, from: 14, end: line.count)
        #expect(Lexer.startsComment(line, at: comment, lineStart: 0))
        #expect(FastYAML.parse(#"title: "x # y" # z"#, firstLine: 1) == .parsed(YAMLNode(.mapping([
            YAMLPair(key: "title", keyLine: 1, keyColumn: 1, value: YAMLNode(.scalar("x # y", isPlain: false), line: 1, column: 8)),
        ]), line: 1, column: 1)))
    }

    @Test func aCommentAfterAPlainValueIsNotPartOfIt() throws {
        let source = SourceText(path: "deal.md", text: "stage: qualify   # moved\n")
        let lines = FrontMatterLines(lineBytes: source.lineBytes)
        let end = try #require(lines.valueEnd(startLine: 1, start: 7, through: 1))
        #expect(end.line == 1 && end.byte == 14)
        #expect(lines.commentTail(source.lineBytes(1), from: 14) == "   # moved")
        #expect(lines.commentTail(source.lineBytes(1), from: 7) == "")
    }

    // MARK: Keys and separators

    @Test func aColonEndsAKeyBeforeABlankOrTheEnd() {
        let line = bytes("url: http://x")
        #expect(Lexer.isValueIndicator(line, at: 3, end: line.count))
        #expect(!Lexer.isValueIndicator(line, at: 9, end: line.count))
        let tab = bytes("k:\tv")
        #expect(Lexer.isValueIndicator(tab, at: 1, end: tab.count))
        let last = bytes("k:")
        #expect(Lexer.isValueIndicator(last, at: 1, end: last.count))
        let flow = bytes("{a:}")
        #expect(!Lexer.isValueIndicator(flow, at: 2, end: flow.count))
        #expect(Lexer.isValueIndicator(flow, at: 2, end: flow.count, inFlow: true))
    }

    @Test func keysWithSpacesAndQuotes() throws {
        let source = SourceText(path: "deal.md", text: "close date: 2026-01-01\n\"a: b\" : 1\n'it''s':2\n")
        let lines = FrontMatterLines(lineBytes: source.lineBytes)
        #expect(lines.colonEnd(line: 1, keyStart: 0) == 11)
        #expect(lines.colonEnd(line: 2, keyStart: 0) == 8)
        #expect(lines.colonEnd(line: 3, keyStart: 0) == 8)
        #expect(FastYAML.parse("close date: 2026-01-01", firstLine: 1) != .unsupported)
        // A quoted key is left to Yams.
        #expect(FastYAML.parse("\"a: b\": 1", firstLine: 1) == .unsupported)
    }

    // MARK: Flow collections and entries

    @Test func flowMapsEndAtTheirClosingBracket() throws {
        let source = SourceText(path: "deal.md", text: "people: [{id: a, note: \"}\"}, # ]\n  {id: b}]\n")
        let end = try #require(FrontMatterLines(lineBytes: source.lineBytes).valueEnd(startLine: 1, start: 8, through: 2))
        #expect(end.line == 2 && end.byte == 10)
        #expect(Lexer.isFlowOpening(UInt8(ascii: "{")) && Lexer.isFlowClosing(UInt8(ascii: "}")))
        #expect(Lexer.isFlowIndicator(UInt8(ascii: ",")) && !Lexer.isFlowIndicator(UInt8(ascii: ":")))
    }

    @Test func aDashStartsAnEntryBeforeABlankOrTheEnd() {
        for entry in ["- a", "-", "-\ta"] {
            let line = bytes(entry)
            #expect(Lexer.isEntryDash(line, at: 0, end: line.count), "\(entry)")
        }
        for other in ["-a", "--- ", "-1"] {
            let line = bytes(other)
            #expect(!Lexer.isEntryDash(line, at: 0, end: line.count), "\(other)")
        }
        let question = bytes("? k")
        #expect(Lexer.isIndicator(UInt8(ascii: "?"), question, at: 0, end: question.count))
    }

    @Test func indicatorsCannotStartAPlainScalar() {
        for indicator in "-?:,[]{}#&*!|>'\"%@`".utf8 { #expect(Lexer.isIndicator(indicator)) }
        for other in "a0_.~/(".utf8 { #expect(!Lexer.isIndicator(other)) }
        #expect(!YAMLScalar.isSafePlain("&anchor") && YAMLScalar.isSafePlain("a&b"))
    }

    // MARK: Lines

    @Test func crlfLinesEndBeforeTheCarriageReturn() {
        let line = bytes("---\r")
        #expect(Lexer.endBeforeCarriageReturn(line, start: 0, end: line.count) == 3)
        #expect(Lexer.isDelimiter(line, start: 0, end: 3, dots: false))
        #expect(Lexer.endBeforeCarriageReturn(bytes("a"), start: 0, end: 1) == 1)
        #expect(Lexer.endBeforeCarriageReturn(bytes(""), start: 0, end: 0) == 0)
    }

    @Test func delimitersAllowTrailingBlanks() {
        #expect(Lexer.isDelimiter(bytes("--- \t"), start: 0, end: 5, dots: false))
        #expect(Lexer.isDelimiter(bytes("..."), start: 0, end: 3, dots: true))
        #expect(!Lexer.isDelimiter(bytes("..."), start: 0, end: 3, dots: false))
        #expect(!Lexer.isDelimiter(bytes("----"), start: 0, end: 4, dots: true))
        #expect(!Lexer.isDelimiter(bytes("-- -"), start: 0, end: 4, dots: true))
    }

    @Test func aByteOrderMarkIsSkippedByTheExcerptAndDeclinedByTheFastPath() throws {
        #expect(Lexer.byteOrderMark == [0xEF, 0xBB, 0xBF])
        let excerpt = try #require(FrontMatterExcerpt.excerpt(of: Lexer.byteOrderMark + bytes("---\r\nstage: won\r\n---\r\n")))
        #expect(excerpt == bytes("---\nstage: won\n---\n"))
        #expect(FastYAML.parse("a: \u{FEFF}b", firstLine: 1) == .unsupported)
    }

    @Test func tabsAreBlanksButNotIndentation() {
        let line = bytes(" \t x")
        #expect(Lexer.skipBlanks(line, from: 0, end: line.count) == 3)
        #expect(Lexer.skipSpaces(line, from: 0, end: line.count) == 1)
        #expect(Lexer.trimBlanks(bytes("x \t "), from: 0, end: 4) == 1)
        // The fast path declines tabs; Yams reads them.
        #expect(FastYAML.parse("a:\tb", firstLine: 1) == .unsupported)
    }

    @Test func blockScalarHeaders() {
        for header in ["k: |", "k: >-", "k: |2+  ", "|"] {
            let line = bytes(header)
            #expect(Lexer.endsWithBlockScalarHeader(line, contentStart: 0, end: line.count), "\(header)")
        }
        for other in ["k: a|", "k: 12", "k: '|'"] {
            let line = bytes(other)
            #expect(!Lexer.endsWithBlockScalarHeader(line, contentStart: 0, end: line.count), "\(other)")
        }
    }

    @Test func unicodeScalarsReadAsBytesNoRuleMatches() {
        let scalars = Array("é: #".unicodeScalars)
        #expect(scalars[0].yamlByte == 0x80)
        #expect(Lexer.isValueIndicator(scalars, at: 1, end: scalars.count))
        #expect(Lexer.startsComment(scalars, at: 3, lineStart: 0))
        #expect(!Lexer.isAnchorCharacter(scalars[0].yamlByte) && Lexer.isAnchorCharacter(UInt8(ascii: "_")))
    }
}
