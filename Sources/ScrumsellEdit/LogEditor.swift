import ScrumsellBase
import ScrumsellModel

/// Adds dated lines: a deal's `## Log` line (`- 2026-11-20 Call with Maria`), and a note
/// under the day's `### YYYY-MM-DD` heading of a sprint's `## Daily scrum`, creating the
/// heading in date order (and the section) when needed.
public enum LogEditor {
    /// The edits that add `- DAY text` to section `sectionName` (a deal's `Log`, an objective's
    /// `Review log`): at the end, or at the top when the log is written newest first.
    /// Returns the edits and the line the new entry will stand on.
    public static func addLogLine(_ text: String, on day: Day, section sectionName: String = DealSection.log.title,
                                  in document: EditableDocument) throws -> (edits: [TextEdit], line: Int) {
        let line = "\(day) \(text)"
        guard let section = document.outline.section(sectionName) else {
            let added = SectionListEditor.appendSection(sectionName, entries: [line], in: document.source)
            return (added.edits, added.headingLine + 1)
        }
        let dates = section.entries.compactMap { entry in entry.text.split(separator: " ").first.flatMap { Day($0.trimmingCharacters(in: ":")) } }
        let newestFirst = dates.count >= 2 && zip(dates, dates.dropFirst()).allSatisfy { $0 >= $1 } && dates.first! > dates.last!
        let result = try SectionListEditor.insert([line], into: section, placement: newestFirst ? .first : .last, in: document.source)
        return (result.edits, result.firstLine)
    }

    /// The edits that add `text` as a list entry under `### DAY` of `## Daily scrum`.
    /// Returns the edits and the line the new entry will stand on.
    public static func addScrumNote(_ text: String, on day: Day, in document: EditableDocument) throws -> (edits: [TextEdit], line: Int) {
        let source = document.source
        let heading = "### \(day)"
        guard let scrum = document.outline.section("Daily scrum") else {
            let lines = ["## Daily scrum", "", heading, "- " + text]
            if let retrospective = document.outline.section("Retrospective") {
                return ([.insertLines(before: retrospective.line, lines: lines + [""])], retrospective.line + 3)
            }
            let last = source.lastNonBlank(from: 1, through: source.lineCount) ?? 0
            return ([.insertLines(before: last + 1, lines: [""] + lines)], last + 5)
        }
        if let today = scrum.subsections.first(where: { Day($0.title) == day }) {
            let result = try SectionListEditor.insert([text], into: today, in: source)
            return (result.edits, result.firstLine)
        }
        if let later = scrum.subsections.first(where: { Day($0.title).map { $0 > day } ?? false }) {
            return ([.insertLines(before: later.line, lines: [heading, "- " + text, ""])], later.line + 1)
        }
        let last = source.lastNonBlank(from: scrum.line, through: scrum.contentLastLine) ?? scrum.line
        return ([.insertLines(before: last + 1, lines: ["", heading, "- " + text])], last + 3)
    }
}
