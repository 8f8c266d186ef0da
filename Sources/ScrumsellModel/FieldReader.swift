import ScrumsellBase
import ScrumsellRead

/// Reads typed fields out of a YAML mapping, turning every problem into a located diagnostic.
///
/// Models are built through it so that wrong types, invalid dates, missing required keys
/// and unknown keys are reported the same way for every file kind, and so every field
/// remembers where it was written.
public struct FieldReader {
    public let path: String
    public let pairs: [YAMLPair]
    /// What the mapping describes, for messages ("deal", "stakeholder").
    public let subject: String
    public private(set) var diagnostics: [Diagnostic] = []
    /// Where each field's value was written (fields left empty or `~` have none).
    public private(set) var locations: LocationTable
    /// Where the mapping itself starts.
    public let origin: SourceLocation

    /// Starts reading `node`; keys outside `known` are reported as warnings.
    public init(_ node: YAMLNode?, path: String, subject: String, known: [String], origin: SourceLocation? = nil) {
        self.path = path
        self.subject = subject
        self.pairs = node?.mapping ?? []
        locations = LocationTable(path: path, capacity: pairs.count)
        self.origin = origin ?? SourceLocation(path: path, line: node?.line ?? 1, column: node?.column ?? 1)
        for pair in pairs {
            if !pair.value.isNull { locations.record(pair.key, line: pair.value.line, column: pair.value.column) }
            if !known.contains(where: { $0.isSameName(pair.key) }) {
                diagnostics.append(.warning("unknown-key", "unknown \(subject) key '\(pair.key)'\(Suggestion.didYouMean(pair.key, in: known))",
                                            at: SourceLocation(path: path, line: pair.keyLine, column: pair.keyColumn),
                                            hint: "known keys: \(known.joined(separator: ", "))"))
            }
        }
    }

    public func node(_ key: String) -> YAMLNode? {
        guard let value = pairs.first(where: { $0.key.isSameName(key) })?.value, !value.isNull else { return nil }
        return value
    }

    /// Where the value of `key` stands, or where the mapping starts when the key is absent.
    public func location(_ key: String) -> SourceLocation { locations[key] ?? origin }

    public mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    private mutating func typeError(_ key: String, _ value: YAMLNode, expected: String, example: String) {
        diagnostics.append(.error("wrong-type", "'\(key)' must be \(expected), found \(value.kindName == "a scalar" ? "'\(value.scalar ?? "")'" : value.kindName)",
                                  at: SourceLocation(path: path, line: value.line, column: value.column),
                                  hint: "write it as \(key): \(example)"))
    }

    private mutating func missing(_ key: String, example: String) {
        diagnostics.append(.error("missing-key", "the \(subject) has no '\(key)'", at: origin, hint: "add a line '\(key): \(example)'"))
    }

    /// A text value (any scalar).
    public mutating func text(_ key: String, required: Bool = false, example: String = "…") -> String? {
        guard let value = node(key) else {
            if required { missing(key, example: example) }
            return nil
        }
        guard let text = value.scalar else {
            typeError(key, value, expected: "text", example: example)
            return nil
        }
        if required, text.trimmingSpaces().isEmpty { missing(key, example: example) }
        return text
    }

    /// A `YYYY-MM-DD` date.
    public mutating func day(_ key: String, required: Bool = false) -> Day? {
        guard let value = node(key) else {
            if required { missing(key, example: "2026-12-31") }
            return nil
        }
        guard let text = value.scalar else {
            typeError(key, value, expected: "a date", example: "2026-12-31")
            return nil
        }
        guard let day = Day(text.trimmingSpaces()) else {
            diagnostics.append(.error("invalid-date", "'\(key)' is not a valid date: '\(text)'",
                                      at: SourceLocation(path: path, line: value.line, column: value.column),
                                      hint: "dates are written YYYY-MM-DD, e.g. 2026-12-31"))
            return nil
        }
        return day
    }

    /// A number (integer or decimal; `_` and `,` thousands separators are not numbers).
    public mutating func number(_ key: String, in range: ClosedRange<Double>? = nil, example: String = "120000") -> Double? {
        guard let value = node(key) else { return nil }
        guard let text = value.scalar, let number = Double(text.trimmingSpaces()), number.isFinite else {
            typeError(key, value, expected: "a number", example: example)
            return nil
        }
        if let range, !range.contains(number) {
            diagnostics.append(.error("out-of-range", "'\(key)' must be between \(range.lowerBound.formattedNumber) and \(range.upperBound.formattedNumber), found \(number.formattedNumber)",
                                      at: SourceLocation(path: path, line: value.line, column: value.column),
                                      hint: "write it as \(key): \(example)"))
            return nil
        }
        return number
    }

    /// A whole number.
    public mutating func integer(_ key: String, in range: ClosedRange<Int>? = nil, example: String = "14") -> Int? {
        guard let value = node(key) else { return nil }
        guard let text = value.scalar, let number = Int(text.trimmingSpaces()) else {
            typeError(key, value, expected: "a whole number", example: example)
            return nil
        }
        if let range, !range.contains(number) {
            diagnostics.append(.error("out-of-range", "'\(key)' must be between \(range.lowerBound) and \(range.upperBound), found \(number)",
                                      at: SourceLocation(path: path, line: value.line, column: value.column),
                                      hint: "write it as \(key): \(example)"))
            return nil
        }
        return number
    }

    /// One of a fixed set of words.
    public mutating func choice(_ key: String, from allowed: [String]) -> String? {
        guard let text = text(key, example: allowed[0]) else { return nil }
        guard allowed.contains(text) else {
            let value = node(key)!
            diagnostics.append(.error("invalid-value", "'\(key)' must be one of \(allowed.joined(separator: ", ")), found '\(text)'\(Suggestion.didYouMean(text, in: allowed))",
                                      at: SourceLocation(path: path, line: value.line, column: value.column),
                                      hint: "write it as \(key): \(Suggestion.closest(to: text, in: allowed) ?? allowed[0])"))
            return nil
        }
        return text
    }

    /// A list of text values; each element's location is returned beside it.
    public mutating func textList(_ key: String, example: String = "[a, b]") -> [(String, SourceLocation)] {
        guard let value = node(key) else { return [] }
        guard let items = value.sequence else {
            typeError(key, value, expected: "a list", example: example)
            return []
        }
        var result: [(String, SourceLocation)] = []
        for item in items {
            guard let text = item.scalar else {
                typeError(key, item, expected: "a list of text values", example: example)
                continue
            }
            result.append((text, SourceLocation(path: path, line: item.line, column: item.column)))
        }
        return result
    }

    /// A list of mappings (stakeholders, members, stages, measures).
    public mutating func mappingList(_ key: String, example: String) -> [YAMLNode] {
        guard let value = node(key) else { return [] }
        guard let items = value.sequence else {
            typeError(key, value, expected: "a list", example: example)
            return []
        }
        return items.filter { item in
            if item.mapping != nil { return true }
            typeError(key, item, expected: "a list of mappings", example: example)
            return false
        }
    }

    /// A mapping value.
    public mutating func mapping(_ key: String, example: String) -> [YAMLPair] {
        guard let value = node(key) else { return [] }
        guard let pairs = value.mapping else {
            typeError(key, value, expected: "a mapping", example: example)
            return []
        }
        return pairs
    }
}

extension Double {
    /// `120000` for whole numbers, `0.5` otherwise: how numbers read in messages.
    package var formattedNumber: String {
        self == rounded() && abs(self) <= 1e15 ? String(Int(self)) : String(self)
    }
}
