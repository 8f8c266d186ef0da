/// A value a report template shows: text, a flag, a whole number, a list (a section repeated
/// per entry) or an object (named values, looked up by `{{name}}`).
///
/// The report presenters hand templates these instead of `[String: Any]`: `TemplateRenderer`
/// reads them with a `switch`, where swift-mustache tests every value it meets against its
/// protocols with dynamic casts. Each case renders as its `[String: Any]` counterpart did
/// (`String`, `Bool`, `Int`, an array, a dictionary), so templates keep every name and behaviour.
public enum TemplateValue: Sendable {
    case text(String)
    case flag(Bool)
    case number(Int)
    case list([TemplateValue])
    case object(any TemplateObject)

    /// The value of `{{key}}` when this value is the innermost object in scope; `nil` sends the lookup outwards.
    @inline(__always)
    package func child(_ key: String) -> TemplateValue? {
        if case .object(let object) = self { return object.value(forKey: key) }
        return nil
    }

    /// The same value as swift-mustache's `Any` counterpart: `String`, `Bool`, `Int`, `[Any]`,
    /// `[String: Any]` (a key–value entry becomes the tuple swift-mustache's transforms make).
    public var anyValue: Any {
        switch self {
        case .text(let text): return text
        case .flag(let flag): return flag
        case .number(let number): return number
        case .list(let values): return values.map(\.anyValue)
        case .object(let object):
            if let entry = object as? TemplateKeyValue { return (key: entry.key, value: entry.value.anyValue) }
            return Dictionary(uniqueKeysWithValues: object.names.compactMap { name in object.value(forKey: name).map { (name, $0.anyValue) } })
        }
    }
}

/// Named values a template reads, computed when it reads them: a table row's figures are
/// formatted only when a template shows them.
public protocol TemplateObject: Sendable {
    /// The value named `key`; `nil` for a name the object does not have, so the template
    /// looks it up in the enclosing objects, as Mustache does.
    func value(forKey key: String) -> TemplateValue?
    /// Every name the object has (the `count`, `empty`, `sorted` and `enumerated` transforms list them).
    var names: [String] { get }
}

extension Dictionary: TemplateObject where Key == String, Value == TemplateValue {
    public func value(forKey key: String) -> TemplateValue? { self[key] }
    public var names: [String] { map(\.key) }
}

/// One entry of a dictionary's `sorted` or `enumerated` transform: `{{key}}` and `{{value}}`.
struct TemplateKeyValue: TemplateObject {
    var key: String
    var value: TemplateValue

    func value(forKey name: String) -> TemplateValue? {
        switch name {
        case "key": return .text(key)
        case "value": return value
        default: return nil
        }
    }

    var names: [String] { ["key", "value"] }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByStringInterpolation, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(stringInterpolation: DefaultStringInterpolation) { self = .text(String(stringInterpolation: stringInterpolation)) }
    public init(booleanLiteral value: Bool) { self = .flag(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

/// An object's values and a few more, which take precedence: a deal's values and the
/// dates and day counts of the table it is listed in.
struct ExtendedObject: TemplateObject {
    var base: any TemplateObject
    /// A handful of names: looked through in order, cheaper than hashing.
    var extra: [(key: String, value: TemplateValue)]

    func value(forKey key: String) -> TemplateValue? {
        for index in extra.indices where extra[index].key == key { return extra[index].value }
        return base.value(forKey: key)
    }

    var names: [String] { base.names + extra.map(\.key).filter { base.value(forKey: $0) == nil } }
}
