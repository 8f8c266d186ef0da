/// The output formats of the report commands. `obsidian` is the board as an Obsidian Kanban
/// file; `html` one complete, self-contained page (`HTMLPage`); `csv` is the rows of `deals`
/// and `items` (RFC 4180).
public enum ReportFormat: String, Sendable, CaseIterable {
    case markdown, json, obsidian, html, csv
}
