import Foundation
import ScrumsellAnalyse

/// `scrumsell check --format json`: a versioned document for scripts and editors.
public enum CheckJSONRenderer {
    /// Bumped when a field changes meaning or disappears; new fields keep the version.
    public static let version = 1

    struct Document: Encodable {
        var version: Int
        var asOf: String
        var summary: Summary
        var diagnostics: [Entry]

        enum CodingKeys: String, CodingKey {
            case version, summary, diagnostics
            case asOf = "as_of"
        }
    }

    struct Summary: Encodable {
        var errors: Int
        var warnings: Int
        var files: Int
    }

    struct Entry: Encodable {
        var path: String
        var line: Int
        var column: Int
        var severity: String
        var code: String
        var message: String
        var hint: String?
        var excerpt: String?
    }

    public static func render(_ report: CheckReport) -> String {
        let document = Document(
            version: version, asOf: report.asOf.description,
            summary: Summary(errors: report.errorCount, warnings: report.warningCount, files: report.fileCount),
            diagnostics: report.diagnostics.map {
                Entry(path: $0.location.path, line: $0.location.line, column: $0.location.column, severity: $0.severity.rawValue,
                      code: $0.code, message: $0.message, hint: $0.hint, excerpt: $0.excerpt)
            })
        return JSONOutput.encode(document)
    }
}

