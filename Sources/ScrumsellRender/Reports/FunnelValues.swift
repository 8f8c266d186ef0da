import ScrumsellAnalyse

/// Template values of campaign funnels and rankings, shared by the retrospective and the weekly report.
enum FunnelValues {
    static func funnel(_ funnel: CampaignFunnel) -> [String: TemplateValue] {
        [
            "campaign": .text(funnel.campaign),
            "title": .text(funnel.title),
            "status": .text(funnel.status?.rawValue ?? ContextValues.none),
            "priority": .text(funnel.priority.map(String.init) ?? ContextValues.none),
            "contacted": .text(ReportFormatter.count(funnel.contacted)),
            "replies": .text(ReportFormatter.count(funnel.replies)),
            "meetings": .text(ReportFormatter.count(funnel.meetings)),
            "opportunities": .text(ReportFormatter.count(funnel.opportunities)),
            "replyRate": .text(ContextValues.percent(funnel.replyRate)),
            "meetingRate": .text(ContextValues.percent(funnel.meetingRate)),
            "opportunityRate": .text(ContextValues.percent(funnel.opportunityRate)),
            "score": .text(funnel.score.map(ReportFormatter.score) ?? ContextValues.none),
        ]
    }

    static func ranking(_ ranking: CampaignRanking) -> TemplateValue {
        .list(ranking.entries.map { entry in
            [
                "rank": .text(String(entry.proposedRank)),
                "campaign": .text(entry.campaign),
                "title": .text(entry.title),
                "status": .text(entry.status.rawValue),
                "priority": .text(entry.priority.map(String.init) ?? ContextValues.none),
                "move": .text(move(entry)),
                "score": .text(entry.score.map(ReportFormatter.score) ?? ContextValues.none),
                "reason": .text(reason(entry.reason)),
            ]
        })
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
