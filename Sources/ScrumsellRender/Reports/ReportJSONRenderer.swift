/// `--format json` of every report: `{"version": 1, "kind": "board", "workspace": …, …}`
/// followed by the analysis' own fields (snake_case keys, sorted, figures as numbers,
/// dates as `YYYY-MM-DD`).
public enum ReportJSONRenderer {
    /// Bumped when a field changes meaning or disappears; new fields keep the version.
    public static let version = 1

    /// `unreadableFiles`, when not zero, is written as `unreadable_files`: files left out of the figures.
    public static func render(_ report: Report, workspace: String, unreadableFiles: Int = 0) -> String {
        switch report {
        case .board(let value): return encode(value, kind: report.kind, workspace: workspace, unreadableFiles: unreadableFiles)
        case .retrospective(let value): return encode(value, kind: report.kind, workspace: workspace, unreadableFiles: unreadableFiles)
        case .weekly(let value): return encode(value, kind: report.kind, workspace: workspace, unreadableFiles: unreadableFiles)
        case .standup(let value): return encode(value, kind: report.kind, workspace: workspace, unreadableFiles: unreadableFiles)
        case .deals(let value): return encode(DealListJSON(list: value), kind: report.kind, workspace: workspace, unreadableFiles: unreadableFiles)
        case .items(let value): return encode(ItemListJSON(list: value), kind: report.kind, workspace: workspace, unreadableFiles: unreadableFiles)
        case .metrics(let value): return encode(value, kind: report.kind, workspace: workspace, unreadableFiles: unreadableFiles)
        }
    }

    static func encode<Value: Encodable>(_ value: Value, kind: String, workspace: String, unreadableFiles: Int = 0) -> String {
        var envelope = Envelope(version: version, kind: kind, workspace: workspace, report: value)
        envelope.unreadableFiles = unreadableFiles > 0 ? unreadableFiles : nil
        return JSONOutput.encode(envelope, snakeCaseKeys: true)
    }

    /// The envelope's keys and the report's own keys, in one object.
    package struct Envelope<Value: Encodable>: Encodable {
        var version: Int
        var kind: String
        var workspace: String
        var report: Value
        var unreadableFiles: Int?

        enum CodingKeys: String, CodingKey { case version, kind, workspace, unreadableFiles = "unreadable_files" }

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(version, forKey: .version)
            try container.encode(kind, forKey: .kind)
            try container.encode(workspace, forKey: .workspace)
            try container.encodeIfPresent(unreadableFiles, forKey: .unreadableFiles)
            try report.encode(to: encoder)
        }

        package init(version: Int, kind: String, workspace: String, report: Value) {
            self.version = version
            self.kind = kind
            self.workspace = workspace
            self.report = report
        }
    }
}
