import Foundation
import ScrumsellBase

/// Fills in the source line of diagnostics that do not carry one, reading each file once.
public enum ExcerptReader {
    public static func attach(to diagnostics: [Diagnostic], root: URL) -> [Diagnostic] {
        var cache: [String: SourceText?] = [:]
        let boundary = WorkspaceBoundary(root: root)
        return diagnostics.map { diagnostic in
            guard diagnostic.excerpt == nil else { return diagnostic }
            let path = diagnostic.location.path
            if cache[path] == nil {
                // The same rule as reading the workspace: no excerpt of a file outside it (`deals/x.md -> /etc/passwd`).
                let full = root.appendingPathComponent(path).path
                var bytes: [UInt8]?
                if let real = WorkspaceBoundary.realPath(full), boundary.contains(real), case .bytes(let read) = FileBytes.read(full) { bytes = read }
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
