import ScrumsellBase
import ScrumsellRead
import ScrumsellModel

/// Builds the calendar feed of a workspace: each open deal's decision date, each dated open
/// item of its `Buying process`, `Backlog` and `Next steps`, the follow-up of each lost or
/// undecided deal, every sprint's planning (first day) and retrospective (last day), and the
/// daily scrum of `daily_scrum:` as one recurring event per sprint.
public enum CalendarBuilder {
    /// `owner`: only that member's deals (decisions, follow-ups), the items they own or that
    /// stand unowned in their deals, and their team's sprints.
    public static func feed(_ workspace: Workspace, asOf day: Day, owner: String? = nil) -> CalendarFeed {
        feed(of: owner, from: events(workspace, asOf: day), config: workspace.config, asOf: day)
    }

    /// The team's feed and each of `owners`' (as `feed` gives them), from one pass over the
    /// workspace: `build` writes a calendar per member, and a pass each would be one per member.
    public static func feeds(_ workspace: Workspace, asOf day: Day, owners: [String]) -> (team: CalendarFeed, members: [CalendarFeed]) {
        let all = events(workspace, asOf: day)
        return (feed(of: nil, from: all, config: workspace.config, asOf: day),
                owners.map { feed(of: $0, from: all, config: workspace.config, asOf: day) })
    }

    /// Whom an event is for, in a member's own calendar.
    enum Audience {
        /// A deal's decision or follow-up: its owner.
        case dealOwner(String)
        /// A step: its owners, or the deal's owner when it names none.
        case step(owners: [String], dealOwner: String)
        /// A sprint's planning, retrospective and daily scrum: its team.
        case team(String)

        func includes(_ member: String, team memberTeam: String?) -> Bool {
            switch self {
            case .dealOwner(let owner): return owner == member
            case .step(let owners, let dealOwner): return owners.contains(member) || (owners.isEmpty && dealOwner == member)
            case .team(let team): return team == memberTeam
            }
        }
    }

    /// `owner`'s events of `all` (all of them without one), already in the feed's order.
    static func feed(of owner: String?, from all: [(event: CalendarEvent, audience: Audience)], config: WorkspaceConfig, asOf day: Day) -> CalendarFeed {
        guard let owner else { return CalendarFeed(name: config.name, asOf: day, events: all.map(\.event)) }
        let team = config.teams.first { $0.members.contains { $0.id == owner } }?.id
        return CalendarFeed(name: "\(config.name): \(memberName(owner, config))", asOf: day,
                            events: all.filter { $0.audience.includes(owner, team: team) }.map(\.event))
    }

