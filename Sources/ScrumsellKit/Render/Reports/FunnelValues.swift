/// Template values of campaign funnels and rankings, shared by the retrospective and the weekly report.
enum FunnelValues {
    static func funnel(_ funnel: CampaignFunnel) -> [String: Any] {
        [
            "campaign": funnel.campaign,
            "title": funnel.title,
            "status": funnel.status?.rawValue ?? ContextValues.none,
            "priority": funnel.priority.map(String.init) ?? ContextValues.none,
            "contacted": ReportFormatter.count(funnel.contacted),
            "replies": ReportFormatter.count(funnel.replies),
            "meetings": ReportFormatter.count(funnel.meetings),
            "opportunities": ReportFormatter.count(funnel.opportunities),
            "replyRate": ContextValues.percent(funnel.replyRate),
            "meetingRate": ContextValues.percent(funnel.meetingRate),
            "opportunityRate": ContextValues.percent(funnel.opportunityRate),
            "score": funnel.score.map(ReportFormatter.score) ?? ContextValues.none,
        ]
    }

    static func ranking(_ ranking: CampaignRanking) -> [[String: Any]] {
        ranking.entries.map { entry in
            [
                "rank": String(entry.proposedRank),
                "campaign": entry.campaign,
                "title": entry.title,
                "status": entry.status.rawValue,
                "priority": entry.priority.map(String.init) ?? ContextValues.none,
                "move": move(entry),
                "score": entry.score.map(ReportFormatter.score) ?? ContextValues.none,
                "reason": reason(entry.reason),
            ]
        }
    }

    /// `up from 3`, `down from 2`, `stays`.
    static func move(_ entry: CampaignRanking.Entry) -> String {
        switch entry.move {
        case .up: return "up from \(entry.currentRank)"
        case .down: return "down from \(entry.currentRank)"
        case .same: return "stays"
        }
    }

    /// One line saying why a campaign lands where it does.
    static func reason(_ reason: CampaignRanking.Reason) -> String {
        let other = reason.other ?? "another campaign"
        let otherScore = reason.otherScore.map { " (\(ReportFormatter.score($0)))" } ?? " (no results)"
        switch reason.kind {
        case .best: return "best score of the sprint"
        case .overtook: return "scored above \(other)\(otherScore)"
        case .overtakenBy: return "\(other) scored higher\(otherScore)"
        case .behind: return "behind \(other)\(otherScore)"
        case .noResults: return "no results this sprint: keeps its order behind the campaigns that ran"
        }
    }
}
