/// `--format json` of every report: `{"version": 1, "kind": "board", "workspace": …, …}`
/// followed by the analysis' own fields (snake_case keys, sorted, figures as numbers,
/// dates as `YYYY-MM-DD`).
public enum ReportJSONRenderer {
    /// Bumped when a field changes meaning or disappears; new fields keep the version.
    public static let version = 1

    public static func render(_ report: Report, workspace: String) -> String {
        switch report {
        case .board(let value): return encode(value, kind: report.kind, workspace: workspace)
        case .retrospective(let value): return encode(value, kind: report.kind, workspace: workspace)
        case .weekly(let value): return encode(value, kind: report.kind, workspace: workspace)
        case .standup(let value): return encode(value, kind: report.kind, workspace: workspace)
        case .metrics(let value): return encode(value, kind: report.kind, workspace: workspace)
        }
    }

    static func encode<Value: Encodable>(_ value: Value, kind: String, workspace: String) -> String {
        JSONOutput.encode(Envelope(version: version, kind: kind, workspace: workspace, report: value), snakeCaseKeys: true)
    }

    /// The envelope's keys and the report's own keys, in one object.
    package struct Envelope<Value: Encodable>: Encodable {
        var version: Int
        var kind: String
        var workspace: String
        var report: Value

        enum CodingKeys: String, CodingKey { case version, kind, workspace }

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(version, forKey: .version)
            try container.encode(kind, forKey: .kind)
            try container.encode(workspace, forKey: .workspace)
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
