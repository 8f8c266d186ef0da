import ScrumsellBase

/// Why a workspace's history cannot be read. Reports leave their history sections out and
/// print `note`, a single line, instead.
public struct HistoryUnavailable: Error, Sendable, Codable, Equatable {
    public enum Reason: String, Sendable, Codable {
        /// No `git` executable on `PATH`.
        case gitMissing = "git-missing"
        /// The workspace folder is not inside a git repository.
        case notARepository = "not-a-repository"
        /// git ran but could not read the repository.
        case gitFailed = "git-failed"
        /// The repository holds no version of a deal or campaign up to the as-of day.
        case noHistory = "no-history"
    }

    public var reason: Reason
    /// One line saying what happened, for the top of a report.
    public var note: String

    public init(_ reason: Reason, note: String) {
        self.reason = reason
        self.note = note
    }

    package static let gitMissing = HistoryUnavailable(.gitMissing, note: "History is left out: git is not installed.")
    package static let notARepository = HistoryUnavailable(.notARepository, note: "History is left out: the workspace is not in a git repository.")

    /// For a report whose history holds nothing up to `day`: nothing to show but empty sections.
    public static func noHistory(upTo day: Day) -> HistoryUnavailable {
        HistoryUnavailable(.noHistory, note: "History is left out: no commit up to \(day) touches the deals or campaigns.")
    }

    static func gitFailed(_ reason: String) -> HistoryUnavailable {
        HistoryUnavailable(.gitFailed, note: "History is left out: git could not read the repository (\(reason)).")
    }
}
