import ScrumsellBase
import ScrumsellModel

/// Rules on `scrumsell.yml`: team size, duplicate ids.
enum ConfigChecks {
    static func run(_ workspace: Workspace, _ day: Day) -> [Diagnostic] {
        let config = workspace.config
        var found: [Diagnostic] = []
        for team in config.teams where team.members.count > Team.maximumSize {
            found.append(.warning("team-size", "team '\(team.id)' has \(team.members.count) members; a Scrum Selling team has at most \(Team.maximumSize)",
                                  at: team.location,
                                  hint: "split it into two teams: one sales executive, two lead generators, one or two contact collectors each"))
        }
        found += duplicates(config.teams.map { ($0.id, $0.location) }, what: "team")
        found += duplicates(config.members.map { ($0.id, $0.location) }, what: "member")
        found += duplicates(config.stages.map { ($0.id, $0.location) }, what: "stage")
        return found
    }

    static func duplicates(_ ids: [(String, SourceLocation)], what: String) -> [Diagnostic] {
        var first: [String: SourceLocation] = [:]
        var found: [Diagnostic] = []
        for (id, location) in ids where !id.isEmpty {
            if let earlier = first[id] {
                found.append(.error("duplicate-id", "\(what) id '\(id)' is used twice (first on line \(earlier.line))", at: location,
                                    hint: "give every \(what) its own id"))
            } else {
                first[id] = location
            }
        }
        return found
    }
}
