import ScrumsellModel

/// The pitch sections of a campaign, as one version of its file wrote them.
public struct CampaignSnapshot: Sendable, Codable, Equatable {
    public var emailPitch: String?
    public var voicemailPitch: String?

    public init(emailPitch: String? = nil, voicemailPitch: String? = nil) {
        self.emailPitch = emailPitch
        self.voicemailPitch = voicemailPitch
    }

    public init(_ campaign: Campaign) {
        self.init(emailPitch: campaign.emailPitch, voicemailPitch: campaign.voicemailPitch)
    }

    enum CodingKeys: String, CodingKey {
        case emailPitch = "email_pitch"
        case voicemailPitch = "voicemail_pitch"
    }
}
