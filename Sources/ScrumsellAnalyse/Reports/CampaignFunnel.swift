import ScrumsellModel

/// A campaign's funnel over a sprint — contacted → replies → meetings → opportunities —
/// with the conversion rate of each step and the score campaigns are ranked by.
public struct CampaignFunnel: Sendable, Codable, Equatable {
    public var campaign: String
    /// The campaign's title; its id when the campaign file is missing.
    public var title: String
    public var status: Campaign.Status?
    public var priority: Int?
    public var contacted: Int
    public var replies: Int
    public var meetings: Int
    public var opportunities: Int
    /// Replies ÷ contacted; `nil` when nobody was contacted.
    public var replyRate: Double?
    /// Meetings ÷ replies.
    public var meetingRate: Double?
    /// Opportunities ÷ meetings.
    public var opportunityRate: Double?
    /// The ranking score: (replies + 3 × meetings + 10 × opportunities) per 100 contacted.
    public var score: Double?

    /// How much a reply, a meeting and an opportunity weigh in the score: each step of the funnel is worth more than the one before.
    public static let weights = (reply: 1.0, meeting: 3.0, opportunity: 10.0)

    public init(campaign: String, title: String, status: Campaign.Status?, priority: Int?,
                contacted: Int, replies: Int, meetings: Int, opportunities: Int) {
        self.campaign = campaign
        self.title = title
        self.status = status
        self.priority = priority
        self.contacted = contacted
        self.replies = replies
        self.meetings = meetings
        self.opportunities = opportunities
        func ratio(_ part: Int, _ whole: Int) -> Double? { whole > 0 ? Double(part) / Double(whole) : nil }
        replyRate = ratio(replies, contacted)
        meetingRate = ratio(meetings, replies)
        opportunityRate = ratio(opportunities, meetings)
        let weights = CampaignFunnel.weights
        let points = Double(replies) * weights.reply + Double(meetings) * weights.meeting + Double(opportunities) * weights.opportunity
        score = contacted > 0 ? points * 100 / Double(contacted) : nil
    }

    /// A sprint's result for one campaign.
    public init(_ result: CampaignResult, campaign: Campaign?) {
        self.init(campaign: result.campaign, title: campaign?.title ?? result.campaign, status: campaign?.status, priority: campaign?.priority,
                  contacted: result.contacted, replies: result.replies, meetings: result.meetings, opportunities: result.opportunities)
    }

    /// The sum of several funnels (the sprint's total).
    public static func total(_ funnels: [CampaignFunnel]) -> CampaignFunnel {
        CampaignFunnel(campaign: "", title: "", status: nil, priority: nil,
                       contacted: funnels.reduce(0) { $0 + $1.contacted }, replies: funnels.reduce(0) { $0 + $1.replies },
                       meetings: funnels.reduce(0) { $0 + $1.meetings }, opportunities: funnels.reduce(0) { $0 + $1.opportunities })
    }
}
