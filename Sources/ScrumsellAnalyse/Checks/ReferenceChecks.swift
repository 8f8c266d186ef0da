import ScrumsellBase
import ScrumsellRead
import ScrumsellModel

/// Rules on ids that name something else: owners, stages, campaigns, objectives, teams, sprints, links.
enum ReferenceChecks {
    static func run(_ workspace: Workspace, _ day: Day) -> [Diagnostic] {
        let config = workspace.config
        let members = config.members.map(\.id)
        let stages = config.stages.map(\.id)
        let campaigns = workspace.campaigns.map(\.id)
        let objectives = workspace.objectives.map(\.id)
        let sprints = workspace.sprints.map(\.id)
        let teams = config.teams.map(\.id)
        let linkable = workspace.deals.map(\.id) + campaigns
        // Membership is asked once per reference: sets keep that constant-time; the lists stay for suggestions.
        let memberSet = Set(members), stageSet = Set(stages), campaignSet = Set(campaigns), objectiveSet = Set(objectives)
        let sprintSet = Set(sprints), teamSet = Set(teams), linkableSet = Set(linkable)
        var found: [Diagnostic] = []

        func unknown(_ what: String, _ id: String, among known: [String], in set: Set<String>, also extra: [String] = [],
                     at location: SourceLocation, hint: String) {
            guard !id.isEmpty, !set.contains(id), !extra.contains(id) else { return }
            let candidates = extra.isEmpty ? known : known + extra
            found.append(.error("unknown-\(what)", "unknown \(what) '\(id)'\(Suggestion.didYouMean(id, in: candidates))", at: location, hint: hint))
        }
        func checkItems(_ lists: [[Item]], stakeholders: [String] = [], ownerHint: String) {
            func visit(_ item: Item) {
                for owner in item.owners where !memberSet.contains(owner) {
                    unknown("owner", owner, among: members, in: memberSet, also: stakeholders, at: tokenLocation(item, .owner, owner), hint: ownerHint)
                }
                if let sprint = item.sprint, !sprintSet.contains(sprint) {
                    unknown("sprint", sprint, among: sprints, in: sprintSet, at: tokenLocation(item, .sprint, sprint), hint: "sprints are the files in sprints/; create it with `scrumsell new sprint`")
                }
                if let stage = item.stage, !stageSet.contains(stage) {
                    unknown("stage", stage, among: stages, in: stageSet, at: tokenLocation(item, .stage, stage), hint: "stages are listed in scrumsell.yml")
                }
                for link in item.links where !linkableSet.contains(link) {
                    unknown("link", link, among: linkable, in: linkableSet, at: tokenLocation(item, .link, link), hint: "'+id' names a deal or a campaign file")
                }
                item.children.forEach(visit)
            }
            for list in lists { list.forEach(visit) }
        }

        for deal in workspace.deals {
            unknown("owner", deal.owner, among: members, in: memberSet, at: deal.location(of: "owner"), hint: "the owner is a member id from scrumsell.yml")
            unknown("stage", deal.stage, among: stages, in: stageSet, at: deal.location(of: "stage"), hint: "stages are listed in scrumsell.yml, in order: \(stages.joined(separator: ", "))")
            if let campaign = deal.campaign {
                unknown("campaign", campaign, among: campaigns, in: campaignSet, at: deal.location(of: "campaign"), hint: "campaigns are the files in campaigns/")
            }
            for objective in deal.objectives {
                unknown("objective", objective, among: objectives, in: objectiveSet, at: deal.location(of: "objectives"), hint: "objectives are the files in objectives/")
            }
            checkItems([deal.buyingProcess, deal.backlog, deal.nextSteps, deal.exitTasks], stakeholders: deal.stakeholders.map(\.id),
                       ownerHint: "an owner is a team member, or a stakeholder listed in this deal's front-matter")
        }
        for campaign in workspace.campaigns {
            if let owner = campaign.owner {
                unknown("owner", owner, among: members, in: memberSet, at: campaign.location(of: "owner"), hint: "the owner is a member id from scrumsell.yml")
            }
            checkItems([campaign.backlog], ownerHint: "an owner is a member id from scrumsell.yml")
        }
        for sprint in workspace.sprints {
            unknown("team", sprint.team, among: teams, in: teamSet, at: sprint.location(of: "team"), hint: "teams are listed in scrumsell.yml")
            for result in sprint.results {
                unknown("campaign", result.campaign, among: campaigns, in: campaignSet, at: result.location, hint: "results are keyed by campaign id (a file in campaigns/)")
            }
            for day in sprint.dailyScrum {
                for note in day.notes {
                    for who in note.who { unknown("owner", who, among: members, in: memberSet, at: note.location, hint: "'@who' names a member id from scrumsell.yml") }
                }
            }
            checkItems([sprint.backlog], ownerHint: "an owner is a member id from scrumsell.yml")
        }
        return found
    }

    /// Where the token `kind` with `value` stands in the item, so the caret points at `@pat`
    /// rather than the box. The model keeps no token positions: the item's text is scanned
    /// again from one column past the box and its space (`[ ] `), which is exact for an item
    /// on one line; an item whose text runs on over more lines keeps the box's location.
    static func tokenLocation(_ item: Item, _ kind: InlineToken.Kind, _ value: String) -> SourceLocation {
        let location = item.location
        guard item.lastLine == location.line,
              let token = InlineToken.scan(item.text[...], line: location.line, column: location.column + 4).first(where: { $0.kind == kind && $0.value == value })
        else { return location }
        return SourceLocation(path: location.path, line: token.line, column: token.column)
    }
}
