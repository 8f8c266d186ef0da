import ScrumsellModel
import ScrumsellGit

/// The changes of a campaign's pitches, each dated and placed in the sprint it was made in.
public struct CampaignPitchHistory: Sendable, Codable {
    public var campaign: String
    public var title: String
    /// Oldest first.
    public var changes: [PitchChange]

    /// Derives the pitch changes of `campaign` from its file's versions. A pitch present in
    /// the first version counts as written then, unless the history starts at a shallow
    /// clone's horizon (it was written before). Unreadable versions are skipped.
    public init(campaign: Campaign, history: DocumentHistory<CampaignSnapshot>?, workspace: Workspace) {
        self.campaign = campaign.id
        title = campaign.title
        changes = []
        guard let history else { return }
        var previous: CampaignSnapshot? = history.startsAtHorizon ? history.versions.first?.snapshot : nil
        for version in history.versions.dropFirst(history.startsAtHorizon ? 1 : 0) {
            guard let current = version.snapshot else { continue }
            for section in PitchChange.Section.allCases {
                let before = previous.flatMap { Self.text(of: section, in: $0) }
                let after = Self.text(of: section, in: current)
                guard before != after else { continue }
                let kind: PitchChange.Kind = after == nil ? .removed : before == nil ? .written : .rewritten
                changes.append(PitchChange(campaign: campaign.id, section: section, kind: kind, date: version.date,
                                           sprint: workspace.currentSprint(asOf: version.date)?.id, commit: version.commit,
                                           before: before, after: after))
            }
            previous = current
        }
    }

    static func text(of section: PitchChange.Section, in snapshot: CampaignSnapshot) -> String? {
        switch section {
        case .email: return snapshot.emailPitch
        case .voicemail: return snapshot.voicemailPitch
        }
    }
}
