import Foundation
import ScrumsellBase

/// Fills in the source line of diagnostics that do not carry one, reading each file once.
public enum ExcerptReader {
    public static func attach(to diagnostics: [Diagnostic], root: URL) -> [Diagnostic] {
        var cache: [String: SourceText?] = [:]
        return diagnostics.map { diagnostic in
            guard diagnostic.excerpt == nil else { return diagnostic }
            let path = diagnostic.location.path
            if cache[path] == nil {
                let bytes = FileBytes.read(root.appendingPathComponent(path).path)
                let readable = bytes.flatMap { FileContentCheck.problem(path: path, bytes: $0) == nil ? $0 : nil }
                cache[path] = .some(readable.map { SourceText(path: path, bytes: $0) })
            }
            guard let source = cache[path] ?? nil, diagnostic.location.line <= source.lineCount else { return diagnostic }
            var copy = diagnostic
            copy.excerpt = source.line(diagnostic.location.line)
            return copy
        }
    }
}
