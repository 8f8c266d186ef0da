/// A template object as the HTML templates see it: its values, and for every text value
/// `name` a value `nameHTML` holding that text's inline Markdown rendered by libcmark in safe
/// mode (`InlineMarkdownHTML`), to insert raw: `{{{textHTML}}}`. Every value stays escaped
/// under its own name (`{{text}}`); objects and lists inside are seen the same way.
///
/// So the HTML templates read the Markdown reports' values unchanged, and only a template that
/// asks for the `…HTML` of a value pays for its rendering.
struct HTMLValues: TemplateObject {
    var base: any TemplateObject

    func value(forKey key: String) -> TemplateValue? {
        if let value = base.value(forKey: key) { return HTMLValues.wrap(value) }
        if key.hasSuffix("HTML"), case .text(let text)? = base.value(forKey: String(key.dropLast(4))) {
            return .text(InlineMarkdownHTML.render(text))
        }
        return nil
    }

    var names: [String] { base.names }

    /// `value` with every object in it seen as `HTMLValues`.
    static func wrap(_ value: TemplateValue) -> TemplateValue {
        switch value {
        case .object(let object): return object is HTMLValues ? value : .object(HTMLValues(base: object))
        case .list(let values): return .list(values.map(wrap))
        case .text, .flag, .number: return value
        }
    }
}
