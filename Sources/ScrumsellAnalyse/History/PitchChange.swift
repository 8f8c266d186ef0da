import ScrumsellBase
import ScrumsellGit

/// A change of one of a campaign's pitches (`Email pitch`, `Voicemail pitch`).
public struct PitchChange: Sendable, Codable, Equatable {
    /// The two pitch sections of a campaign file.
    public enum Section: String, Sendable, Codable, CaseIterable {
        case email = "Email pitch"
        case voicemail = "Voicemail pitch"
    }

    public enum Kind: String, Sendable, Codable {
        /// The section was written where there was none.
        case written
        /// The section's text changed.
        case rewritten
        /// The section was emptied or taken out.
        case removed
    }

    public var campaign: String
    public var section: Section
    public var kind: Kind
    public var date: Day
    /// The sprint whose dates hold the change (the latest-starting one when several do).
    public var sprint: String?
    /// `nil` for an uncommitted edit.
    public var commit: CommitInfo?
    public var before: String?
    public var after: String?

    public init(campaign: String, section: Section, kind: Kind, date: Day, sprint: String? = nil, commit: CommitInfo? = nil,
                before: String? = nil, after: String? = nil) {
        self.campaign = campaign
        self.section = section
        self.kind = kind
        self.date = date
        self.sprint = sprint
        self.commit = commit
        self.before = before
        self.after = after
    }
}
