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
        let config = workspace.config
        let domain = uidDomain(config.name)
        var events: [CalendarEvent] = []
        for deal in workspace.deals {
            let ownsDeal = owner.map { deal.owner == $0 } ?? true
            let name = dealName(deal)
            if deal.isOpen {
                if ownsDeal, let decision = deal.decisionDate {
                    var lines: [String] = []
                    if let consequence = deal.consequence, !consequence.isEmpty { lines.append("Consequence: \(consequence)") }
                    lines.append("Stage: \(config.stage(deal.stage)?.name ?? deal.stage)")
                    if let value = deal.value { lines.append("Value: \(value.formattedNumber) \(deal.currency ?? config.currency)") }
                    lines.append("Owner: \(memberName(deal.owner, config))")
                    lines.append(deal.path)
                    events.append(CalendarEvent(uid: "decision.\(deal.id)@\(domain)", kind: .decision, summary: "Decision: \(name)",
                                                description: lines, day: decision))
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
                        let included = owner.map { item.owners.contains($0) || (item.owners.isEmpty && ownsDeal) } ?? true
                        guard included else { continue }
                        let hash = StableHash.hex(identity) + (occurrence > 1 ? "-\(occurrence)" : "")
                        var lines = ["Deal: \(name)", "Section: \(section.title)"]
                        if !item.owners.isEmpty { lines.append("Owner: \(item.owners.map { ownerName($0, deal, config) }.joined(separator: ", "))") }
                        lines.append(deal.path)
                        events.append(CalendarEvent(uid: "item.\(deal.id).\(hash)@\(domain)", kind: .step, summary: "\(item.title) — \(name)",
                                                    description: lines, day: due))
                    }
                }
            } else if deal.outcome == .lost || deal.outcome == .noDecision, ownsDeal, let followUp = deal.followUp {
                var lines = ["Outcome: \(deal.outcome.rawValue)\(deal.closed.map { " on \($0)" } ?? "")"]
                if let lostTo = deal.lostTo { lines.append("Lost to: \(lostTo)") }
                if let reason = deal.lostReason { lines.append("Reason: \(reason)") }
                lines.append("Owner: \(memberName(deal.owner, config))")
                lines.append(deal.path)
                events.append(CalendarEvent(uid: "follow-up.\(deal.id)@\(domain)", kind: .followUp, summary: "Follow up: \(name)",
                                            description: lines, day: followUp))
            }
        }
        let team = owner.flatMap { id in config.teams.first { $0.members.contains { $0.id == id } }?.id }
        for sprint in workspace.sprints {
            guard let start = sprint.start, let end = sprint.end, start <= end else { continue }
            if owner != nil, sprint.team != team { continue }
            let teamName = config.team(sprint.team)?.name ?? sprint.team
            var lines = ["Team: \(teamName)"]
            if let goal = sprint.goal, !goal.isEmpty { lines.append("Goal: \(goal)") }
            lines.append("\(start) to \(end)")
            lines.append(sprint.path)
            events.append(CalendarEvent(uid: "sprint-planning.\(sprint.id)@\(domain)", kind: .sprintPlanning,
                                        summary: "Sprint planning: \(sprint.id)", description: lines, day: start))
            events.append(CalendarEvent(uid: "retrospective.\(sprint.id)@\(domain)", kind: .retrospective,
                                        summary: "Retrospective: \(sprint.id)", description: lines, day: end))
            if let schedule = config.dailyScrum, !schedule.days.isEmpty,
               let first = (0...min(start.days(to: end), 6)).lazy.map({ start.adding(days: $0) }).first(where: schedule.meets) {
                let recurrence = CalendarEvent.Recurrence(minuteOfDay: schedule.minuteOfDay, minutes: schedule.minutes, timezone: schedule.timezone,
                                                          weekdays: schedule.days, until: end)
                events.append(CalendarEvent(uid: "daily-scrum.\(sprint.id)@\(domain)", kind: .dailyScrum, summary: "Daily scrum: \(sprint.id)",
                                            description: ["Team: \(teamName)", "\(schedule.minutes) minutes, \(schedule.days.joined(separator: " ")), until \(end)", sprint.path],
                                            day: first, recurrence: recurrence))
            }
        }
        events.sort { $0.day != $1.day ? $0.day < $1.day : $0.uid < $1.uid }
        let title = owner.map { "\(config.name): \(memberName($0, config))" } ?? config.name
        return CalendarFeed(name: title, asOf: day, events: events)
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
