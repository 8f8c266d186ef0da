import ScrumsellBase
import ScrumsellRead
import ScrumsellModel

extension WorkspaceEditor {
    /// `new deal NAME`: a sales plan in `deals/<slug>.md`, owner and stage checked against the
    /// workspace, with the exit tasks of every stage up to its own under `## Exit tasks`.
    public func newDeal(_ options: NewDealOptions) throws -> Scaffold {
        let config = workspace.config
        let id = try newID(options.name, kind: .deal)
        let account = try Self.requireOneLine(options.account ?? options.name, what: "account")
        let owner = try member(options.owner ?? (config.members.first { $0.role == "sales-executive" } ?? config.members.first)?.id)
        guard let stage = options.stage.map({ config.stage($0) }) ?? config.stages.first, let stageIndex = config.stageIndex(stage.id) else {
            let ids = config.stages.map(\.id)
            throw EditRefusal(options.stage.map { "unknown stage '\($0)'\(Suggestion.didYouMean($0, in: ids)); the stages are \(ids.joined(separator: ", "))" }
                              ?? "the workspace defines no stages (scrumsell.yml)")
        }
        var context: [String: Any] = [
            "id": id, "account": YAMLScalar.text(account), "owner": YAMLScalar.token(owner), "stage": YAMLScalar.token(stage.id),
            "today": "\(asOf)", "heading": account,
        ]
        if let title = options.title {
            let title = try Self.requireOneLine(title, what: "title")
            context["title"] = YAMLScalar.text(title)
            context["heading"] = "\(account) — \(title)"
        }
        if let value = options.value {
            guard value.isFinite, value >= 0 else { throw EditRefusal("the value must be a number of zero or more") }
            context["value"] = value.formattedNumber
        }
        if let campaign = options.campaign {
            guard workspace.campaign(campaign) != nil else {
                throw EditRefusal("unknown campaign '\(campaign)'\(Suggestion.didYouMean(campaign, in: workspace.campaigns.map(\.id)))")
            }
            context["campaign"] = YAMLScalar.token(campaign)
        }
        for objective in options.objectives where workspace.objective(objective) == nil {
            throw EditRefusal("unknown objective '\(objective)'\(Suggestion.didYouMean(objective, in: workspace.objectives.map(\.id)))")
        }
        if !options.objectives.isEmpty {
            context["objectives"] = "[" + options.objectives.map { YAMLScalar.token($0, inFlow: true) }.joined(separator: ", ") + "]"
        }
        if let day = options.decisionDate { context["decision_date"] = "\(day)" }
        if let consequence = options.consequence { context["consequence"] = YAMLScalar.text(try Self.requireOneLine(consequence, what: "consequence")) }
        context["exit_tasks"] = try config.stages[...stageIndex].flatMap { stage in
            try stage.exit.map { ["task": try Self.requireOneLine($0, what: "exit task"), "stage": stage.id] as [String: Any] }
        }
        return Scaffold(template: "new-deal.md.mustache", path: "deals/\(id).md", kind: .deal, context: context)
    }

    /// `new campaign NAME`: a campaign with every field Scrum Selling asks for, to fill in.
    public func newCampaign(_ options: NewCampaignOptions) throws -> Scaffold {
        let id = try newID(options.name, kind: .campaign)
        let title = try Self.requireOneLine(options.title ?? options.name, what: "title")
        var context: [String: Any] = [
            "id": id, "title": YAMLScalar.text(title), "heading": title, "status": options.status.rawValue, "today": "\(asOf)",
            "priority": String(options.priority ?? ((workspace.campaigns.compactMap(\.priority).max() ?? 0) + 1)),
            "audience": try options.audience.map { YAMLScalar.text(try Self.requireOneLine($0, what: "audience title")) },
            "target_companies": try options.targetCompanies.map { YAMLScalar.text(try Self.requireOneLine($0, what: "target company")) },
        ]
        if let owner = options.owner { context["owner"] = YAMLScalar.token(try member(owner)) }
        if let industry = options.industry { context["industry"] = YAMLScalar.text(try Self.requireOneLine(industry, what: "industry")) }
        if let offering = options.offering { context["offering"] = YAMLScalar.text(try Self.requireOneLine(offering, what: "offering")) }
        if let differentiator = options.differentiator {
            context["differentiator"] = YAMLScalar.text(try Self.requireOneLine(differentiator, what: "differentiator"))
        }
        return Scaffold(template: "new-campaign.md.mustache", path: "campaigns/\(id).md", kind: .campaign, context: context)
    }

