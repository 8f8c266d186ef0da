import Foundation
import Mustache

/// Renders a `CompiledTemplate` over `TemplateValue`s into one string: swift-mustache's
/// rendering rules (`Template+Render.swift` of swift-mustache 2.1.1), step for step, without
/// its dynamic casts — a report of thousands of rows spent most of its render time in them.
///
/// Values behave as their `Any` counterparts do in swift-mustache (`TemplateValue.anyValue`):
/// lookups climb the stack of enclosing values; a flag shows or hides a section without
/// entering a scope; a list repeats it; any other value becomes the innermost scope. The
/// transforms are swift-mustache's (`{{uppercased(name)}}`, `{{#empty(list)}}`, `{{index()}}`, …).
/// What differs: a list or an object written as a `{{value}}` shows Swift's description of
/// an `[Any]` or `[String: Any]`, whose key order swift-mustache never fixed either.
struct TemplateRenderer {
    /// The template a `{{>name}}` partial names, if any.
    var partial: (String) -> CompiledTemplate?
    /// The escaping before any `{{% CONTENT_TYPE}}` (swift-mustache's HTML), in each template and partial.
    var defaultContentType: any MustacheContentType
    /// Whether long lists are rendered on all cores; off inside the pieces of a list already split.
    var splitsLists = true

    /// Lists of at least this many entries, whose body renders no partial, are split into
    /// pieces rendered on all cores and joined in order: a weekly report of thousands of rows
    /// spends most of its rendering in a handful of such lists.
    static let splitListLength = 16

    /// Where an entry of the list being repeated stands: `{{#first()}}`, `{{index()}}`, ….
    struct ListPosition {
        var first: Bool
        var last: Bool
        var index: Int
    }

    /// What a template renders in, apart from the stack of values.
    struct Context: Sendable {
        var position: ListPosition?
        var indentation: String?
        var overrides: [String: CompiledTemplate]?
        var contentType: any MustacheContentType
    }

    /// `template` rendered with `root` as the outermost value.
    func render(_ template: CompiledTemplate, root: TemplateValue) -> String {
        var output = ""
        var stack = [root]
        render(template, context: Context(contentType: defaultContentType), stack: &stack, into: &output)
        return output
    }

    private func render(_ template: CompiledTemplate, context: Context, stack: inout [TemplateValue], into output: inout String) {
        var context = context
        if let indentation = context.indentation, !indentation.isEmpty {
            // A partial standing on its own line indents each line it renders: the tags that
            // start after a line break it rendered itself are prefixed, as swift-mustache does.
            var string = ""
            template.nodes.withUnsafeBufferPointer { nodes in
                for index in nodes.indices {
                    var rendered = ""
                    render(nodes.baseAddress! + index, context: &context, stack: &stack, into: &rendered)
                    if !rendered.isEmpty, string.last == "\n" { string += indentation }
                    string += rendered
                }
            }
            output += string
        } else {
            // Nodes are read in place: copying each out of the array costs a retain per field.
            template.nodes.withUnsafeBufferPointer { nodes in
                for index in nodes.indices {
                    render(nodes.baseAddress! + index, context: &context, stack: &stack, into: &output)
                }
            }
        }
    }

