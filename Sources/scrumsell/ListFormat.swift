import ArgumentParser
import ScrumsellKit

/// `--format` of the list commands (`deals`, `items`).
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, json, csv

    var format: ReportFormat {
        switch self {
        case .markdown: return .markdown
        case .json: return .json
        case .csv: return .csv
        }
    }
}
