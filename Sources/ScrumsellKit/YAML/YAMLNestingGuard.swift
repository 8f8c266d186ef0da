/// Estimates how deeply a YAML block nests before the YAML library sees it.
///
/// Yams builds its tree by recursion, one stack frame or more per level, so `[[[[…` or
/// `- - - -…` a few hundred levels deep overflows a worker thread's stack. Front-matter
/// holds plain fields, so a block is refused once its estimate passes the limit. The
/// estimate may count a level too many, never too few: indentation levels plus compact
/// `- ` / `? ` entries in block context, plus open `[` and `{` in flow context (outside
/// quotes, comments and block scalars).
enum YAMLNestingGuard {
    /// The first place (1-based line and column) where the nesting passes `limit`, if any.
    static func firstPlace(in yaml: String, deeperThan limit: Int) -> (line: Int, column: Int)? {
        var indents: [Int] = []
        var flowDepth = 0
        var blockDepth = 0
        var quote: Unicode.Scalar?
        var literalIndent: Int?
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            let indent = scalars.firstIndex { $0 != " " } ?? scalars.count
            var position = indent
            if quote == nil, flowDepth == 0 {
                if let literal = literalIndent {
                    if indent >= scalars.count || indent > literal { continue }
                    literalIndent = nil
                }
                if indent >= scalars.count || scalars[indent] == "#" { continue }
                while let last = indents.last, last >= indent { indents.removeLast() }
                indents.append(indent)
                blockDepth = indents.count
                if blockDepth > limit { return (index + 1, indent + 1) }
                while position < scalars.count, scalars[position] == "-" || scalars[position] == "?",
                      position + 1 == scalars.count || scalars[position + 1] == " " {
                    blockDepth += 1
                    if blockDepth > limit { return (index + 1, position + 1) }
                    position += 1
                    while position < scalars.count, scalars[position] == " " { position += 1 }
                }
            }
            var previous: Unicode.Scalar = position == indent ? ":" : "-"
            while position < scalars.count {
                let scalar = scalars[position]
                if let open = quote {
                    if scalar == "\\", open == "\"" {
                        position += 1
                    } else if scalar == open {
                        if open == "'", position + 1 < scalars.count, scalars[position + 1] == "'" { position += 1 } else { quote = nil }
                    }
                } else if scalar == "#", previous == " " || previous == "\t" {
                    break
                } else if (scalar == "'" || scalar == "\""), ":-[{,? \t".unicodeScalars.contains(previous) {
                    // A quote opens a scalar only where a scalar may start (not in "Dana's").
                    quote = scalar
                } else if scalar == "[" || scalar == "{" {
                    flowDepth += 1
                    if blockDepth + flowDepth > limit { return (index + 1, position + 1) }
                } else if scalar == "]" || scalar == "}" {
                    flowDepth = max(0, flowDepth - 1)
                }
                if scalar != " " || previous != " " { previous = scalar }
                position += 1
            }
            // A block scalar (`|` or `>`, with chomping or indentation indicators) ends the line:
            // the more indented lines after it are text.
            if quote == nil, flowDepth == 0 {
                var end = scalars.count
                while end > indent, scalars[end - 1] == " " { end -= 1 }
                var start = end
                while start > indent, "+-0123456789".unicodeScalars.contains(scalars[start - 1]) { start -= 1 }
                if start > indent, scalars[start - 1] == "|" || scalars[start - 1] == ">",
                   start - 1 == indent || scalars[start - 2] == " " {
                    literalIndent = indent
                }
            }
        }
        return nil
    }
}