    private func render(_ node: UnsafePointer<CompiledTemplate.Node>, context: inout Context, stack: inout [TemplateValue], into output: inout String) {
        switch node.pointee {
        case .text(let text):
            output += text

        case .variable(let name, let transforms, let escaped):
            guard let value = lookup(name, transforms: transforms, context: context, stack: stack) else { return }
            let text = value.renderedText
            output += escaped ? context.contentType.escapeText(text) : text

        case .section(let name, let transforms, let body, let inverted):
            let value = lookup(name, transforms: transforms, context: context, stack: stack)
            if inverted {
                renderInverted(value, body: body, context: context, stack: &stack, into: &output)
            } else {
                renderSection(value, body: body, context: context, stack: &stack, into: &output)
            }

        case .blockDefinition:
            break

        case .blockExpansion(let name, let body, let indentation):
            var inner = context
            inner.position = nil
            inner.indentation = indented(context.indentation, by: indentation)
            render(context.overrides?[name] ?? body, context: inner, stack: &stack, into: &output)

        case .partial(let name, let dynamic, let indentation, let overrides):
            let partialName: String
            if dynamic {
                guard case .text(let named)? = lookup(CompiledTemplate.Name(name, hasTransforms: false), transforms: [], context: context, stack: stack) else { return }
                partialName = named
            } else {
                partialName = name
            }
            guard let template = partial(partialName) else { return }
            let inner = Context(position: nil, indentation: indented(context.indentation, by: indentation),
                                overrides: overrides.map { context.overrides?.merging($0) { outer, _ in outer } ?? $0 } ?? context.overrides,
                                contentType: defaultContentType)
            render(template, context: inner, stack: &stack, into: &output)

        case .contentType(let contentType):
            context.contentType = contentType
        }
    }

    private func indented(_ indentation: String?, by more: String?) -> String? {
        guard let more else { return indentation }
        return (indentation ?? "") + more
    }

    private func renderSection(_ value: TemplateValue?, body: CompiledTemplate, context: Context, stack: inout [TemplateValue], into output: inout String) {
        switch value {
        case .list(let entries)? where splitsLists && entries.count >= TemplateRenderer.splitListLength
                                        && !body.usesPartials && context.overrides == nil:
            output += renderSplit(entries, body: body, context: context, stack: stack)
        case .list(let entries)?:
            renderEntries(entries, entries.indices, body: body, context: context, stack: &stack, into: &output)
        case .flag(let flag)?:
            if flag { render(body, context: context, stack: &stack, into: &output) }
        case .some(let value):
            var inner = context
            inner.position = nil
            stack.append(value)
            render(body, context: inner, stack: &stack, into: &output)
            stack.removeLast()
        case nil:
            break
        }
    }

    /// The entries of a list rendered in pieces on all cores, joined in order: the same text
    /// as rendering them one after the other, since an entry's text depends only on the entry,
    /// its position and the values around the list.
    private func renderSplit(_ entries: [TemplateValue], body: CompiledTemplate, context: Context, stack: [TemplateValue]) -> String {
        let pieces = Swift.min(16, entries.count / 8)
        let defaultContentType = defaultContentType
        let rendered = Array(0..<pieces).parallelMap { piece -> String in
            // The body renders no partial: a renderer without them, and without splitting again.
            let renderer = TemplateRenderer(partial: { _ in nil }, defaultContentType: defaultContentType, splitsLists: false)
            var stack = stack
            var output = ""
            renderer.renderEntries(entries, piece * entries.count / pieces..<(piece + 1) * entries.count / pieces,
                                   body: body, context: context, stack: &stack, into: &output)
            return output
        }
        return rendered.joined()
    }

    /// The body rendered for the entries of a list at `indices`, each as the innermost value
    /// and with its position in the whole list.
    private func renderEntries(_ entries: [TemplateValue], _ indices: Range<Int>, body: CompiledTemplate, context: Context,
                               stack: inout [TemplateValue], into output: inout String) {
        var inner = context
        for index in indices {
            inner.position = ListPosition(first: index == 0, last: index == entries.count - 1, index: index)
            stack.append(entries[index])
            render(body, context: inner, stack: &stack, into: &output)
            stack.removeLast()
        }
    }

    private func renderInverted(_ value: TemplateValue?, body: CompiledTemplate, context: Context, stack: inout [TemplateValue], into output: inout String) {
        switch value {
        case .list(let entries)?:
            guard entries.isEmpty else { return }
            var inner = context
            inner.position = nil
            stack.append(.list(entries))
            render(body, context: inner, stack: &stack, into: &output)
            stack.removeLast()
        case .flag(let flag)?:
            if !flag { render(body, context: context, stack: &stack, into: &output) }
        case .some:
            break
        case nil:
            render(body, context: context, stack: &stack, into: &output)
        }
    }

