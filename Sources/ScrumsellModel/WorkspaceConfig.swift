import ScrumsellBase
import ScrumsellRead

/// `scrumsell.yml`: the workspace's name, currency, rules, teams and sales stages.
public struct WorkspaceConfig: Sendable, Codable {
    public var name: String
    public var currency: String
    public var sprintDays: Int
    public var staleAfterDays: Int
    public var nextStepsRequired: Int
    /// Open pipeline wanted per quarter.
    public var pipelineTarget: Double?
    /// `economic_buyer_from:`: the stage from which an open deal must name a stakeholder of
    /// influence `economic`; `nil` means the third stage.
    public var economicBuyerFrom: String?
    /// `quota:`: won value wanted per quarter, in the workspace currency.
    public var quota: Double?
    /// `fiscal_year_start:`: the month (1–12) the fiscal year starts in; quarters count from it.
    public var fiscalYearStart: Int = 1
    /// `rates:`: other currencies in the workspace currency, keyed by upper-cased code.
    public var rates: [String: Double] = [:]
    /// Where each rate was written, for diagnostics.
    public var rateLocations: [String: SourceLocation] = [:]
    /// `daily_scrum:`: when the daily scrum meets, for the calendar.
    public var dailyScrum: DailyScrumSchedule?
    /// `import:`: how CRM exports map onto deals.
    public var importSettings = ImportSettings()
    public var teams: [Team] { didSet { memberIndex = Self.index(teams) } }
    /// In sales-process order.
    public var stages: [Stage]
    /// Every member by id (the first of a duplicated id). Built with the teams rather than on
    /// first use: reports look members up from every core, and a table built once needs no lock.
    private var memberIndex: [String: Member] = [:]

    enum CodingKeys: String, CodingKey {
        case name, currency, sprintDays, staleAfterDays, nextStepsRequired, pipelineTarget, teams, stages, rates, economicBuyerFrom
        case quota, fiscalYearStart
    }

    public static let path = "scrumsell.yml"
    public static let knownKeys = ["name", "currency", "sprint_days", "stale_after_days", "next_steps_required", "pipeline_target", "rates", "economic_buyer_from", "teams", "stages",
                                   "daily_scrum", "import", FileSizeLimit.key, "quota", "fiscal_year_start"]

    public init(name: String, currency: String = "USD", sprintDays: Int = 14, staleAfterDays: Int = 14, nextStepsRequired: Int = 2,
                pipelineTarget: Double? = nil, teams: [Team] = [], stages: [Stage] = []) {
        self.name = name
        self.currency = currency
        self.sprintDays = sprintDays
        self.staleAfterDays = staleAfterDays
        self.nextStepsRequired = nextStepsRequired
        self.pipelineTarget = pipelineTarget
        self.teams = teams
        self.stages = stages
        memberIndex = Self.index(teams)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(name: try container.decode(String.self, forKey: .name), currency: try container.decode(String.self, forKey: .currency),
                  sprintDays: try container.decode(Int.self, forKey: .sprintDays), staleAfterDays: try container.decode(Int.self, forKey: .staleAfterDays),
                  nextStepsRequired: try container.decode(Int.self, forKey: .nextStepsRequired),
                  pipelineTarget: try container.decodeIfPresent(Double.self, forKey: .pipelineTarget),
                  teams: try container.decode([Team].self, forKey: .teams), stages: try container.decode([Stage].self, forKey: .stages))
        rates = try container.decodeIfPresent([String: Double].self, forKey: .rates) ?? [:]
        economicBuyerFrom = try container.decodeIfPresent(String.self, forKey: .economicBuyerFrom)
        quota = try container.decodeIfPresent(Double.self, forKey: .quota)
        fiscalYearStart = try container.decodeIfPresent(Int.self, forKey: .fiscalYearStart) ?? 1
    }

    /// The conversions of `rates:` into the workspace currency.
    public var currencyRates: CurrencyRates { CurrencyRates(base: currency, rates: rates) }

    private static func index(_ teams: [Team]) -> [String: Member] {
        var found: [String: Member] = [:]
        for team in teams { for member in team.members where found[member.id] == nil { found[member.id] = member } }
        return found
    }

