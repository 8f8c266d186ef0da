import ArgumentParser
import ScrumsellKit

/// `scrumsell history [DEAL]`: what the workspace's git history says about its deals.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show what git says about the deals: stages and days in them, decision-date slips, value changes.",
        discussion: """
            Reads the history of the repository holding the workspace with git: every commit that changed a deal or a \
            campaign, renames followed, the working copy's uncommitted edits as the latest state (dated --as-of). \
            Without DEAL: every deal in a table, the median time in each stage, the deals aging in theirs and the \
            campaigns' pitch changes. With DEAL: that deal's timeline. Without git, or outside a repository, it says so \
            in one line.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, json
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("A deal id: show that deal's timeline.", valueName: "deal"), completion: .deals)
    var deal: String?

    @Option(help: "Output format: markdown or json.")
    var format: Format = .markdown

    @OptionGroup var filters: FilterOptions

    func run() throws {
        var workspace = try global.load()
        let asOf = try global.day()
        if let deal, workspace.deal(deal) == nil {
            throw CommandFailure.usage("no deal '\(deal)' in the workspace" + Suggestion.didYouMean(deal, in: workspace.deals.map(\.id)))
        }
        // The filters keep the deals they name: the table, the medians and the aging count only those.
        let filter = try filters.filter(in: workspace)
        if !filter.isEmpty { workspace.deals = workspace.deals.filter { filter.includes($0, in: workspace.config) } }
        let library = TemplateLibrary(workspaceRoot: workspace.root)
        let history = HistoryReader.read(workspace: workspace.root, asOf: asOf)
        do {
            print(try render(history, workspace: workspace, asOf: asOf, library: library), terminator: "")
        } catch {
            throw CommandFailure.failed(error.description)
        }
    }

    private func render(_ read: Result<WorkspaceHistory, HistoryUnavailable>, workspace: Workspace, asOf: Day,
                        library: TemplateLibrary) throws(TemplateError) -> String {
        let history: WorkspaceHistory
        switch (read, format) {
        case (.failure(let unavailable), .markdown):
            return try HistoryPresenter.markdown(unavailable, workspace: workspace, library: library)
        case (.failure(let unavailable), .json):
            return HistoryJSONRenderer.render(unavailable, asOf: asOf)
        case (.success(let read), _):
            history = read
        }
        let report = HistoryReport(workspace: workspace, history: history)
        switch (deal.flatMap(report.timeline(of:)), format) {
        case (let timeline?, .markdown):
            return try HistoryPresenter.markdown(timeline, report: report, workspace: workspace, library: library)
        case (let timeline?, .json):
            return HistoryJSONRenderer.render(timeline, report: report)
        case (nil, .markdown):
            return try HistoryPresenter.markdown(report, workspace: workspace, library: library)
        case (nil, .json):
            return HistoryJSONRenderer.render(report)
        }
    }
}
