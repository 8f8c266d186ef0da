import Testing
@testable import ScrumsellKit

/// One check-rule scenario: a small workspace, the day, and the diagnostics expected,
/// each written as its first output line (`path:line:col: severity: message [code]`).
struct RuleCase: Sendable, CustomTestStringConvertible {
    var code: String
    var files: [String: String]
    var config: String? = TestWorkspace.config
    var asOf = "2026-11-20"
    var expected: [String]

    var testDescription: String { code }

    /// Runs `scrumsell check` on the case's workspace and returns each diagnostic's first line.
    func run() throws -> [String] {
        let workspace = try TestWorkspace(config: config, files: files)
        return workspace.check(asOf: asOf).diagnostics.map(\.headline)
    }
}

extension Diagnostic {
    /// The first line `scrumsell check` prints for it.
    var headline: String { "\(location): \(severity.rawValue): \(message) [\(code)]" }
}

/// The healthy deal with some lines replaced.
func deal(_ replacements: [(String, String)]) -> String {
    var text = TestWorkspace.healthyDeal
    for (old, new) in replacements {
        precondition(text.contains(old), "the healthy deal has no '\(old)'")
        text = text.replacingOccurrences(of: old, with: new)
    }
    return text
}

/// The healthy sprint with some lines replaced.
func sprint(_ replacements: [(String, String)]) -> String {
    var text = TestWorkspace.healthySprint
    for (old, new) in replacements {
        precondition(text.contains(old), "the healthy sprint has no '\(old)'")
        text = text.replacingOccurrences(of: old, with: new)
    }
    return text
}
