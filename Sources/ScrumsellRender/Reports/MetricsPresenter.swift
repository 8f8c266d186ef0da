import ScrumsellAnalyse

/// Turns `SalesMetrics` into the values of `metrics.md.mustache`: each figure as text, `n/a`
/// with its reason when it has no data.
public enum MetricsPresenter {
    public static let template = "metrics.md.mustache"

    public static func values(_ metrics: SalesMetrics, workspace: String) -> [String: TemplateValue] {
        var values: [String: TemplateValue] = ["workspace": .text(workspace), "since": .text(metrics.since.description),
                                               "asOf": .text(metrics.asOf.description),
                                               "days": .text(ReportFormatter.count(metrics.since.days(to: metrics.asOf) + 1))]
        values["notes"] = .list(notes(metrics).map { ["note": .text($0)] })
        var scopes = [scope(metrics.all, owner: nil, currency: metrics.currency)]
        for owner in metrics.byOwner ?? [] { scopes.append(scope(owner.metrics, owner: owner.name, currency: metrics.currency)) }
        values["scopes"] = .list(scopes)
        values["teams"] = .list(metrics.sprintVelocity.map { team in
            ["team": .text(team.team),
             "sprints": .text(team.sprints.isEmpty ? "none finished" : team.sprints.map { "\($0.sprint) \(ReportFormatter.number($0.points))" }.joined(separator: ", ")),
             "mean": .text(team.mean.map(ReportFormatter.number) ?? "n/a")]
        })
        return values
    }

    /// The lines under the heading: deals left out for want of a rate, history not read.
    static func notes(_ metrics: SalesMetrics) -> [String] {
        var notes: [String] = []
        if !metrics.unconverted.isEmpty {
            let count = metrics.unconverted.count
            notes.append("\(ReportFormatter.plural(count, "deal")) left out of every figure: no rate for \(count == 1 ? "its" : "their") currency in 'rates:' (\(metrics.unconverted.joined(separator: ", "))).")
        }
        if let note = metrics.historyNote { notes.append(note) }
        return notes
    }

    /// `n/a (reason)` for a figure without data.
    static func missing(_ metrics: DealMetrics, _ keys: String...) -> String {
        "n/a (\(keys.lazy.compactMap { metrics.notes[$0] }.first ?? "no data"))"
    }

    static func scope(_ metrics: DealMetrics, owner: String?, currency: String) -> TemplateValue {
        func percent(_ ratio: Double?, _ keys: String...) -> String {
            ratio.map(ReportFormatter.percent) ?? "n/a (\(keys.lazy.compactMap { metrics.notes[$0] }.first ?? "no data"))"
        }
        func money(_ amount: Double?, _ key: String) -> String {
            amount.map { ReportFormatter.money($0, currency: currency) } ?? missing(metrics, key)
        }
        let counts = metrics.deals
        var values: [String: TemplateValue] = [
            "hasOwner": .flag(owner != nil), "owner": .text(owner ?? ""),
            "won": .text(ReportFormatter.count(counts.won)), "lost": .text(ReportFormatter.count(counts.lost)),
            "noDecision": .text(ReportFormatter.count(counts.noDecision)), "openDeals": .text(ReportFormatter.plural(counts.open, "open deal")),
            "winRateCount": .text(percent(metrics.winRate.count, "win_rate")),
            "winRateValue": .text(percent(metrics.winRate.value, "win_rate", "win_rate.value")),
            "winRateCompetitive": .text(percent(metrics.winRate.competitive, "win_rate", "win_rate.competitive")),
            "noDecisionRate": .text(percent(metrics.winRate.noDecision, "win_rate")),
            "wonAverage": .text(money(metrics.wonAverage, "won_average")),
            "cycleDays": .text(metrics.cycleDays.map { "\(ReportFormatter.number(($0 * 10).rounded() / 10)) days" }
                .map { counts.wonWithoutOpening > 0 ? "\($0) (\(ReportFormatter.plural(counts.wonWithoutOpening, "won deal")) without an opening)" : $0 }
                ?? missing(metrics, "cycle_days")),
            "velocity": .text(metrics.velocity.perDay.map { perDay in
                "\(ReportFormatter.money(perDay, currency: currency)) per day, \(ReportFormatter.money(perDay * 30, currency: currency)) per 30 days"
            } ?? missing(metrics, "velocity")),
        ]
        values["hasConversion"] = .flag(metrics.notes["conversion"] == nil)
        values["conversionNote"] = .text(missing(metrics, "conversion"))
        values["conversion"] = .list(metrics.conversion.map { stage in
            ["stage": .text(stage.stage), "left": .text(ReportFormatter.count(stage.left)), "forward": .text(ReportFormatter.count(stage.forward)),
             "rate": .text(stage.rate.map(ReportFormatter.percent) ?? "n/a (none left)"),
             "medianDays": .text(stage.medianDays.map(ReportFormatter.number) ?? "n/a")]
        })
        func tallies(_ tallies: [DealMetrics.Tally]) -> String {
            tallies.isEmpty ? "none" : tallies.map { "\($0.name) (\($0.deals))" }.joined(separator: "; ")
        }
        values["lostTo"] = .text(tallies(metrics.losses.lostTo))
        values["lostReason"] = .text(tallies(metrics.losses.lostReason))
        values["noDecisionDeals"] = .text(metrics.losses.noDecision.isEmpty ? "none" : metrics.losses.noDecision.joined(separator: ", "))
        return .object(values)
    }
}
