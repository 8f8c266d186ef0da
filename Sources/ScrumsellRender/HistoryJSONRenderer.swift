import ScrumsellBase
import ScrumsellGit
import ScrumsellAnalyse

/// `scrumsell history --format json`: `{"version": 1, "kind": "history", …}`.
public enum HistoryJSONRenderer {
    /// Bumped when a field changes meaning or disappears; new fields keep the version.
    public static let version = 1

    struct Summary: Encodable {
        var version = HistoryJSONRenderer.version
        var kind = "history"
        var asOf: Day
        var available = true
        var report: HistoryReport

        enum CodingKeys: String, CodingKey {
            case version, kind, available, horizon, deals, campaigns
            case asOf = "as_of"
            case stageAging = "stage_aging"
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(version, forKey: .version)
            try container.encode(kind, forKey: .kind)
            try container.encode(asOf, forKey: .asOf)
            try container.encode(available, forKey: .available)
            try container.encode(report.horizon, forKey: .horizon)
            try container.encode(report.deals, forKey: .deals)
            try container.encode(report.campaigns, forKey: .campaigns)
            try container.encode(report.stageAging, forKey: .stageAging)
        }
    }

    struct Timeline: Encodable {
        var version = HistoryJSONRenderer.version
        var kind = "history"
        var asOf: Day
        var available = true
        var horizon: HistoryHorizon
        var deal: DealTimeline

        enum CodingKeys: String, CodingKey {
            case version, kind, available, horizon, deal
            case asOf = "as_of"
        }
    }

    struct Unavailable: Encodable {
        var version = HistoryJSONRenderer.version
        var kind = "history"
        var asOf: Day
        var available = false
        var reason: HistoryUnavailable.Reason
        var note: String

        enum CodingKeys: String, CodingKey {
            case version, kind, available, reason, note
            case asOf = "as_of"
        }
    }

    /// Every deal's timeline, the pitch changes and the stage aging.
    public static func render(_ report: HistoryReport) -> String {
        JSONOutput.encode(Summary(asOf: report.asOf, report: report))
    }

    /// One deal's timeline.
    public static func render(_ timeline: DealTimeline, report: HistoryReport) -> String {
        JSONOutput.encode(Timeline(asOf: report.asOf, horizon: report.horizon, deal: timeline))
    }

    /// No history: why.
    public static func render(_ unavailable: HistoryUnavailable, asOf: Day) -> String {
        JSONOutput.encode(Unavailable(asOf: asOf, reason: unavailable.reason, note: unavailable.note))
    }
}
