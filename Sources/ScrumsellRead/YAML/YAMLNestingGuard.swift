/// Estimates how deeply a YAML block nests before the YAML library sees it.
///
/// Yams builds its tree by recursion, one stack frame or more per level, so `[[[[…` or
/// `- - - -…` a few hundred levels deep overflows a worker thread's stack. Front-matter
/// holds plain fields, so a block is refused once its estimate passes the limit. The
/// estimate may count a level too many, never too few: indentation levels plus compact
/// `- ` / `? ` entries in block context, plus open `[` and `{` in flow context (outside
/// quotes, comments and block scalars).
package enum YAMLNestingGuard {
    /// The first place (1-based line and column) where the nesting passes `limit`, if any.
    package static func firstPlace(in yaml: String, deeperThan limit: Int) -> (line: Int, column: Int)? {
        var indents: [Int] = []
        var flowDepth = 0
        var blockDepth = 0
        var quote: UInt8?
        var literalIndent: Int?
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            let end = scalars.count
            let indent = YAMLLineLexer.skipSpaces(scalars, from: 0, end: end)
            var position = indent
            if quote == nil, flowDepth == 0 {
                if let literal = literalIndent {
                    if indent >= end || indent > literal { continue }
                    literalIndent = nil
                }
                if indent >= end || YAMLLineLexer.startsComment(scalars, at: indent, lineStart: indent) { continue }
                while let last = indents.last, last >= indent { indents.removeLast() }
                indents.append(indent)
                blockDepth = indents.count
                if blockDepth > limit { return (index + 1, indent + 1) }
                while position < end, YAMLLineLexer.isEntryDash(scalars, at: position, end: end)
                        || YAMLLineLexer.isIndicator(UInt8(ascii: "?"), scalars, at: position, end: end) {
                    blockDepth += 1
                    if blockDepth > limit { return (index + 1, position + 1) }
                    position = YAMLLineLexer.skipSpaces(scalars, from: position + 1, end: end)
                }
            }
            var previous: UInt8 = position == indent ? UInt8(ascii: ":") : UInt8(ascii: "-")
            while position < end {
                if let open = quote {
                    // A quoted scalar, maybe continued from an earlier line.
                    guard let close = YAMLLineLexer.closingQuote(scalars, from: position, end: end, quote: open) else { break }
                    quote = nil
                    previous = open
                    position = close + 1
                    continue
                }
                let byte = scalars[position].yamlByte
                if YAMLLineLexer.startsComment(byte, after: previous) {
                    break
                } else if YAMLLineLexer.isQuote(byte), YAMLLineLexer.quoteOpensScalar(after: previous) {
                    quote = byte
                } else if YAMLLineLexer.isFlowOpening(byte) {
                    flowDepth += 1
                    if blockDepth + flowDepth > limit { return (index + 1, position + 1) }
                } else if YAMLLineLexer.isFlowClosing(byte) {
                    flowDepth = max(0, flowDepth - 1)
                }
                if byte != 0x20 || previous != 0x20 { previous = byte }
                position += 1
            }
            // A block scalar (`|` or `>`, with chomping or indentation indicators) ends the line:
            // the more indented lines after it are text.
            if quote == nil, flowDepth == 0, YAMLLineLexer.endsWithBlockScalarHeader(scalars, contentStart: indent, end: end) {
                literalIndent = indent
            }
        }
        return nil
    }
}
