import ScrumsellModel

/// A proposed re-ranking of the campaign backlog from one sprint's results (Scrum Selling
/// re-prioritises campaigns at every retrospective).
///
/// Campaigns that reported results rank first, by funnel score (best first; ties keep the
/// current order); campaigns without results follow in their current order. Finished
/// (`done`) campaigns are left out. Each entry says how it moves against the current
/// `priority` and why.
public struct CampaignRanking: Sendable, Codable, Equatable {
    public enum Move: String, Sendable, Codable { case up, down, same }

    /// Why a campaign lands where it does.
    public struct Reason: Sendable, Codable, Equatable {
        public enum Kind: String, Sendable, Codable {
            /// The best score of the sprint.
            case best
            /// Moves up: it scored above `other`, which ranked ahead of it.
            case overtook
            /// Moves down: `other`, which ranked behind it, scored higher.
            case overtakenBy = "overtaken-by"
            /// Keeps its place behind `other`, which scored higher.
            case behind
            /// Reported no results this sprint: stays behind the campaigns that did.
            case noResults = "no-results"
        }
        public var kind: Kind
        /// The campaign compared with.
        public var other: String?
        /// Its score (`nil` when it has no results).
        public var otherScore: Double?

        package init(kind: Kind, other: String? = nil, otherScore: Double? = nil) {
            self.kind = kind
            self.other = other
            self.otherScore = otherScore
        }
    }

    public struct Entry: Sendable, Codable, Equatable {
        public var campaign: String
        public var title: String
        public var status: Campaign.Status
        public var priority: Int?
        /// Position in the current order (by `priority`, unset last, then id), from 1.
        public var currentRank: Int
        public var proposedRank: Int
        public var move: Move
        public var score: Double?
        public var reason: Reason
    }

    /// In proposed order.
    public var entries: [Entry]

    public var hasMoves: Bool { entries.contains { $0.move != .same } }

    /// Ranks the workspace's campaigns that are not done by `funnels` (one sprint's results).
    public static func propose(campaigns: [Campaign], funnels: [CampaignFunnel]) -> CampaignRanking {
        let scores = Dictionary(funnels.compactMap { funnel in funnel.score.map { (funnel.campaign, $0) } }, uniquingKeysWith: max)
        let current = campaigns.filter { $0.status != .done }.sorted { a, b in
            switch (a.priority, b.priority) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.id < b.id
            }
        }
        let currentRank = Dictionary(uniqueKeysWithValues: current.enumerated().map { ($1.id, $0 + 1) })
        let scored = current.filter { scores[$0.id] != nil }
            .enumerated().sorted { a, b in
                let (x, y) = (scores[a.element.id]!, scores[b.element.id]!)
                return x != y ? x > y : a.offset < b.offset
            }.map(\.element)
        let proposed = scored + current.filter { scores[$0.id] == nil }
        let proposedRank = Dictionary(uniqueKeysWithValues: proposed.enumerated().map { ($1.id, $0 + 1) })

        let entries = proposed.map { campaign -> Entry in
            let now = currentRank[campaign.id]!, next = proposedRank[campaign.id]!
            let move: Move = next < now ? .up : next > now ? .down : .same
            let score = scores[campaign.id]
            let reason: Reason
            if score == nil {
                reason = Reason(kind: .noResults)
            } else if move == .up {
                // The campaign it passed that stood highest before.
                let passed = proposed.filter { currentRank[$0.id]! < now && proposedRank[$0.id]! > next }.min { currentRank[$0.id]! < currentRank[$1.id]! }
                reason = Reason(kind: .overtook, other: passed?.id, otherScore: passed.flatMap { scores[$0.id] })
            } else if move == .down {
                // The best-placed campaign that passed it.
                let passer = proposed.filter { currentRank[$0.id]! > now && proposedRank[$0.id]! < next }.min { proposedRank[$0.id]! < proposedRank[$1.id]! }
                reason = Reason(kind: .overtakenBy, other: passer?.id, otherScore: passer.flatMap { scores[$0.id] })
            } else if next == 1 {
                reason = Reason(kind: .best)
            } else {
                let above = proposed[next - 2]
                reason = Reason(kind: .behind, other: above.id, otherScore: scores[above.id])
            }
            return Entry(campaign: campaign.id, title: campaign.title, status: campaign.status, priority: campaign.priority,
                         currentRank: now, proposedRank: next, move: move, score: score, reason: reason)
        }
        return CampaignRanking(entries: entries)
    }
}
