import Testing
@testable import ScrumsellKit

@Suite struct CampaignRankingTests {
    static func campaign(_ id: String, priority: Int?, status: Campaign.Status = .active) -> Campaign {
        Campaign(ref: DocumentRef(kind: .campaign, id: id, path: "campaigns/\(id).md"), title: id, status: status, priority: priority,
                 owner: nil, industry: nil, offering: nil, audience: [], targetCompanies: [], differentiator: nil, emailPitch: nil,
                 voicemailPitch: nil, backlog: [], learnings: [], fieldLocations: [:], sectionLocations: [:])
    }

    static func funnel(_ id: String, _ contacted: Int, _ replies: Int, _ meetings: Int, _ opportunities: Int) -> CampaignFunnel {
        CampaignFunnel(campaign: id, title: id, status: .active, priority: nil, contacted: contacted, replies: replies, meetings: meetings, opportunities: opportunities)
    }

    @Test func keepsTheOrderWhenResultsAgree() {
        let ranking = CampaignRanking.propose(campaigns: [Self.campaign("a", priority: 1), Self.campaign("b", priority: 2)],
                                              funnels: [Self.funnel("a", 100, 20, 5, 2), Self.funnel("b", 100, 5, 1, 0)])
        #expect(!ranking.hasMoves)
        #expect(ranking.entries.map(\.reason.kind) == [.best, .behind])
        #expect(ranking.entries[1].reason.other == "a")
    }

    @Test func unsetPriorityRanksLastAndTiesKeepTheCurrentOrder() {
        let ranking = CampaignRanking.propose(
            campaigns: [Self.campaign("z", priority: nil), Self.campaign("y", priority: 2), Self.campaign("x", priority: 2)],
            funnels: [Self.funnel("x", 10, 1, 0, 0), Self.funnel("y", 10, 1, 0, 0), Self.funnel("z", 0, 0, 0, 0)])
        // x and y tie (same priority, id order x, y); z contacted nobody so it has no score.
        #expect(ranking.entries.map(\.campaign) == ["x", "y", "z"])
        #expect(ranking.entries.map(\.currentRank) == [1, 2, 3])
        #expect(ranking.entries[2].score == nil && ranking.entries[2].reason.kind == .noResults)
    }

    @Test func aCampaignWithoutResultsFallsBehindThoseThatRan() {
        let ranking = CampaignRanking.propose(campaigns: [Self.campaign("idle", priority: 1), Self.campaign("busy", priority: 2),
                                                          Self.campaign("gone", priority: 3, status: .done)],
                                              funnels: [Self.funnel("busy", 50, 5, 1, 0)])
        #expect(ranking.entries.map(\.campaign) == ["busy", "idle"])
        #expect(ranking.entries[0].move == .up && ranking.entries[0].reason.otherScore == nil)
        #expect(ranking.entries[1].move == .down && ranking.entries[1].reason.kind == .noResults)
        #expect(ranking.entries[0].score == 16)
    }
}