    /// Every event of the workspace with whom it is for, by day, then UID.
    static func events(_ workspace: Workspace, asOf day: Day) -> [(event: CalendarEvent, audience: Audience)] {
        let config = workspace.config
        let domain = uidDomain(config.name)
        var events: [(event: CalendarEvent, audience: Audience)] = []
        for deal in workspace.deals {
            let name = dealName(deal)
            if deal.isOpen {
                if let decision = deal.decisionDate {
                    var lines: [String] = []
                    if let consequence = deal.consequence, !consequence.isEmpty { lines.append("Consequence: \(consequence)") }
                    lines.append("Stage: \(config.stage(deal.stage)?.name ?? deal.stage)")
                    if let value = deal.value { lines.append("Value: \(value.formattedNumber) \(deal.currency ?? config.currency)") }
                    lines.append("Owner: \(memberName(deal.owner, config))")
                    lines.append(deal.path)
                    events.append((CalendarEvent(uid: "decision.\(deal.id)@\(domain)", kind: .decision, summary: "Decision: \(name)",
                                                 description: lines, day: decision), .dealOwner(deal.owner)))
                }
                var occurrences: [String: Int] = [:]
                for section in [DealSection.buyingProcess, .backlog, .nextSteps] {
                    let items: [Item]
                    switch section {
                    case .buyingProcess: items = deal.buyingProcess
                    case .backlog: items = deal.backlog
                    default: items = deal.nextSteps
                    }
                    for item in items.flatMap(\.flattened) {
                        // Every item counts towards its identity's occurrences, dated or not, so that dating one does not renumber another.
                        let identity = section.title + "\u{1F}" + normalized(item.title)
                        let occurrence = occurrences[identity, default: 0] + 1
                        occurrences[identity] = occurrence
                        guard item.isOpen, let due = item.due else { continue }
                        let hash = StableHash.hex(identity) + (occurrence > 1 ? "-\(occurrence)" : "")
                        var lines = ["Deal: \(name)", "Section: \(section.title)"]
                        if !item.owners.isEmpty { lines.append("Owner: \(item.owners.map { ownerName($0, deal, config) }.joined(separator: ", "))") }
                        lines.append(deal.path)
                        events.append((CalendarEvent(uid: "item.\(deal.id).\(hash)@\(domain)", kind: .step, summary: "\(item.title) — \(name)",
                                                     description: lines, day: due), .step(owners: item.owners, dealOwner: deal.owner)))
                    }
                }
            } else if deal.outcome == .lost || deal.outcome == .noDecision, let followUp = deal.followUp {
                var lines = ["Outcome: \(deal.outcome.rawValue)\(deal.closed.map { " on \($0)" } ?? "")"]
                if let lostTo = deal.lostTo { lines.append("Lost to: \(lostTo)") }
                if let reason = deal.lostReason { lines.append("Reason: \(reason)") }
                lines.append("Owner: \(memberName(deal.owner, config))")
                lines.append(deal.path)
                events.append((CalendarEvent(uid: "follow-up.\(deal.id)@\(domain)", kind: .followUp, summary: "Follow up: \(name)",
                                             description: lines, day: followUp), .dealOwner(deal.owner)))
            }
        }
        for sprint in workspace.sprints {
            guard let start = sprint.start, let end = sprint.end, start <= end else { continue }
            let teamName = config.team(sprint.team)?.name ?? sprint.team
            var lines = ["Team: \(teamName)"]
            if let goal = sprint.goal, !goal.isEmpty { lines.append("Goal: \(goal)") }
            lines.append("\(start) to \(end)")
            lines.append(sprint.path)
            events.append((CalendarEvent(uid: "sprint-planning.\(sprint.id)@\(domain)", kind: .sprintPlanning,
                                         summary: "Sprint planning: \(sprint.id)", description: lines, day: start), .team(sprint.team)))
            events.append((CalendarEvent(uid: "retrospective.\(sprint.id)@\(domain)", kind: .retrospective,
                                         summary: "Retrospective: \(sprint.id)", description: lines, day: end), .team(sprint.team)))
            if let schedule = config.dailyScrum, !schedule.days.isEmpty,
               let first = (0...min(start.days(to: end), 6)).lazy.map({ start.adding(days: $0) }).first(where: schedule.meets) {
                let recurrence = CalendarEvent.Recurrence(minuteOfDay: schedule.minuteOfDay, minutes: schedule.minutes, timezone: schedule.timezone,
                                                          weekdays: schedule.days, until: end)
                events.append((CalendarEvent(uid: "daily-scrum.\(sprint.id)@\(domain)", kind: .dailyScrum, summary: "Daily scrum: \(sprint.id)",
                                             description: ["Team: \(teamName)", "\(schedule.minutes) minutes, \(schedule.days.joined(separator: " ")), until \(end)", sprint.path],
                                             day: first, recurrence: recurrence), .team(sprint.team)))
            }
        }
        events.sort { $0.event.day != $1.event.day ? $0.event.day < $1.event.day : $0.event.uid < $1.event.uid }
        return events
    }

    /// `Account — Title`, or the account alone.
    static func dealName(_ deal: Deal) -> String {
        deal.title.map { $0.isEmpty ? deal.account : "\(deal.account) — \($0)" } ?? deal.account
    }

    static func memberName(_ id: String, _ config: WorkspaceConfig) -> String { config.member(id)?.name ?? id }

    static func ownerName(_ id: String, _ deal: Deal, _ config: WorkspaceConfig) -> String {
        config.member(id)?.name ?? deal.stakeholder(id).map { "\($0.name) (buyer)" } ?? id
    }

    /// An item's title without case and with single spaces: its identity survives a re-wrap.
    /// Works on UTF-8 bytes (ASCII letters lower-cased, runs of spaces and tabs made one): it
    /// runs for every item of every open deal.
    static func normalized(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte == 32 || byte == 9 || byte == 10 || byte == 13 {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(32) }
            pendingSpace = false
            bytes.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The right-hand side of every UID: the workspace's name as a slug, under `scrumsell`.
    static func uidDomain(_ name: String) -> String {
        var slug = ""
        for scalar in name.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.hasSuffix("-"), !slug.isEmpty {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return (slug.isEmpty ? "workspace" : slug) + ".scrumsell"
    }
}

/// FNV-1a over UTF-8: a hash that is the same on every run and machine (Swift's `Hasher` is seeded per process).
enum StableHash {
    static func hex(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

extension ReadScope {
    /// What the calendar reads of a deal: the sections whose dated items are events.
    public static let calendar = ReadScope(dealSections: [DealSection.buyingProcess, .backlog, .nextSteps].map(\.title))
}
