import Foundation
import ScrumsellBase
import ScrumsellRead
import ScrumsellModel
import ScrumsellGit
import ScrumsellRender

/// What a report is made from, and the pipeline every report command runs to get it: the
/// workspace read (as much of it as `scope` asks), its git history read meanwhile on a thread
/// of its own, and the templates parsed meanwhile too.
///
/// Reading the history is mostly waiting for `git`, and parsing a template does not need the
/// workspace: started before the workspace is read, both are done by the time it is.
public struct ReportInputs: Sendable {
    /// The history as the reader gave it: `nil` when it was not asked for.
    public typealias History = Result<WorkspaceHistory, HistoryUnavailable>?

    /// The workspace, read and modelled.
    public let workspace: Workspace
    private let pendingHistory: InBackground<History>
    private let pendingTemplates: InBackground<TemplateLibrary>

    /// Starts the history and the templates, then reads the workspace at `root` as of `day`.
    /// - Parameters:
    ///   - readsHistory: whether to read git's history of the workspace (`--no-history` says no).
    ///   - templates: built-in or workspace template names to parse ahead.
    public init(root: URL, asOf day: Day, scope: ReadScope = .everything, readsHistory: Bool, preparing templates: [String] = []) {
        pendingHistory = InBackground { readsHistory ? HistoryReader.read(workspace: root, asOf: day) : nil }
        pendingTemplates = InBackground {
            let library = TemplateLibrary(workspaceRoot: root)
            for name in templates { library.prepare(name) }
            return library
        }
        workspace = WorkspaceLoader.load(root: root, scope: scope)
    }

    /// The git history, once read (waits for it).
    public var history: History { pendingHistory.value() }

    /// The workspace's templates, built-in ones where it overrides none (waits for them).
    public var templates: TemplateLibrary { pendingTemplates.value() }
}
