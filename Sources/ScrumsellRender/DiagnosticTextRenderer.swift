import ScrumsellBase
import ScrumsellAnalyse

/// Prints diagnostics the way compilers do (rustc and hledger are the models):
///
/// ```
/// deals/acme.md:12:1: warning: the deal names 1 open next step; 2 are required [deal-next-steps]
///    12 | ## Next steps
///       | ^
///       = hint: what are the next two critical things you and the customer must do?
/// ```
public enum DiagnosticTextRenderer {
    /// Control characters in the path, the message, the excerpt and the hint are escaped
    /// (see `ControlCharacterEscaping`): every diagnostic stays on its lines, and none drives the terminal.
    public static func render(_ diagnostic: Diagnostic) -> String {
        let location = diagnostic.location
        func escape(_ text: String) -> String { ControlCharacterEscaping.escape(text) }
        var text = "\(escape(location.path)):\(location.line):\(location.column): \(diagnostic.severity.rawValue): "
            + "\(escape(diagnostic.message)) [\(escape(diagnostic.code))]\n"
        let gutter = String(repeating: " ", count: String(location.line).count)
        if let excerpt = diagnostic.excerpt {
            let (shown, caretOffset) = expandTabs(excerpt, upTo: location.column)
            text += " \(location.line) | \(shown)\n"
            text += " \(gutter) | \(String(repeating: " ", count: caretOffset))^\n"
        }
        if let hint = diagnostic.hint {
            text += " \(gutter) = hint: \(escape(hint))\n"
        }
        return text
    }

    /// The closing line: `2 errors, 3 warnings in 14 files`.
    public static func summary(_ report: CheckReport) -> String {
        "\(plural(report.errorCount, "error")), \(plural(report.warningCount, "warning")) in \(plural(report.fileCount, "file"))"
    }

    public static func render(_ report: CheckReport) -> String {
        report.diagnostics.map(render).joined(separator: "\n") + (report.diagnostics.isEmpty ? "" : "\n") + summary(report) + "\n"
    }

    /// Tabs become spaces so the caret lines up, control characters their escapes (the caret
    /// moves past them); returns the caret's offset for a 1-based column.
    package static func expandTabs(_ line: String, upTo column: Int) -> (String, Int) {
        var shown = String.UnicodeScalarView()
        // Counted as we go: counting `shown` on every scalar would make long lines quadratic.
        var width = 0
        var caret = 0
        var scalars = 0
        for scalar in line.unicodeScalars {
            if scalars == column - 1 { caret = width }
            if scalar == "\t" {
                let spaces = 4 - width % 4
                // One at a time: `append(contentsOf:)` on a scalar view copies the whole string.
                for _ in 0..<spaces { shown.append(" ") }
                width += spaces
            } else if ControlCharacterEscaping.isEscaped(scalar) {
                let escaped = ControlCharacterEscaping.escape(String(scalar)).unicodeScalars
                for part in escaped { shown.append(part) }
                width += escaped.count
            } else {
                shown.append(scalar)
                width += 1
            }
            scalars += 1
        }
        if column - 1 >= scalars { caret = width + max(0, column - 1 - scalars) }
        return (String(shown), caret)
    }

    static func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}
