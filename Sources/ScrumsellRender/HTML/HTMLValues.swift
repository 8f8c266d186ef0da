/// A template object as the HTML templates see it: its values, and for every text value
/// `name` a value `nameHTML` holding that text's inline Markdown rendered by libcmark in safe
/// mode (`InlineMarkdownHTML`), to insert raw: `{{{textHTML}}}`. Every value stays escaped
/// under its own name (`{{text}}`); objects and lists inside are seen the same way.
///
/// Links to deal pages are derived the same way: `page` from a row's `deal` (a deal id) when the
/// row has no `page` of its own, `subjectPage` and `hasSubjectPage` from a card's `subjectDeal`.
///
/// So the HTML templates read the Markdown reports' values unchanged, and only a template that
/// asks for the `…HTML` of a value pays for its rendering.
struct HTMLValues: TemplateObject {
    var base: any TemplateObject

    func value(forKey key: String) -> TemplateValue? {
        if let value = base.value(forKey: key) { return HTMLValues.wrap(value) }
        switch key {
        case "page":
            if case .text(let deal)? = base.value(forKey: "deal") { return .text(HTMLPage.dealPage(deal)) }
        case "subjectPage":
            if case .text(let deal)? = base.value(forKey: "subjectDeal") { return .text(deal.isEmpty ? "" : HTMLPage.dealPage(deal)) }
        case "hasSubjectPage":
            if case .text(let deal)? = base.value(forKey: "subjectDeal") { return .flag(!deal.isEmpty) }
        default:
            if key.hasSuffix("HTML"), case .text(let text)? = base.value(forKey: String(key.dropLast(4))) {
                return .text(InlineMarkdownHTML.render(text))
            }
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
