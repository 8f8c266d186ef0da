import ScrumsellBase

/// A campaign's funnel over one sprint: contacted → replies → meetings → opportunities.
public struct CampaignResult: Sendable, Hashable, Codable {
    public var campaign: String
    public var contacted: Int
    public var replies: Int
    public var meetings: Int
    public var opportunities: Int
    public var location: SourceLocation

    public static let knownKeys = ["contacted", "replies", "meetings", "opportunities"]

    public init(campaign: String, contacted: Int, replies: Int, meetings: Int, opportunities: Int, location: SourceLocation) {
        self.campaign = campaign
        self.contacted = contacted
        self.replies = replies
        self.meetings = meetings
        self.opportunities = opportunities
        self.location = location
    }
}
