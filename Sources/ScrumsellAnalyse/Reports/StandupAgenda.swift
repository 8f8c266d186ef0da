import ScrumsellBase
import ScrumsellModel

/// The agenda of the 20-minute daily scrum as of a day: for each team member what is
/// overdue, due today and in progress; the deals that need attention; and the notes of the
/// previous daily scrum.
public struct StandupAgenda: Sendable, Codable, Equatable {
    /// One person's part of the stand-up. The three lists do not overlap: an overdue item is
    /// only under `overdue`, an item due today only under `dueToday`.
    public struct PersonAgenda: Sendable, Codable, Equatable {
        public var person: PersonRef
        public var overdue: [BoardCard]
        public var dueToday: [BoardCard]
        public var doing: [BoardCard]

        public var isEmpty: Bool { overdue.isEmpty && dueToday.isEmpty && doing.isEmpty }
    }

    /// The daily-scrum notes of one day.
    public struct ScrumDayNotes: Sendable, Codable, Equatable {
        public var sprint: String
        public var date: Day
        public var notes: [ScrumLine]
    }

    public var asOf: Day
    /// The sprint of the stand-up's team running on the day, if any.
    public var sprint: SprintInfo?
    public var filter: ReportFilter
    public var people: [PersonAgenda]
    public var attention: [DealAttention]
    /// The latest daily scrum before the day, in any sprint of the team.
    public var previousScrum: ScrumDayNotes?

    /// The team whose stand-up it is: the filter's team, else the team of the filter's owner, else the one
    /// team with a sprint running on the day; `nil` (everyone) when that leaves several.
    static func standupTeam(_ workspace: Workspace, asOf day: Day, filter: ReportFilter) -> String? {
        if let team = filter.team { return team }
        if let owner = filter.owner, let team = workspace.config.teams.first(where: { $0.members.contains { $0.id == owner } }) { return team.id }
        let running = Set(workspace.sprints.filter { $0.isCurrent(asOf: day) }.map(\.team))
        return running.count == 1 ? running.first : nil
    }

    /// The agenda as of `day`. Items come from every deal, campaign and sprint: an open item stays on the agenda until
    /// it is done or dropped, or its deal has closed and left it behind (`ItemSubject.isLeftBehind`).
    /// `--who` is the filter's `owner`: only that person's part and deals.
    public static func build(_ workspace: Workspace, asOf day: Day, filter: ReportFilter = ReportFilter()) -> StandupAgenda {
        let config = workspace.config
        let index = WorkspaceIndex(workspace)
        let team = standupTeam(workspace, asOf: day, filter: filter)
        let sprint = team.flatMap { workspace.currentSprint(asOf: day, team: $0) }
        var members = config.members
        if let team, let found = config.team(team) { members = found.members }
        if let owner = filter.owner { members = members.filter { $0.id == owner } }

        let cards = workspace.allItems.compactMap { item -> BoardCard? in
            guard item.isOpen else { return nil }
            let subject = index.subject(of: item)
            guard filter.includes(item, about: subject, in: config), !subject.isLeftBehind(item) else { return nil }
            return BoardCard(item, subject: subject, config: config, asOf: day)
        }.sorted(by: BoardCard.byDue)

        let people = members.map { member -> PersonAgenda in
            let mine = cards.filter { $0.owners.contains { $0.id == member.id } }
            return PersonAgenda(person: PersonRef.resolve(member.id, deal: nil, config: config),
                                overdue: mine.filter(\.overdue),
                                dueToday: mine.filter { $0.due == day },
                                doing: mine.filter { $0.state == .doing && !$0.overdue && $0.due != day })
        }

        let memberIDs = Set(members.map(\.id))
        let attention = workspace.deals.filter { deal in
            filter.includes(deal, in: config) && (filter.owner != nil || team == nil || memberIDs.contains(deal.owner))
        }.compactMap { deal -> DealAttention? in
            let reasons = AttentionReason.assess(deal, in: workspace, asOf: day)
            return reasons.isEmpty ? nil : DealAttention(deal: DealSummary(deal, config: config), reasons: reasons)
        }

        let previous = workspace.sprints.filter { team == nil || $0.team == team }
            .flatMap { sprint in sprint.dailyScrum.filter { $0.date < day }.map { (sprint, $0) } }
            .max { ($0.1.date, $0.0.id) < ($1.1.date, $1.0.id) }
            .map { sprint, scrum in
                ScrumDayNotes(sprint: sprint.id, date: scrum.date,
                              notes: scrum.notes.filter { filter.includes($0, in: config) }.map { ScrumLine(date: scrum.date, note: $0, config: config) })
            }

        return StandupAgenda(asOf: day, sprint: sprint.map { SprintInfo($0, config: config, asOf: day) }, filter: filter,
                             people: people, attention: attention, previousScrum: previous)
    }
}