    /// Every member of every team.
    public var members: [Member] { teams.flatMap(\.members) }

    public func member(_ id: String) -> Member? { memberIndex[id] }
    public func team(_ id: String) -> Team? { teams.first { $0.id == id } }
    public func stage(_ id: String) -> Stage? { stages.first { $0.id == id } }
    /// The fiscal quarter holding `day`.
    public func quarter(containing day: Day) -> FiscalQuarter { FiscalQuarter(containing: day, fiscalYearStart: fiscalYearStart) }

    /// Position of a stage in the sales process, 0 for the first.
    public func stageIndex(_ id: String) -> Int? { stages.firstIndex { $0.id == id } }

    /// The days without contact after which a deal in `stage` has gone dark: the stage's
    /// `stale_after_days`, else the workspace's.
    public func staleAfterDays(inStage stage: String) -> Int {
        self.stage(stage)?.staleAfterDays ?? staleAfterDays
    }

    /// The position of the stage from which an open deal needs an economic buyer:
    /// `economic_buyer_from:`, else the third stage (`nil` when that stage does not exist).
    public var economicBuyerStageIndex: Int? {
        if let economicBuyerFrom { return stageIndex(economicBuyerFrom) }
        return stages.count > 2 ? 2 : nil
    }

    /// Builds the configuration from `scrumsell.yml`'s fields, reporting problems.
    public static func decode(_ fields: YAMLNode?, defaultName: String) -> (WorkspaceConfig, [Diagnostic]) {
        var reader = FieldReader(fields, path: path, subject: "workspace", known: knownKeys)
        var config = WorkspaceConfig(name: reader.text("name") ?? defaultName)
        config.currency = reader.text("currency") ?? "USD"
        config.sprintDays = reader.integer("sprint_days", in: 1...366) ?? 14
        config.staleAfterDays = reader.integer("stale_after_days", in: 1...3650) ?? 14
        config.nextStepsRequired = reader.integer("next_steps_required", in: 0...20, example: "2") ?? 2
        config.pipelineTarget = reader.number("pipeline_target", in: 1...1e15)
        let economicBuyerFrom = reader.text("economic_buyer_from")
        let economicBuyerFromLocation = reader.locations["economic_buyer_from"]
        config.quota = reader.number("quota", in: 1...1e15, example: "900000")
        config.fiscalYearStart = reader.integer("fiscal_year_start", in: 1...12, example: "1") ?? 1
        for pair in reader.mapping("rates", example: "{USD: 0.92, GBP: 1.16}") {
            let location = SourceLocation(path: path, line: pair.value.line, column: pair.value.column)
            guard let text = pair.value.scalar, let rate = Double(text.trimmingSpaces()), rate.isFinite, rate > 0, rate <= 1e9 else {
                reader.report(.error("invalid-value", "the rate of '\(pair.key)' must be a positive number, found '\(pair.value.scalar ?? pair.value.kindName)'",
                                     at: location, hint: "write it as \(pair.key): 0.92 (one \(pair.key) in \(config.currency))"))
                continue
            }
            config.rates[pair.key.uppercased()] = rate
            config.rateLocations[pair.key.uppercased()] = location
        }
        var diagnostics: [Diagnostic] = []
        if let node = reader.node("daily_scrum"), !node.isNull {
            let (schedule, found) = DailyScrumSchedule.decode(node, path: path)
            config.dailyScrum = schedule
            diagnostics += found
        }
        if let node = reader.node("import"), !node.isNull {
            let (settings, found) = ImportSettings.decode(node, path: path)
            config.importSettings = settings
            diagnostics += found
        }
        // Read by `WorkspaceReader` before any document; checked here so that `check` reports a bad value.
        _ = reader.integer(FileSizeLimit.key, in: FileSizeLimit.allowed, example: String(FileSizeLimit.defaultBytes))
        for node in reader.mappingList("teams", example: "[{id: north, members: [{id: dana, name: Dana Kim, role: sales-executive}]}]") {
            var team = FieldReader(node, path: path, subject: "team", known: ["id", "name", "members"])
            let id = team.text("id", required: true, example: "north") ?? ""
            var members: [Member] = []
            for memberNode in team.mappingList("members", example: "[{id: dana, name: Dana Kim, role: sales-executive}]") {
                var member = FieldReader(memberNode, path: path, subject: "member", known: ["id", "name", "role", "quota", "pipeline_target"])
                let memberID = member.text("id", required: true, example: "dana") ?? ""
                members.append(Member(id: memberID, name: member.text("name") ?? memberID, role: member.text("role") ?? "",
                                      quota: member.number("quota", in: 1...1e15, example: "300000"),
                                      pipelineTarget: member.number("pipeline_target", in: 1...1e15, example: "900000"),
                                      location: member.origin))
                diagnostics += member.diagnostics
            }
            config.teams.append(Team(id: id, name: team.text("name") ?? id, members: members, location: team.origin))
            diagnostics += team.diagnostics
        }
        for node in reader.mappingList("stages", example: "[{id: qualify, probability: 25, exit: [Buying process mapped]}]") {
            var stage = FieldReader(node, path: path, subject: "stage", known: Stage.knownKeys)
            let id = stage.text("id", required: true, example: "qualify") ?? ""
            config.stages.append(Stage(id: id, name: stage.text("name") ?? id,
                                       probability: stage.number("probability", in: 0...100, example: "25") ?? 0,
                                       exit: stage.textList("exit", example: "[Buying process mapped]").map(\.0),
                                       staleAfterDays: stage.integer("stale_after_days", in: 1...3650, example: "7"),
                                       forecast: stage.choice("forecast", from: ForecastCategory.allCases.map(\.rawValue))
                                           .flatMap(ForecastCategory.init(rawValue:)) ?? .stageDefault,
                                       location: stage.origin))
            diagnostics += stage.diagnostics
        }
        if let economicBuyerFrom {
            if config.stageIndex(economicBuyerFrom) != nil {
                config.economicBuyerFrom = economicBuyerFrom
            } else {
                let hint = Suggestion.closest(to: economicBuyerFrom, in: config.stages.map(\.id)).map { "did you mean '\($0)'? " } ?? ""
                diagnostics.append(.error("invalid-value", "economic_buyer_from names no stage: '\(economicBuyerFrom)'",
                                          at: economicBuyerFromLocation ?? reader.origin,
                                          hint: "\(hint)name one of the stages: \(config.stages.map(\.id).joined(separator: ", "))"))
            }
        }
        // The import maps name stages and members, known only now.
        for (name, target) in config.importSettings.stages.sorted(by: { $0.key < $1.key })
        where config.stage(target) == nil && Outcome(rawValue: target) == nil {
            let ids = config.stages.map(\.id)
            diagnostics.append(.error("unknown-stage", "import.stages maps '\(name)' to '\(target)', which is no stage\(Suggestion.didYouMean(target, in: ids))",
                                      at: config.importSettings.locations["stages:\(name)"] ?? reader.origin,
                                      hint: "name a stage (\(ids.joined(separator: ", "))) or won, lost, no-decision"))
        }
        for (name, target) in config.importSettings.owners.sorted(by: { $0.key < $1.key }) where config.member(target) == nil {
            diagnostics.append(.error("unknown-member", "import.owners maps '\(name)' to '\(target)', who is no member\(Suggestion.didYouMean(target, in: config.members.map(\.id)))",
                                      at: config.importSettings.locations["owners:\(name)"] ?? reader.origin))
        }
        if fields != nil, config.stages.isEmpty {
            diagnostics.append(.error("missing-key", "the workspace defines no sales stages", at: reader.origin,
                                      hint: "add 'stages:' with at least one {id, probability, exit}"))
        }
        if fields != nil, config.teams.isEmpty {
            diagnostics.append(.error("missing-key", "the workspace defines no team", at: reader.origin,
                                      hint: "add 'teams:' with one {id, members: [{id, name, role}]}"))
        }
        return (config, reader.diagnostics + diagnostics)
    }
}
