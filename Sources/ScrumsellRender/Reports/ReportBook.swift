import Foundation
import ScrumsellBase
import ScrumsellModel
import ScrumsellGit
import ScrumsellAnalyse

/// Every report `scrumsell build` writes, rendered: the board of each sprint current on the
/// day, the retrospective of every finished sprint (newest first), the week's report, and an
/// `index.md` linking them. File names are stable: `board-SPRINT.md`, `retro-SPRINT.md`,
/// `report-YYYY-Www.md`.
public struct ReportBook: Sendable {
    /// One file of the book.
    public struct Page: Sendable, Equatable {
        public enum Section: String, Sendable { case current, retrospective, index }
        /// The file name inside the output folder.
        public var fileName: String
        public var title: String
        /// A short line the index shows after the link.
        public var note: String?
        public var section: Section
        public var text: String
    }

    public static let indexTemplate = "index.md.mustache"

    /// In the order they are written: boards, the weekly report, retrospectives, then `index.md`.
    public var pages: [Page]

    /// Analyses and renders every report of the workspace as of `day`, with the history
    /// sections when `history` is given, each report counting what `filter` lets through
    /// (`build --owner dana`: one person's reports; `--team`: only that team's sprints).
    public static func build(_ workspace: Workspace, asOf day: Day, renderer: ReportRenderer,
                             history: Result<WorkspaceHistory, HistoryUnavailable>? = nil,
                             filter: ReportFilter = ReportFilter()) throws(TemplateError) -> ReportBook {
        var pages: [Page] = []
        try render(workspace, asOf: day, renderer: renderer, history: history, filter: filter) { pages.append($0) }
        return ReportBook(pages: pages)
    }

    /// Analyses and renders every report as `build` does, handing each page to `deliver` as
    /// soon as it is rendered, so that only one page's text is held at a time.
    public static func render(_ workspace: Workspace, asOf day: Day, renderer: ReportRenderer,
                              history: Result<WorkspaceHistory, HistoryUnavailable>? = nil,
                              filter: ReportFilter = ReportFilter(),
                              deliver: (Page) -> Void) throws(TemplateError) {
        // What the index lists of each page: everything but its text.
        var listed: [Page] = []
        func emit(_ page: Page) {
            deliver(page)
            // `build` writes no file whose name holds a control character (a sprint file named `nl⏎x.md`): nor is it linked.
            guard !ControlCharacterEscaping.needsEscape(page.fileName) else { return }
            listed.append(Page(fileName: page.fileName, title: page.title, note: page.note, section: page.section, text: ""))
        }
        let current = workspace.sprints.filter { $0.isCurrent(asOf: day) && (filter.team == nil || filter.team == $0.team) }
        try inBatches(current, deliver: emit) { sprint throws(TemplateError) in
            let board = SprintBoard.build(workspace, sprint: sprint, asOf: day, filter: filter)
            return Page(fileName: "board-\(sprint.id).md", title: "Sprint board: \(sprint.id), \(board.sprint.teamName)",
                        note: "day \(board.sprint.day ?? 0) of \(board.sprint.length ?? 0), \(ReportFormatter.percent(board.committed.points > 0 ? board.done.points / board.committed.points : 0)) of the points done",
                        section: .current, text: try renderer.render(.board(board)))
        }
        let week = ISOWeek(containing: day)
        let weekly = WeeklyReport.build(workspace, asOf: day, week: week, filter: filter, history: history)
        emit(Page(fileName: "report-\(week).md", title: "Weekly report: \(week)",
                  note: "\(ReportFormatter.money(weekly.pipeline.total.value, currency: weekly.currency)) open in \(ReportFormatter.plural(weekly.pipeline.total.deals, "deal"))"
                      + (weekly.forecast.current.coverage.ratio.map { ", \(ReportFormatter.percent($0)) of the target in \(weekly.forecast.current.quarter)" } ?? ""),
                  section: .current, text: try renderer.render(.weekly(weekly))))
        let finished = workspace.sprints.filter { $0.isFinished(asOf: day) && (filter.team == nil || filter.team == $0.team) }
            .sorted { ($0.end!, $0.id) > ($1.end!, $1.id) }
        try inBatches(finished, deliver: emit) { sprint throws(TemplateError) in
            let retro = RetrospectiveSummary.build(workspace, sprint: sprint, asOf: day, filter: filter, history: history)
            return Page(fileName: "retro-\(sprint.id).md", title: "Retrospective: \(sprint.id), \(retro.sprint.teamName)",
                        note: "\(ContextValues.date(sprint.start)) to \(ContextValues.date(sprint.end)), \(retro.done.items) of \(retro.committed.items) items done",
                        section: .retrospective, text: try renderer.render(.retrospective(retro)))
        }
        let index = try renderer.library.render(indexTemplate, values: .object(indexValues(listed, workspace: renderer.workspaceName, asOf: day)))
        deliver(Page(fileName: "index.md", title: "Index", note: nil, section: .index, text: index))
    }

    /// Pages made from `items` on all cores, a few per core at a time, and handed to `deliver`
    /// in the order of `items`: pages are independent, and a batch bounds how many texts are
    /// held at once. The first error, in that order, is thrown once its batch is done.
    static func inBatches<Item: Sendable>(_ items: [Item], deliver: (Page) -> Void,
                                          make: @Sendable (Item) throws(TemplateError) -> Page) throws(TemplateError) {
        let batch = max(1, 4 * ProcessInfo.processInfo.activeProcessorCount)
        var start = 0
        while start < items.count {
            let end = min(items.count, start + batch)
            let made = Array(items[start..<end]).parallelMap { item -> Result<Page, TemplateError> in
                do throws(TemplateError) { return .success(try make(item)) } catch { return .failure(error) }
            }
            for result in made { deliver(try result.get()) }
            start = end
        }
    }

    static func indexValues(_ pages: [Page], workspace: String, asOf day: Day) -> [String: TemplateValue] {
        func links(_ section: Page.Section) -> [TemplateValue] {
            pages.filter { $0.section == section }.map { page in
                ["title": .text(page.title), "href": .text(href(page.fileName)), "note": .text(page.note ?? ""), "hasNote": .flag(page.note != nil)]
            }
        }
        let current = links(.current), retros = links(.retrospective)
        var values = ContextValues.heading(workspace: workspace, asOf: day, filter: ReportFilter())
        values["current"] = .list(current)
        values["hasCurrent"] = .flag(!current.isEmpty)
        values["retros"] = .list(retros)
        values["hasRetros"] = .flag(!retros.isEmpty)
        return values
    }

    /// A file name as a link destination: everything but letters, digits and `-._~` percent-encoded.
    static func href(_ fileName: String) -> String {
        var allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        allowed.insert(charactersIn: "-._~")
        return fileName.addingPercentEncoding(withAllowedCharacters: allowed) ?? fileName
    }
}
