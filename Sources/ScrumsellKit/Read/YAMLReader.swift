import Yams

/// Parses a front-matter block into a `YAMLNode` tree whose positions are file positions.
///
/// Guards the rest of the toolkit against hostile YAML: aliases that expand exponentially
/// ("billion laughs") are cut off by a node budget, duplicate keys are reported, and every
/// failure becomes a located diagnostic instead of an exception.
public enum YAMLReader {
    /// The most nodes one front-matter block may expand to, aliases included.
    public static let nodeBudget = 100_000

    /// The deepest a front-matter block may nest; deeper blocks are refused before parsing,
    /// because the YAML library recurses once per level.
    public static let maximumDepth = 64

    public struct Failure: Error, Sendable {
        public var diagnostic: Diagnostic
    }

    /// Parses `frontMatter` from `source`; `nil` root for an empty block.
    public static func parse(_ frontMatter: FrontMatter, in source: SourceText) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        parse(yaml: frontMatter.yaml, firstLine: frontMatter.firstLine, in: source)
    }

    /// Parses `yaml`, whose first line is line `firstLine` of `source`.
    public static func parse(yaml: String, firstLine: Int, in source: SourceText) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        parse(yaml: yaml, firstLine: firstLine, in: source, fastPath: true)
    }

    /// Parses `yaml`; with `fastPath`, plain front-matter is parsed by `FastYAML` and only the rest by Yams.
    /// (`fastPath: false` forces Yams: for the differential test and the benchmark.)
    public static func parse(yaml: String, firstLine: Int, in source: SourceText, fastPath: Bool) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        let lineOffset = firstLine - 1
        if yaml.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }) { return (nil, []) }
        // Plain front-matter (nearly every file) takes the fast path, which declines anything it is unsure of.
        // It never nests deep enough for the nesting guard; the alias guard is asked first (it costs
        // nothing unless the block holds both `*` and `&`), so every refusal stays Yams's.
        if fastPath, AliasKeyGuard.aliasInKey(yaml) == nil, case .parsed(let root) = FastYAML.parse(yaml, firstLine: firstLine) {
            return (root, [])
        }
        if let deep = YAMLNestingGuard.firstPlace(in: yaml, deeperThan: maximumDepth) {
            return (nil, [.error("yaml-too-large", "front-matter is nested more than \(maximumDepth) levels deep",
                                 at: source.location(line: deep.line + lineOffset, column: deep.column),
                                 hint: "front-matter holds plain fields; flatten the nested lists and mappings")])
        }
        if let aliasKey = AliasKeyGuard.aliasInKey(yaml) {
            return (nil, [.error("yaml-too-large", "front-matter uses an alias (*) inside a key, which can expand without bound",
                                 at: source.location(line: aliasKey.line + lineOffset, column: aliasKey.column),
                                 hint: "front-matter keys are plain words; remove the anchors (&) and aliases (*)")])
        }
        // Yams refuses a mapping with a duplicate key; each one is reported at its second
        // occurrence and renamed to a placeholder, so the first value is kept and the rest is read.
        var text = yaml
        var diagnostics: [Diagnostic] = []
        var placeholders: Set<String> = []
        var composed: Node?
        while true {
            do {
                // The basic resolver skips Yams' regular-expression type guessing (FieldReader types
                // the fields), and an explicit encoding skips the lookup of the process environment
                // Yams otherwise makes on every parse: together most of a parse's cost.
                composed = try Yams.compose(yaml: text, .basic, .default, .utf8)
                break
            } catch YamlError.duplicatedKeysInMapping(let keys, let context) {
                let key = keys.first ?? "?"
                let first = context.mark
                guard placeholders.count < DuplicateKeys.maximumRenames,
                      let second = DuplicateKeys.secondOccurrence(of: key, firstAt: first, in: text) else {
                    diagnostics.append(.error("yaml-duplicate-key", "duplicate key '\(key)'", at: source.location(line: first.line + lineOffset, column: first.column),
                                              hint: "keep one '\(key):' line; YAML keeps only one of them"))
                    return (nil, diagnostics)
                }
                diagnostics.append(.error("yaml-duplicate-key", "duplicate key '\(key)' (first set on line \(first.line + lineOffset))",
                                          at: source.location(line: second.line + lineOffset, column: second.column),
                                          hint: "keep one '\(key):' line; YAML keeps only one of them"))
                let placeholder = DuplicateKeys.placeholder(number: placeholders.count, length: second.length)
                placeholders.insert(placeholder)
                text = DuplicateKeys.replacing(second, with: placeholder, in: text)
            } catch let error as YamlError {
                return (nil, diagnostics + [diagnostic(for: error, lineOffset: lineOffset, source: source)])
            } catch {
                let location = source.location(line: firstLine, column: 1)
                return (nil, diagnostics + [.error("yaml-syntax", "front-matter is not valid YAML: \(error)", at: location,
                                               hint: "check the indentation and quoting")])
            }
        }
        guard let composed else { return (nil, diagnostics) }
        var converter = Converter(source: source, lineOffset: lineOffset, skippedKeys: placeholders)
        let root = converter.convert(composed)
        return (converter.exhausted ? nil : root, diagnostics + converter.diagnostics)
    }

    private struct Converter {
        let source: SourceText
        let lineOffset: Int
        /// Placeholder names of duplicate keys already reported: their pairs are dropped.
        let skippedKeys: Set<String>
        var remaining = YAMLReader.nodeBudget
        var exhausted = false
        /// The top-level key being read: where an expansion past the budget is reported.
        var topLevelKey: (line: Int, column: Int)?
        var diagnostics: [Diagnostic] = []

        init(source: SourceText, lineOffset: Int, skippedKeys: Set<String>) {
            self.source = source
            self.lineOffset = lineOffset
            self.skippedKeys = skippedKeys
        }

        func position(_ mark: Mark?) -> (Int, Int) {
            guard let mark else { return (lineOffset + 1, 1) }
            return (mark.line + lineOffset, mark.column)
        }

        mutating func convert(_ node: Node, depth: Int = 0) -> YAMLNode {
            let (line, column) = position(node.mark)
            remaining -= 1
            if remaining < 0 || depth > YAMLReader.maximumDepth {
                if !exhausted {
                    exhausted = true
                    let nested = remaining >= 0
                    let why = nested ? "is nested more than \(YAMLReader.maximumDepth) levels deep" : "expands to more than \(YAMLReader.nodeBudget) values"
                    // Aliased values carry the positions of their anchors; the field being read says more.
                    let place = nested ? (line, column) : topLevelKey ?? (line, column)
                    diagnostics.append(.error("yaml-too-large", "front-matter \(why)", at: source.location(line: place.0, column: place.1),
                                              hint: nested ? "front-matter holds plain fields; flatten the nested lists and mappings"
                                                           : "front-matter holds plain fields; remove the anchors (&) and aliases (*) that multiply it"))
                }
                return YAMLNode(.scalar("", isPlain: true), line: line, column: column)
            }
            switch node {
            case .scalar(let scalar):
                return YAMLNode(.scalar(scalar.string, isPlain: scalar.style == .plain || scalar.style == .any), line: line, column: column)
            case .sequence(let sequence):
                var items: [YAMLNode] = []
                for child in sequence where !exhausted { items.append(convert(child, depth: depth + 1)) }
                return YAMLNode(.sequence(items), line: line, column: column)
            case .mapping(let mapping):
                var pairs: [YAMLPair] = []
                var seen: [String: Int] = [:]
                for (key, value) in mapping where !exhausted {
                    if let text = key.scalar?.string, skippedKeys.contains(text) { continue }
                    let (keyLine, keyColumn) = position(key.mark)
                    guard let name = key.scalar?.string else {
                        // Reported once and left out, so no "unknown key" follows it.
                        diagnostics.append(.error("yaml-type", "a key must be plain text, found \(key.mapping != nil ? "a mapping" : "a list")",
                                                  at: source.location(line: keyLine, column: keyColumn),
                                                  hint: "write one 'key: value' per line, the key a plain word"))
                        continue
                    }
                    if let first = seen[name] {
                        diagnostics.append(.error("yaml-duplicate-key", "duplicate key '\(name)' (first set on line \(first))",
                                                  at: source.location(line: keyLine, column: keyColumn),
                                                  hint: "keep one '\(name):' line; YAML keeps only one of them"))
                        continue
                    }
                    seen[name] = keyLine
                    if depth == 0 { topLevelKey = (keyLine, keyColumn) }
                    pairs.append(YAMLPair(key: name, keyLine: keyLine, keyColumn: keyColumn, value: convert(value, depth: depth + 1)))
                }
                return YAMLNode(.mapping(pairs), line: line, column: column)
            case .alias(let alias):
                return YAMLNode(.scalar(alias.anchor.rawValue, isPlain: true), line: line, column: column)
            }
        }
    }

    static func diagnostic(for error: YamlError, lineOffset: Int, source: SourceText) -> Diagnostic {
        func located(_ problem: String, _ context: YamlError.Context?, _ mark: Mark, _ yaml: String) -> Diagnostic {
            var message = "invalid YAML: \(problem)"
            if let context { message += " \(context.text)" }
            // libyaml reports an unclosed bracket or quote where it gave up (often the next line or
            // the end of the block); the context says where it opened, which is what needs fixing.
            let yamlLines = yaml.utf8.count { $0 == 10 }
            let place = context.map { context in
                let unclosed = (context.text.contains("flow") || context.text.contains("quoted")) && mark.line > context.mark.line
                return mark.line > yamlLines || unclosed ? context.mark : mark
            } ?? mark
            return .error("yaml-syntax", message, at: source.location(line: place.line + lineOffset, column: place.column),
                          hint: "check the indentation and quoting; a value holding ': ' or starting with a symbol needs quotes")
        }
        switch error {
        case .scanner(let context, let problem, let mark, let yaml): return located(problem, context, mark, yaml)
        case .parser(let context, let problem, let mark, let yaml): return located(problem, context, mark, yaml)
        case .composer(let context, let problem, let mark, let yaml): return located(problem, context, mark, yaml)
        case .reader(let problem, let offset, let value, let yaml):
            // The offset counts Characters from the start of the block.
            var line = 1, column = 1
            if let offset, let end = yaml.index(yaml.startIndex, offsetBy: offset, limitedBy: yaml.endIndex) {
                for scalar in yaml[..<end].unicodeScalars {
                    if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
                }
            }
            let code = value >= 0 ? " (U+\(String(value, radix: 16, uppercase: true).leftPadded(to: 4)))" : ""
            return .error("yaml-syntax", "invalid YAML: \(problem)\(code)", at: source.location(line: line + lineOffset, column: column),
                          hint: "remove the control character; front-matter is plain text")
        default:
            let firstLine = "\(error)".split(separator: "\n").first.map(String.init) ?? "unknown error"
            return .error("yaml-syntax", "invalid YAML: \(firstLine)", at: source.location(line: lineOffset + 1, column: 1),
                          hint: "check the indentation and quoting")
        }
    }
}

extension String {
    /// The string with zeros in front up to `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