    /// `new sprint [NAME]`: the next sprint of a team, starting the day after its last sprint
    /// ends (or on as-of) and lasting `sprint_days`.
    public func newSprint(_ options: NewSprintOptions) throws -> Scaffold {
        let config = workspace.config
        let team: Team
        if let id = options.team {
            guard let found = config.team(id) else {
                throw EditRefusal("unknown team '\(id)'\(Suggestion.didYouMean(id, in: config.teams.map(\.id)))")
            }
            team = found
        } else {
            guard config.teams.count == 1 else {
                throw EditRefusal(config.teams.isEmpty ? "the workspace defines no team (scrumsell.yml)"
                                  : "the workspace has \(config.teams.count) teams; name one with --team (\(config.teams.map(\.id).joined(separator: ", ")))")
            }
            team = config.teams[0]
        }
        let lastEnd = workspace.sprints.filter { $0.team == team.id }.compactMap(\.end).max()
        let start = options.start ?? lastEnd?.adding(days: 1) ?? asOf
        let end = start.adding(days: config.sprintDays - 1)
        let week = ISOWeek(containing: start)
        let id = try newID(options.name ?? "\(week.year)-s\(week.week < 10 ? "0" : "")\(week.week)", kind: .sprint)
        var context: [String: Any] = [
            "id": id, "team": YAMLScalar.token(team.id), "team_name": team.name, "start": "\(start)", "end": "\(end)", "today": "\(asOf)",
        ]
        if let goal = options.goal { context["goal"] = YAMLScalar.text(try Self.requireOneLine(goal, what: "goal")) }
        return Scaffold(template: "new-sprint.md.mustache", path: "sprints/\(id).md", kind: .sprint, context: context)
    }

    /// `new objective NAME`: a program objective at its first review stage (the sponsor's "I want").
    public func newObjective(_ options: NewObjectiveOptions) throws -> Scaffold {
        let id = try newID(options.name, kind: .objective)
        let title = try Self.requireOneLine(options.title ?? options.name, what: "title")
        var context: [String: Any] = [
            "id": id, "title": YAMLScalar.text(title), "heading": title, "today": "\(asOf)",
            "aligns_to": try options.alignsTo.map { YAMLScalar.text(try Self.requireOneLine($0, what: "corporate goal")) },
        ]
        if let sponsor = options.sponsor { context["sponsor"] = YAMLScalar.text(try Self.requireOneLine(sponsor, what: "sponsor")) }
        return Scaffold(template: "new-objective.md.mustache", path: "objectives/\(id).md", kind: .objective, context: context)
    }

    /// The slug of `name`, refused when it is empty or a document of `kind` already has it.
    func newID(_ name: String, kind: DocumentKind) throws -> String {
        let id = Slug.make(name)
        guard !id.isEmpty else { throw EditRefusal("'\(name)' gives no file name: use letters or digits") }
        if let existing = sources.documents.first(where: { $0.kind == kind && $0.id == id }) {
            throw EditRefusal("\(existing.path) already exists; nothing was written")
        }
        return id
    }

    /// A member id of the workspace, or a refusal with the closest one.
    func member(_ id: String?) throws -> String {
        guard let id else { throw EditRefusal("the workspace has no team members (scrumsell.yml)") }
        guard workspace.config.member(id) != nil else {
            throw EditRefusal("unknown member '\(id)'\(Suggestion.didYouMean(id, in: workspace.config.members.map(\.id))); the members are \(workspace.config.members.map(\.id).joined(separator: ", "))")
        }
        return id
    }
}
