import ScrumsellBase
import ScrumsellRead

/// `import:` in `scrumsell.yml`: how the team's CRM exports map onto deals, so a weekly
/// re-import needs no flags. Command-line maps are added on top of these.
public struct ImportSettings: Sendable {
    /// `from:`: the CRM used when `--from` is not given.
    public var from: ImportSource?
    /// `columns:`: export column → deal field.
    public var columns: [String: ImportField] = [:]
    /// `stages:`: the CRM's stage name → a stage id, or `won`, `lost`, `no-decision`.
    public var stages: [String: String] = [:]
    /// `owners:`: the CRM's owner name → a member id.
    public var owners: [String: String] = [:]
    /// `date_format:`.
    public var dateFormat: ImportDateFormat?
    /// Where each stage and owner mapping was written, for diagnostics.
    public var locations: [String: SourceLocation] = [:]

    public init() {}

    public static let knownKeys = ["from", "columns", "stages", "owners", "date_format"]

    static func decode(_ node: YAMLNode, path: String) -> (ImportSettings, [Diagnostic]) {
        var reader = FieldReader(node, path: path, subject: "import", known: knownKeys)
        var settings = ImportSettings()
        if let from = reader.choice("from", from: ImportSource.allCases.map(\.rawValue)) { settings.from = ImportSource(rawValue: from) }
        let fields = ImportField.allCases.map(\.rawValue)
        for pair in reader.mapping("columns", example: "{\"Deal Value\": value}") {
            let location = SourceLocation(path: path, line: pair.value.line, column: pair.value.column)
            guard let text = pair.value.scalar, let field = ImportField(rawValue: text.trimmingSpaces()) else {
                let found = pair.value.scalar ?? pair.value.kindName
                reader.report(.error("invalid-value", "the column '\(pair.key)' maps to '\(found)', which is no deal field\(Suggestion.didYouMean(found, in: fields))",
                                     at: location, hint: "the fields are \(fields.joined(separator: ", "))"))
                continue
            }
            settings.columns[pair.key] = field
        }
        for (key, target) in [("stages", \ImportSettings.stages), ("owners", \ImportSettings.owners)] {
            for pair in reader.mapping(key, example: key == "stages" ? "{\"Closed Won\": won}" : "{\"Dana Kim\": dana}") {
                let location = SourceLocation(path: path, line: pair.value.line, column: pair.value.column)
                guard let text = pair.value.scalar?.trimmingSpaces(), !text.isEmpty else {
                    reader.report(.error("wrong-type", "'\(pair.key)' under import.\(key) must name \(key == "stages" ? "a stage id or an outcome" : "a member id")",
                                         at: location))
                    continue
                }
                settings[keyPath: target][pair.key] = text
                settings.locations["\(key):\(pair.key)"] = location
            }
        }
        if let format = reader.text("date_format") {
            if let parsed = ImportDateFormat(rawValue: format.trimmingSpaces()) {
                settings.dateFormat = parsed
            } else {
                reader.report(.error("invalid-value", "unknown date format '\(format)'", at: reader.location("date_format"),
                                     hint: "use one of \(ImportDateFormat.allCases.map(\.rawValue).joined(separator: ", "))"))
            }
        }
        return (settings, reader.diagnostics)
    }
}
