import ScrumsellModel

/// What `scrumsell import FILE` is told on its command line; added on top of `import:` in
/// `scrumsell.yml`.
public struct ImportOptions: Sendable {
    /// The file as the user named it: refusals are printed `FILE:ROW: reason`.
    public var file: String
    public var source: ImportSource
    /// `--map COLUMN=FIELD`.
    public var columns: [String: ImportField] = [:]
    /// `--stage-map "CRM STAGE=STAGE"` (a stage id, or `won`, `lost`, `no-decision`).
    public var stages: [String: String] = [:]
    /// `--owner-map "CRM NAME=MEMBER"`.
    public var owners: [String: String] = [:]
    public var dateFormat: ImportDateFormat?
    /// `--skip-bad`: write the good rows even when some are refused.
    public var skipBad = false

    public init(file: String, source: ImportSource) {
        self.file = file
        self.source = source
    }
}

/// A row of an export that is not imported, and why.
public struct ImportRowRefusal: Sendable, Equatable {
    /// The row as a spreadsheet numbers it (the header is row 1).
    public var row: Int
    public var reason: String

    public init(row: Int, reason: String) {
        self.row = row
        self.reason = reason
    }
}

/// What an import plans: the files to write, and how many rows create, update, leave or are refused.
public struct ImportPlan: Sendable {
    public var result: EditResult
    public var created: Int = 0
    public var updated: Int = 0
    public var unchanged: Int = 0
    public var refused: [ImportRowRefusal] = []

    /// `FILE:ROW: reason` for each refused row.
    public func refusalLines(file: String) -> [String] { refused.map { "\(file):\($0.row): \($0.reason)" } }

    /// `import: 3 created, 1 updated, 2 unchanged, 0 refused`.
    public var summary: String { "import: \(created) created, \(updated) updated, \(unchanged) unchanged, \(refused.count) refused" }
}