    /// The value a tag names, after its transforms.
    private func lookup(_ name: CompiledTemplate.Name, transforms: [String], context: Context, stack: [TemplateValue]) -> TemplateValue? {
        var value: TemplateValue?
        var pending = transforms[...]
        switch name {
        case .current:
            value = stack.last
        case .listPosition:
            guard let position = context.position, let last = pending.popLast() else { return nil }
            value = TemplateRenderer.transform(position, last)
        case .path(let names, let innermostOnly):
            if innermostOnly {
                value = stack.last.flatMap { TemplateRenderer.descend(names[...], from: $0) }
            } else if let first = names.first {
                value = stack.withUnsafeBufferPointer { scopes in
                    var index = scopes.count
                    while index > 0 {
                        index -= 1
                        if let found = scopes[index].child(first) { return TemplateRenderer.descend(names.dropFirst(), from: found) }
                    }
                    return nil
                }
            } else {
                value = stack.last
            }
        }
        guard var result = value else { return nil }
        while let transform = pending.popLast() {
            guard let transformed = TemplateRenderer.transform(result, transform) else { return nil }
            result = transformed
        }
        return result
    }

    private static func descend(_ names: ArraySlice<String>, from value: TemplateValue) -> TemplateValue? {
        var value = value
        for name in names {
            guard let child = value.child(name) else { return nil }
            value = child
        }
        return value
    }

    /// swift-mustache's sequence-context transforms.
    private static func transform(_ position: ListPosition, _ name: String) -> TemplateValue? {
        switch name {
        case "first": return .flag(position.first)
        case "last": return .flag(position.last)
        case "index": return .number(position.index)
        case "even": return .flag(position.index & 1 == 0)
        case "odd": return .flag(position.index & 1 == 1)
        default: return nil
        }
    }

    /// swift-mustache's transforms of `String`, `Int`, arrays and dictionaries; a flag has none.
    private static func transform(_ value: TemplateValue, _ name: String) -> TemplateValue? {
        switch value {
        case .text(let text):
            switch name {
            case "empty": return .flag(text.isEmpty)
            case "capitalized": return .text(text.capitalized)
            case "lowercased": return .text(text.lowercased())
            case "uppercased": return .text(text.uppercased())
            case "reversed": return .text(String(text.reversed()))
            default: return nil
            }
        case .number(let number):
            switch name {
            case "equalzero": return .flag(number == 0)
            case "plusone": return .number(number + 1)
            case "minusone": return .number(number - 1)
            case "even": return .flag(number & 1 == 0)
            case "odd": return .flag(number & 1 == 1)
            default: return nil
            }
        case .list(let entries):
            // Lists of rows are `[[String: Any]]` to swift-mustache, whose entries do not sort.
            switch name {
            case "first": return entries.first
            case "last": return entries.last
            case "reversed": return .list(entries.reversed())
            case "count": return .number(entries.count)
            case "empty": return .flag(entries.isEmpty)
            default: return nil
            }
        case .object(let object):
            guard !(object is TemplateKeyValue) else { return nil }
            switch name {
            case "count": return .number(object.names.count)
            case "empty": return .flag(object.names.isEmpty)
            case "enumerated", "sorted":
                // A dictionary enumerates in no fixed order; these entries come sorted either way.
                return .list(object.names.sorted().compactMap { key in
                    object.value(forKey: key).map { .object(TemplateKeyValue(key: key, value: $0)) }
                })
            default: return nil
            }
        case .flag:
            return nil
        }
    }
}

extension TemplateValue {
    /// The text of `{{value}}`: `String(describing:)` of the `Any` counterpart, as swift-mustache writes it.
    var renderedText: String {
        switch self {
        case .text(let text): return text
        case .flag(let flag): return flag ? "true" : "false"
        case .number(let number): return String(number)
        case .list, .object: return String(describing: anyValue)
        }
    }
}
