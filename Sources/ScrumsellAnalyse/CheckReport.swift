import ScrumsellBase
import ScrumsellModel

/// The outcome of `scrumsell check`: every diagnostic of the workspace, sorted.
public struct CheckReport: Sendable {
    public var asOf: Day
    public var diagnostics: [Diagnostic]
    public var fileCount: Int

    public init(asOf: Day, diagnostics: [Diagnostic], fileCount: Int) {
        self.asOf = asOf
        self.diagnostics = diagnostics
        self.fileCount = fileCount
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
    public var hasErrors: Bool { errorCount > 0 }

    /// The report with only the diagnostics located in `deals`' files (`check --owner`).
    public func limited(to deals: [Deal]) -> CheckReport {
        let paths = Set(deals.map(\.path))
        return CheckReport(asOf: asOf, diagnostics: diagnostics.filter { paths.contains($0.location.path) }, fileCount: deals.count)
    }
}
