import CSV
import Foundation
import ScrumsellAnalyse

/// `scrumsell metrics --format csv`: one row per figure, `owner,figure,value,note`; the
/// workspace's rows have an empty owner, a figure without data an empty value and its reason.
public enum MetricsCSVRenderer {
    public static let header = ["owner", "figure", "value", "note"]

    public static func render(_ metrics: SalesMetrics) -> String {
        var rows = [header]
        rows += self.rows(metrics.all, owner: "")
        for owner in metrics.byOwner ?? [] { rows += self.rows(owner.metrics, owner: owner.owner) }
        for team in metrics.sprintVelocity {
            for sprint in team.sprints { rows.append(["", "sprint_velocity.\(team.team).\(sprint.sprint)", number(sprint.points), ""]) }
            rows.append(["", "sprint_velocity.\(team.team).mean", team.mean.map(number) ?? "", team.mean == nil ? "no finished sprint" : ""])
        }
        return write(rows)
    }

    static func rows(_ metrics: DealMetrics, owner: String) -> [[String]] {
        func row(_ figure: String, _ value: Double?, _ keys: [String]) -> [String] {
            [owner, figure, value.map(number) ?? "", value == nil ? (keys.lazy.compactMap { metrics.notes[$0] }.first ?? "no data") : ""]
        }
        let counts = metrics.deals
        var rows: [[String]] = [
            [owner, "deals.won", String(counts.won), ""], [owner, "deals.lost", String(counts.lost), ""],
            [owner, "deals.no_decision", String(counts.noDecision), ""], [owner, "deals.open", String(counts.open), ""],
            row("win_rate.count", metrics.winRate.count, ["win_rate"]),
            row("win_rate.value", metrics.winRate.value, ["win_rate", "win_rate.value"]),
            row("win_rate.competitive", metrics.winRate.competitive, ["win_rate", "win_rate.competitive"]),
            row("win_rate.no_decision", metrics.winRate.noDecision, ["win_rate"]),
            row("won_average", metrics.wonAverage, ["won_average"]),
            row("cycle_days", metrics.cycleDays, ["cycle_days"]),
            row("velocity.per_day", metrics.velocity.perDay, ["velocity"]),
            row("velocity.per_30_days", metrics.velocity.per30Days, ["velocity"]),
        ]
        if metrics.notes["conversion"] == nil {
            for stage in metrics.conversion {
                rows.append([owner, "conversion.\(stage.stage).left", String(stage.left), ""])
                rows.append([owner, "conversion.\(stage.stage).forward", String(stage.forward), ""])
                rows.append([owner, "conversion.\(stage.stage).rate", stage.rate.map(number) ?? "", stage.rate == nil ? "none left" : ""])
                rows.append([owner, "conversion.\(stage.stage).median_days", stage.medianDays.map(number) ?? "", stage.medianDays == nil ? "none left" : ""])
            }
        } else {
            rows.append([owner, "conversion", "", metrics.notes["conversion"] ?? "no data"])
        }
        for tally in metrics.losses.lostTo { rows.append([owner, "losses.lost_to.\(tally.name)", String(tally.deals), ""]) }
        for tally in metrics.losses.lostReason { rows.append([owner, "losses.lost_reason.\(tally.name)", String(tally.deals), ""]) }
        rows.append([owner, "losses.no_decision", String(metrics.losses.noDecision.count), metrics.losses.noDecision.joined(separator: " ")])
        return rows
    }

    /// A figure as the shortest decimal that reads back to it (no grouping, `.` for the point).
    static func number(_ value: Double) -> String {
        value.isFinite && value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }

    static func write(_ rows: [[String]]) -> String {
        let stream = OutputStream(toMemory: ())
        do {
            let writer = try CSVWriter(stream: stream)
            for row in rows { try writer.write(row: row) }
            writer.stream.close()
        } catch {
            preconditionFailure("MetricsCSVRenderer: writing to memory failed: \(error)")
        }
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
