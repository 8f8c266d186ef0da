/// The phases of a history pass, in order: what `HistoryReader` tells its `HistoryProbe`.
public enum HistoryPhase: Int, CaseIterable, Sendable, CustomStringConvertible {
    /// Finding the repository (`git rev-parse`).
    case locate
    /// Listing the commits and the files they changed (`git log --raw`, from both ends on
    /// two cores, after a `git rev-list` on more), and parsing that.
    case log
    /// Following each file back through the commits, renames included.
    case lineages
    /// The working copy's uncommitted changes (`git status`).
    case workingCopy
    /// Reading every version's content (`git cat-file --batch`).
    case contents
    /// Reading each version's fields: front-matter excerpts, YAML, models.
    case versions
    /// Putting the versions of each file together.
    case assemble

    public var description: String {
        switch self {
        case .locate: return "locate repository"
        case .log: return "git log + parse"
        case .lineages: return "file lineages"
        case .workingCopy: return "git status"
        case .contents: return "git cat-file"
        case .versions: return "read versions"
        case .assemble: return "assemble"
        }
    }
}
