import Foundation
import ScrumsellBase
import ScrumsellRead
import ScrumsellModel

/// A file to create from a template: the template's name, the path of the new file, and
/// the values the template fills in (strings already written as YAML where they go into
/// front-matter, so templates use them as they are).
public struct Scaffold {
    public var template: String
    /// Path relative to the workspace root.
    public var path: String
    /// The document kind, `nil` for `scrumsell.yml`.
    public var kind: DocumentKind?
    public var context: [String: Any]

    public init(template: String, path: String, kind: DocumentKind?, context: [String: Any]) {
        self.template = template
        self.path = path
        self.kind = kind
        self.context = context
    }

    /// Renders template `name` with `context`; the CLI passes the template library's renderer.
    public typealias Renderer = (_ name: String, _ context: [String: Any]) throws -> String

    /// Renders scaffolds into new files under `root`, refusing a path that exists and a result
    /// that does not read back without errors.
    public static func plan(_ scaffolds: [Scaffold], root: URL, render: Renderer) throws -> EditResult {
        var result = EditResult()
        for scaffold in scaffolds {
            let url = root.appendingPathComponent(scaffold.path)
            if SafeFileWriter.exists(url) {
                throw EditRefusal("\(scaffold.path) already exists; nothing was written")
            }
            let text = try render(scaffold.template, scaffold.context)
            let bytes = Array(text.utf8)
            let problems: [Diagnostic]
            if let kind = scaffold.kind {
                let id = String(url.deletingPathExtension().lastPathComponent)
                let document = DocumentReader.read(kind: kind, id: id, path: scaffold.path, bytes: bytes)
                // Modelled as the workspace loader models it: the scaffold must read back as a document.
                problems = WorkspaceLoader.model(document).diagnostics.filter { $0.severity == .error }
            } else {
                let source = SourceText(path: scaffold.path, bytes: bytes)
                let (root, yamlDiagnostics) = YAMLReader.parse(yaml: text, firstLine: 1, in: source)
                problems = yamlDiagnostics + (root?.mapping == nil ? [.error("front-matter-not-mapping", "the configuration is not a set of 'key: value' fields", at: source.location(line: 1, column: 1))] : [])
            }
            guard problems.isEmpty else {
                throw EditRefusal("the template '\(scaffold.template)' gives a file with errors; nothing was written", diagnostics: problems.map {
                    var diagnostic = $0
                    diagnostic.excerpt = SourceText(path: scaffold.path, bytes: bytes).line($0.location.line)
                    return diagnostic
                })
            }
            result.changes.append(FileChange(path: scaffold.path, url: url, original: nil, updated: bytes))
            result.notes.append("new file \(scaffold.path)")
        }
        return result
    }
}
