import Yams

/// Parses a front-matter block into a `YAMLNode` tree whose positions are file positions.
///
/// Guards the rest of the toolkit against hostile YAML: aliases that expand exponentially
/// ("billion laughs") are cut off by a node budget, duplicate keys are reported, and every
/// failure becomes a located diagnostic instead of an exception.
public enum YAMLReader {
    /// The most nodes one front-matter block may expand to, aliases included.
    public static let nodeBudget = 100_000

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
    static func parse(yaml: String, firstLine: Int, in source: SourceText, fastPath: Bool) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        let lineOffset = firstLine - 1
        if yaml.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }) { return (nil, []) }
        if fastPath, case .parsed(let root) = FastYAML.parse(yaml, firstLine: firstLine) { return (root, []) }
        let composed: Node?
        do {
            composed = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            return (nil, [diagnostic(for: error, lineOffset: lineOffset, source: source)])
        } catch {
            let location = source.location(line: firstLine, column: 1)
            return (nil, [.error("yaml-syntax", "front-matter is not valid YAML: \(error)", at: location)])
        }
        guard let composed else { return (nil, []) }
        var converter = Converter(source: source, lineOffset: lineOffset)
        let root = converter.convert(composed)
        return (converter.exhausted ? nil : root, converter.diagnostics)
    }

    private struct Converter {
        let source: SourceText
        let lineOffset: Int
        var remaining = YAMLReader.nodeBudget
        var exhausted = false
        var diagnostics: [Diagnostic] = []

        init(source: SourceText, lineOffset: Int) {
            self.source = source
            self.lineOffset = lineOffset
        }

        func position(_ mark: Mark?) -> (Int, Int) {
            guard let mark else { return (lineOffset + 1, 1) }
            return (mark.line + lineOffset, mark.column)
        }

        mutating func convert(_ node: Node, depth: Int = 0) -> YAMLNode {
            let (line, column) = position(node.mark)
            remaining -= 1
            if remaining < 0 || depth > 64 {
                if !exhausted {
                    exhausted = true
                    let why = depth > 64 ? "is nested more than 64 levels deep" : "expands to more than \(YAMLReader.nodeBudget) values"
                    diagnostics.append(.error("yaml-too-large", "front-matter \(why)", at: source.location(line: line, column: column),
                                              hint: "front-matter holds plain fields; remove the anchors (&) and aliases (*) that multiply it"))
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
                    let (keyLine, keyColumn) = position(key.mark)
                    let name: String
                    if let text = key.scalar?.string {
                        name = text
                    } else {
                        name = "?"
                        diagnostics.append(.error("yaml-type", "a key must be plain text, found \(key.mapping != nil ? "a mapping" : "a list")",
                                                  at: source.location(line: keyLine, column: keyColumn)))
                    }
                    if let first = seen[name] {
                        diagnostics.append(.error("yaml-duplicate-key", "duplicate key '\(name)' (first set on line \(first))",
                                                  at: source.location(line: keyLine, column: keyColumn),
                                                  hint: "keep one '\(name):' line; YAML keeps only one of them"))
                        continue
                    }
                    seen[name] = keyLine
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
            // libyaml reports an unclosed bracket or quote at the end of the block; the context says where it opened.
            let yamlLines = yaml.utf8.count { $0 == 10 }
            let place = context.map { mark.line > yamlLines ? $0.mark : mark } ?? mark
            return .error("yaml-syntax", message, at: source.location(line: place.line + lineOffset, column: place.column),
                          hint: "check the indentation and quoting; a value holding ': ' or starting with a symbol needs quotes")
        }
        switch error {
        case .scanner(let context, let problem, let mark, let yaml): return located(problem, context, mark, yaml)
        case .parser(let context, let problem, let mark, let yaml): return located(problem, context, mark, yaml)
        case .composer(let context, let problem, let mark, let yaml): return located(problem, context, mark, yaml)
        default:
            return .error("yaml-syntax", "invalid YAML: \(error)", at: source.location(line: lineOffset + 1, column: 1))
        }
    }
}
