import ScrumsellBase
import ScrumsellRead

/// A time-boxed sprint of one team: its goal, committed backlog, daily scrums, campaign results and retrospective.
public struct Sprint: Sendable, Codable {
    public var ref: DocumentRef
    public var id: String { ref.id }
    public var path: String { ref.path }

    public var team: String
    public var start: Day?
    public var end: Day?
    public var goal: String?
    public var results: [CampaignResult]
    /// Items standing in the `Sprint backlog` section.
    public var backlog: [Item]
    public var dailyScrum: [ScrumDay]
    public var retrospective: [RetrospectivePart]

    public var fieldLocations: LocationTable
    public var sectionLocations: LocationTable

    public static let knownKeys = ["team", "start", "end", "goal", "results"]
    public static let sectionNames = ["Sprint backlog", "Daily scrum", "Retrospective"]

    public func location(of field: String) -> SourceLocation {
        fieldLocations[field] ?? SourceLocation(path: path, line: 1, column: 1)
    }

    /// Calendar days from start to end, both included; `nil` without both or when the end is before the start.
    public var length: Int? {
        guard let start, let end, end >= start else { return nil }
        return start.days(to: end) + 1
    }

    /// True when `day` lies between start and end.
    public func isCurrent(asOf day: Day) -> Bool {
        guard let start, let end else { return false }
        return start <= day && day <= end
    }

    /// True once the end has passed.
    public func isFinished(asOf day: Day) -> Bool {
        guard let end else { return false }
        return end < day
    }

    /// Day N of the sprint (1 on its start), clamped to the sprint.
    public func dayNumber(asOf day: Day) -> Int? {
        guard let start, let length else { return nil }
        return min(max(start.days(to: day) + 1, 0), length)
    }

    public var allItems: [Item] { backlog.flatMap(\.flattened) }
}

extension Sprint {
    /// Builds a sprint from a read document; `nil` when its front-matter could not be read.
    public static func decode(_ document: SourceDocument, diagnostics: inout [Diagnostic]) -> Sprint? {
        guard let fields = document.fields else { return nil }
        let ref = DocumentRef(kind: .sprint, id: document.id, path: document.path)
        var reader = FieldReader(fields, path: document.path, subject: "sprint", known: knownKeys)
        var sprint = Sprint(ref: ref,
                            team: reader.text("team", required: true, example: "north") ?? "",
                            start: reader.day("start", required: true),
                            end: reader.day("end", required: true),
                            goal: reader.text("goal"),
                            results: [], backlog: [], dailyScrum: [], retrospective: [],
                            fieldLocations: reader.locations, sectionLocations: LocationTable(path: document.path, capacity: document.outline.sections.count))
        var resultDiagnostics: [Diagnostic] = []
        for pair in reader.mapping("results", example: "{fintech-cfo: {contacted: 120, replies: 14, meetings: 5, opportunities: 2}}") {
            var funnel = FieldReader(pair.value, path: document.path, subject: "campaign result", known: CampaignResult.knownKeys,
                                     origin: SourceLocation(path: document.path, line: pair.keyLine, column: pair.keyColumn))
            if pair.value.mapping == nil, !pair.value.isNull {
                funnel.report(.error("wrong-type", "the results of '\(pair.key)' must be a mapping of counts",
                                     at: SourceLocation(path: document.path, line: pair.value.line, column: pair.value.column),
                                     hint: "write it as \(pair.key): {contacted: 120, replies: 14, meetings: 5, opportunities: 2}"))
            }
            func count(_ key: String) -> Int { funnel.integer(key, in: 0...10_000_000, example: "12") ?? 0 }
            sprint.results.append(CampaignResult(campaign: pair.key, contacted: count("contacted"), replies: count("replies"),
                                                 meetings: count("meetings"), opportunities: count("opportunities"),
                                                 location: funnel.origin))
            resultDiagnostics += funnel.diagnostics
        }
        diagnostics += reader.diagnostics + resultDiagnostics

        let outline = document.outline
        for section in outline.sections {
            sprint.sectionLocations[section.canonicalName(in: sectionNames)] = SourceLocation(path: document.path, line: section.line, column: section.column)
        }
        if let backlog = outline.section("Sprint backlog") {
            sprint.backlog = Item.items(from: backlog.entriesIncludingSubsections, section: "Sprint backlog", document: ref, diagnostics: &diagnostics)
        }
        if let scrum = outline.section("Daily scrum") {
            for day in scrum.subsections {
                guard let date = Day(day.title) else {
                    diagnostics.append(.warning("scrum-day-heading", "a daily-scrum heading must be a date, found '\(day.title)'",
                                                at: SourceLocation(path: document.path, line: day.line, column: day.column),
                                                hint: "write one heading per day: ### 2026-11-18"))
                    continue
                }
                let notes = day.entries.map { ScrumNote.parse($0, path: document.path) }
                sprint.dailyScrum.append(ScrumDay(date: date, notes: notes, line: day.line))
            }
        }
        if let retro = outline.section("Retrospective") {
            sprint.retrospective = retro.subsections.map {
                RetrospectivePart(title: $0.title, notes: $0.textLines(in: document.source), line: $0.line)
            }
        }
        return sprint
    }
}

extension ScrumNote {
    /// Reads `win: Booked a demo @leo` into a note of kind `win`.
    static func parse(_ entry: ListEntry, path: String) -> ScrumNote {
        var kind = Kind.note
        var text = entry.text
        if let colon = text.firstIndex(of: ":"), let found = Kind(rawValue: text[..<colon].lowercased()), found != .note {
            kind = found
            text = String(text[text.index(after: colon)...]).trimmingSpaces()
        }
        let who = entry.tokens.filter { $0.kind == .owner }.map(\.value)
        return ScrumNote(kind: kind, text: text, who: who, location: SourceLocation(path: path, line: entry.textLine, column: entry.textColumn))
    }
}
