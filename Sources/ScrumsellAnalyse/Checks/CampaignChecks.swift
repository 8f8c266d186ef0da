import ScrumsellBase
import ScrumsellModel

/// Rules on campaigns (seed 003): every campaign of the backlog carries the seven fields
/// a team needs to run it.
enum CampaignChecks {
    static func run(_ workspace: Workspace, _ day: Day) -> [Diagnostic] {
        workspace.campaigns.flatMap(check)
    }

    static func check(_ campaign: Campaign) -> [Diagnostic] {
        var missing: [String] = []
        if campaign.industry?.nilIfEmpty == nil { missing.append("industry") }
        if campaign.offering?.nilIfEmpty == nil { missing.append("offering") }
        if campaign.audience.isEmpty { missing.append("audience") }
        if campaign.targetCompanies.isEmpty { missing.append("target_companies") }
        if campaign.differentiator?.nilIfEmpty == nil { missing.append("differentiator") }
        if campaign.emailPitch == nil { missing.append("## Email pitch") }
        if campaign.voicemailPitch == nil { missing.append("## Voicemail pitch") }
        guard !missing.isEmpty else { return [] }
        return [.warning("campaign-incomplete", "the campaign is missing \(missing.joined(separator: ", "))",
                         at: SourceLocation(path: campaign.path, line: 1, column: 1),
                         hint: "a campaign names its industry, offering, audience, target companies, differentiator, an email pitch and a voicemail pitch")]
    }
}
