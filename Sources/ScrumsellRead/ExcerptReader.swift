import Foundation
import ScrumsellBase

/// Fills in the source line of diagnostics that do not carry one, reading each file once.
public enum ExcerptReader {
    /// `diagnostics` in their order, each with its line's text when the file can be read.
    ///
    /// The files are read on all cores, one at a time per thread, and each is let go once its
    /// lines are taken: `check` over a large workspace holds its excerpts, not its files.
    public static func attach(to diagnostics: [Diagnostic], root: URL) -> [Diagnostic] {
        var wanted: [String: [Int]] = [:]
        for (index, diagnostic) in diagnostics.enumerated() where diagnostic.excerpt == nil {
            wanted[diagnostic.location.path, default: []].append(index)
        }
        guard !wanted.isEmpty else { return diagnostics }
        let boundary = WorkspaceBoundary(root: root)
        let files = wanted.sorted { $0.key < $1.key }
        let excerpts = files.parallelMap { path, indices -> [(Int, String)] in
            // The same rule as reading the workspace: no excerpt of a file outside it (`deals/x.md -> /etc/passwd`).
            let full = root.appendingPathComponent(path).path
            guard let real = WorkspaceBoundary.realPath(full), boundary.contains(real), case .bytes(let bytes) = FileBytes.read(full),
                  FileContentCheck.problem(path: path, bytes: bytes) == nil else { return [] }
            let source = SourceText(path: path, bytes: bytes)
            return indices.compactMap { index in
                let line = diagnostics[index].location.line
                return line >= 1 && line <= source.lineCount ? (index, source.line(line)) : nil
            }
        }
        var result = diagnostics
        for (index, excerpt) in excerpts.joined() { result[index].excerpt = excerpt }
        return result
    }
}
