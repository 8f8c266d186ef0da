import Mustache

/// A template as swift-mustache parsed it, in the form `TemplateRenderer` walks: names split
/// at their dots once, here, instead of on every lookup.
///
/// swift-mustache keeps its parse tree internal, so it is read here through reflection; the
/// parser, and so the meaning of every tag and of the whitespace around it, stays swift-mustache's.
/// swift-mustache is pinned to one version (Package.swift); should its tree ever change shape,
/// `init?` fails and `TemplateLibrary` renders with swift-mustache itself.
package final class CompiledTemplate: Sendable {
    /// Where a tag's value comes from.
    enum Name: Sendable, Equatable {
        /// `{{.}}`: the innermost value in scope.
        case current
        /// `{{first()}}`, `{{index()}}`, …: where the current entry stands in the list being repeated.
        case listPosition
        /// `{{a.b}}`: `a` looked up from the innermost object outwards, then `b` inside it;
        /// `{{.a}}` (`innermostOnly`) looks in the innermost value only.
        case path([String], innermostOnly: Bool)

        init(_ text: String, hasTransforms: Bool) {
            if text == "." {
                self = .current
            } else if text.isEmpty, hasTransforms {
                self = .listPosition
            } else {
                let names = text.split(separator: ".").map(String.init)
                self = names.isEmpty ? .current : .path(names, innermostOnly: text.first == ".")
            }
        }
    }

    enum Node: Sendable {
        case text(String)
        /// `{{name}}` (escaped) or `{{{name}}}`, `{{&name}}`; transforms are applied last first.
        case variable(Name, transforms: [String], escaped: Bool)
        /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when `inverted`.
        case section(Name, transforms: [String], body: CompiledTemplate, inverted: Bool)
        /// `{{$name}}…{{/name}}` inside a `{{<parent}}`: collected into the partial's overrides, never rendered.
        case blockDefinition
        /// `{{$name}}…{{/name}}`: the block a `{{<parent}}` overrides, or its default.
        case blockExpansion(String, default: CompiledTemplate, indentation: String?)
        /// `{{>name}}`, `{{<name}}…{{/name}}`; `dynamic` (`{{>*name}}`) looks the partial's name up as a value.
        case partial(String, dynamic: Bool, indentation: String?, overrides: [String: CompiledTemplate]?)
        /// `{{% CONTENT_TYPE: MARKDOWN}}`: how the tags after it are escaped.
        case contentType(any MustacheContentType)
    }

    let nodes: [Node]
    /// Whether the template, or a section or block inside it, renders a partial: only
    /// templates that do not are rendered on several threads (a renderer finds partials
    /// through its library's look-up, a closure that is not made to be called from several).
    let usesPartials: Bool

    init(nodes: [Node]) {
        self.nodes = nodes
        usesPartials = nodes.contains { node in
            switch node {
            case .partial: return true
            case .section(_, _, let body, _): return body.usesPartials
            case .blockExpansion(_, let body, _): return body.usesPartials
            case .text, .variable, .blockDefinition, .contentType: return false
            }
        }
    }

    /// The template's parse tree, or `nil` when it has a shape this reader does not know.
    package convenience init?(_ template: MustacheTemplate) {
        guard let tokens = Mirror(reflecting: template).descendant("tokens") else { return nil }
        var nodes: [Node] = []
        for token in Mirror(reflecting: tokens).children {
            guard let node = CompiledTemplate.node(token.value) else { return nil }
            nodes.append(node)
        }
        self.init(nodes: nodes)
    }

    private static func node(_ token: Any) -> Node? {
        let mirror = Mirror(reflecting: token)
        guard mirror.displayStyle == .enum, let payload = mirror.children.first, let kind = payload.label else { return nil }
        // The payloads are tuples: cast whole, which is quicker than reflecting each field.
        func fields<T>(_: T.Type) -> T? { payload.value as? T }
        func template(_ parsed: MustacheTemplate) -> CompiledTemplate? { CompiledTemplate(parsed) }
        func overrides(_ blocks: [String: MustacheTemplate]?) -> [String: CompiledTemplate]?? {
            guard let blocks else { return .some(nil) }
            var compiled: [String: CompiledTemplate] = [:]
            for (name, block) in blocks {
                guard let template = CompiledTemplate(block) else { return nil }
                compiled[name] = template
            }
            return compiled
        }

        switch kind {
        case "text":
            return (payload.value as? String).map(Node.text)
        case "variable", "unescapedVariable":
            guard let (name, transforms) = fields((String, [String]).self) else { return nil }
            return .variable(Name(name, hasTransforms: !transforms.isEmpty), transforms: transforms, escaped: kind == "variable")
        case "section", "invertedSection":
            guard let (name, transforms, parsed) = fields((String, [String], MustacheTemplate).self), let body = template(parsed) else { return nil }
            return .section(Name(name, hasTransforms: !transforms.isEmpty), transforms: transforms, body: body, inverted: kind == "invertedSection")
        case "blockDefinition":
            return .blockDefinition
        case "blockExpansion":
            guard let (name, parsed, indentation) = fields((String, MustacheTemplate, String?).self), let body = template(parsed) else { return nil }
            return .blockExpansion(name, default: body, indentation: indentation)
        case "partial", "dynamicNamePartial":
            guard let (name, indentation, blocks) = fields((String, String?, [String: MustacheTemplate]?).self), let overrides = overrides(blocks) else { return nil }
            return .partial(name, dynamic: kind == "dynamicNamePartial", indentation: indentation, overrides: overrides)
        case "contentType":
            return (payload.value as? any MustacheContentType).map(Node.contentType)
        default:
            return nil
        }
    }
}
