/// The rules of YAML's line syntax, written once for every scanner in this folder: what a
/// blank is, what an indicator is, where a comment starts, how a quoted scalar ends, what
/// makes a `:` end a key and a `-` start an entry, how deep a line is indented.
///
/// Each rule reads a line as code units: UTF-8 bytes (`FastYAML`, the excerpt, the editor)
/// or Unicode scalars (the guards, which count columns in scalars). Only ASCII takes part
/// in YAML's syntax, so a scalar past ASCII reads as one byte no rule matches. Positions are
/// indices into the collection given, and `end` is where the line stops (before its `\n`).
/// The scanners keep their own grammar (which subset they accept, what they build); only
/// the rules of the characters live here.
@usableFromInline
package enum YAMLLineLexer {
    // MARK: Characters

    /// A space or a tab: what separates tokens on a line (indentation is spaces only).
    @inlinable @inline(__always)
    package static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// YAML's indicators, none of which may start a plain scalar (`-`, `?` and `:` may before
    /// a safe character; the scanners that allow that check it themselves).
    @inlinable @inline(__always)
    package static func isIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
             UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
             UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            return true
        default:
            return false
        }
    }

    /// `,` `[` `]` `{` `}`: the characters that structure a flow collection.
    @inlinable @inline(__always)
    package static func isFlowIndicator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || isFlowOpening(byte) || isFlowClosing(byte)
    }

    /// `[` or `{`: opens a flow collection.
    @inlinable @inline(__always)
    package static func isFlowOpening(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") }

    /// `]` or `}`: closes a flow collection.
    @inlinable @inline(__always)
    package static func isFlowClosing(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") }

    /// `"` or `'`: opens a quoted scalar where a scalar starts.
    @inlinable @inline(__always)
    static func isQuote(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") }

    /// `|` or `>`: a block scalar's header starts with one.
    @inlinable @inline(__always)
    static func isBlockScalarIndicator(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "|") || byte == UInt8(ascii: ">") }

    /// A character of an anchor or alias name as libyaml reads it: ASCII letters, digits, `-` and `_`.
    @inlinable @inline(__always)
    package static func isAnchorCharacter(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    // MARK: Comments

    /// Whether `byte` starts a comment when `previous` stands before it: a `#` after a blank.
    /// (A `#` inside a word, `a#b`, is text; at the start of a line's content the scanner
    /// passes a blank as `previous`.)
    @inlinable @inline(__always)
    package static func startsComment(_ byte: UInt8, after previous: UInt8) -> Bool {
        byte == UInt8(ascii: "#") && isBlank(previous)
    }

    /// Whether a comment starts at `index` of `line`: a `#` at `lineStart` or after a blank.
    @inlinable @inline(__always)
    package static func startsComment<Line: RandomAccessCollection>(_ line: Line, at index: Int, lineStart: Int) -> Bool
    where Line.Element: YAMLCodeUnit, Line.Index == Int {
        line[index].yamlByte == UInt8(ascii: "#") && (index == lineStart || isBlank(line[index - 1].yamlByte))
    }

    // MARK: Separators

    /// Whether the `:` at `index` ends a key: a blank or the line's end follows it (in a flow
    /// collection also `,` `]` or `}`).
    @inlinable @inline(__always)
    package static func isValueIndicator<Line: RandomAccessCollection>(_ line: Line, at index: Int, end: Int, inFlow: Bool = false) -> Bool
    where Line.Element: YAMLCodeUnit, Line.Index == Int {
        guard line[index].yamlByte == UInt8(ascii: ":") else { return false }
        guard index + 1 < end else { return true }
        let next = line[index + 1].yamlByte
        return isBlank(next) || (inFlow && (next == UInt8(ascii: ",") || isFlowClosing(next)))
    }

    /// Whether `indicator` (`-` for a sequence entry, `?` for a complex key) stands at `index`
    /// as an indicator: a blank or the line's end follows it.
    @inlinable @inline(__always)
    package static func isIndicator<Line: RandomAccessCollection>(_ indicator: UInt8, _ line: Line, at index: Int, end: Int) -> Bool
    where Line.Element: YAMLCodeUnit, Line.Index == Int {
        line[index].yamlByte == indicator && (index + 1 == end || isBlank(line[index + 1].yamlByte))
    }

    /// Whether a block sequence entry's `-` stands at `index`.
    @inlinable @inline(__always)
    package static func isEntryDash<Line: RandomAccessCollection>(_ line: Line, at index: Int, end: Int) -> Bool
    where Line.Element: YAMLCodeUnit, Line.Index == Int {
        isIndicator(UInt8(ascii: "-"), line, at: index, end: end)
    }

    // MARK: Quoted scalars

    /// The index of the quote that closes a scalar quoted with `quote`, scanning from `start`
    /// (just past the opening quote, or the start of a line the scalar continues on), or `nil`
    /// when the scalar is still open at `end`. In double quotes a `\` escapes the character
    /// after it; in single quotes `''` is a quote.
    @inlinable
    package static func closingQuote<Line: RandomAccessCollection>(_ line: Line, from start: Int, end: Int, quote: UInt8) -> Int?
    where Line.Element: YAMLCodeUnit, Line.Index == Int {
        var index = start
        while index < end {
            let byte = line[index].yamlByte
            if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if byte == quote {
                if quote == UInt8(ascii: "'"), index + 1 < end, line[index + 1].yamlByte == quote {
                    index += 2
                    continue
                }
                return index
            }
            index += 1
        }
        return nil
    }

    /// Whether a quote after `previous` opens a quoted scalar: only where a scalar may start,
    /// after a blank or one of `:` `-` `[` `{` `,` `?` (so the quote in `Dana's` is text).
    @inlinable @inline(__always)
    package static func quoteOpensScalar(after previous: UInt8) -> Bool {
        switch previous {
        case UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: "?"):
            return true
        default:
            return isBlank(previous)
        }
    }

    // MARK: Lines

    /// The first index from `start` that is not a space (YAML indents with spaces only).
    @inlinable @inline(__always)
    package static func skipSpaces<Line: RandomAccessCollection>(_ line: Line, from start: Int, end: Int) -> Int
    where Line.Element: YAMLCodeUnit, Line.Index == Int {
        var index = start
        while index < end, line[index].yamlByte == 0x20 { index += 1 }
        return index
    }

    /// The first index from `start` that is not a blank.
    @inlinable @inline(__always)
    package static func skipBlanks<Line: RandomAccessCollection>(_ line: Line, from start: Int, end: Int) -> Int
    where Line.Element: YAMLCodeUnit, Line.Index == Int {
        var index = start
        while index < end, isBlank(line[index].yamlByte) { index += 1 }
        return index
    }

    /// The index just past the last non-blank before `end`, not going below `start`.
    @inlinable @inline(__always)
    package static func trimBlanks<Line: RandomAccessCollection>(_ line: Line, from start: Int, end: Int) -> Int
    where Line.Element: YAMLCodeUnit, Line.Index == Int {
        var index = end
        while index > start, isBlank(line[index - 1].yamlByte) { index -= 1 }
        return index
    }

    /// Whether the line from `start` to `end` ends with a block scalar header (`|` or `>`, then
    /// chomping and indentation indicators) that starts a value: at `contentStart` or after a space.
    @inlinable
    package static func endsWithBlockScalarHeader<Line: RandomAccessCollection>(_ line: Line, contentStart: Int, end: Int) -> Bool
    where Line.Element: YAMLCodeUnit, Line.Index == Int {
        let last = trimSpaces(line, from: contentStart, end: end)
        var start = last
        while start > contentStart, isHeaderIndicator(line[start - 1].yamlByte) { start -= 1 }
        guard start > contentStart, isBlockScalarIndicator(line[start - 1].yamlByte) else { return false }
        return start - 1 == contentStart || line[start - 2].yamlByte == 0x20
    }

    /// `+` `-` or a digit: a block scalar's chomping or indentation indicator.
    @inlinable @inline(__always)
    static func isHeaderIndicator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || (byte >= 0x30 && byte <= 0x39)
    }

    @inlinable @inline(__always)
    static func trimSpaces<Line: RandomAccessCollection>(_ line: Line, from start: Int, end: Int) -> Int
    where Line.Element: YAMLCodeUnit, Line.Index == Int {
        var index = end
        while index > start, line[index - 1].yamlByte == 0x20 { index -= 1 }
        return index
    }

    /// The UTF-8 byte-order mark, which may open a file.
    package static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The end of a line's text without its `\r` when it ends in CRLF.
    @inlinable @inline(__always)
    package static func endBeforeCarriageReturn<Line: RandomAccessCollection>(_ line: Line, start: Int, end: Int) -> Int
    where Line.Element: YAMLCodeUnit, Line.Index == Int {
        end > start && line[end - 1].yamlByte == 0x0D ? end - 1 : end
    }

    /// Whether the line is the front-matter delimiter `---` (or, with `dots`, the document end
    /// `...`), blanks after it allowed.
    @inlinable
    package static func isDelimiter<Line: RandomAccessCollection>(_ line: Line, start: Int, end: Int, dots: Bool) -> Bool
    where Line.Element: YAMLCodeUnit, Line.Index == Int {
        let stop = trimBlanks(line, from: start, end: end)
        guard stop - start == 3 else { return false }
        let first = line[start].yamlByte
        guard first == UInt8(ascii: "-") || (dots && first == UInt8(ascii: ".")) else { return false }
        return line[start + 1].yamlByte == first && line[start + 2].yamlByte == first
    }
}

/// A code unit a YAML line is read in: a UTF-8 byte, or a Unicode scalar (which reads as
/// itself when ASCII and as 0x80, a byte no rule matches, otherwise).
@usableFromInline
package protocol YAMLCodeUnit {
    var yamlByte: UInt8 { get }
}

extension UInt8: YAMLCodeUnit {
    @inlinable @inline(__always)
    package var yamlByte: UInt8 { self }
}

extension Unicode.Scalar: YAMLCodeUnit {
    @inlinable @inline(__always)
    package var yamlByte: UInt8 { value < 0x80 ? UInt8(truncatingIfNeeded: value) : 0x80 }
}
