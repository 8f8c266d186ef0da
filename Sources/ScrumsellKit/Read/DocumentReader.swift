import Foundation

/// Reads one workspace Markdown file: checks its bytes, splits the front-matter,
/// parses the YAML and the cmark outline.
public enum DocumentReader {
    /// Reads the file at `url`, reported as `path`.
    public static func read(kind: DocumentKind, id: String, path: String, url: URL) -> SourceDocument {
        let start = SourceLocation(path: path, line: 1, column: 1)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return SourceDocument(kind: kind, id: id, path: path,
                                  diagnostics: [.error("file-unreadable", "the file cannot be read", at: start, hint: "check its permissions")])
        }
        return read(kind: kind, id: id, path: path, bytes: [UInt8](data))
    }

    /// Reads a document from its bytes. With `outline: false` only the front-matter is read
    /// (the body's outline stays empty): enough for fields, and much cheaper over many versions.
    public static func read(kind: DocumentKind, id: String, path: String, bytes: [UInt8], outline: Bool = true) -> SourceDocument {
        var document = SourceDocument(kind: kind, id: id, path: path)
        if let problem = FileContentCheck.problem(path: path, bytes: bytes) {
            document.diagnostics.append(problem)
            return document
        }
        let source = SourceText(path: path, bytes: bytes)
        document.source = source
        let conflicts = FileContentCheck.conflictMarkers(in: source)
        document.diagnostics += conflicts
        switch FrontMatter.split(source) {
        case .failure(.missing):
            document.diagnostics.append(.error("front-matter-missing", "the file has no front-matter",
                                               at: source.location(line: 1, column: 1),
                                               hint: "start the file with a line '---', the \(kind) fields, and another '---'"))
            if outline { document.outline = readOutline(source, firstLine: 1, into: &document) }
        case .failure(.unclosed):
            document.diagnostics.append(.error("front-matter-unclosed", "the front-matter is never closed",
                                               at: source.location(line: 1, column: 1),
                                               hint: "add a line '---' after the last field"))
        case .success(let frontMatter):
            document.frontMatter = frontMatter
            if conflicts.isEmpty || conflicts.allSatisfy({ $0.location.line > frontMatter.closingLine }) {
                let (root, yamlDiagnostics) = YAMLReader.parse(frontMatter, in: source)
                document.diagnostics += yamlDiagnostics
                if let root {
                    if root.mapping != nil {
                        document.fields = root
                    } else {
                        document.diagnostics.append(.error("front-matter-not-mapping", "the front-matter is \(root.kindName), not a set of 'key: value' fields",
                                                           at: source.location(line: root.line, column: root.column),
                                                           hint: "write one 'key: value' per line"))
                    }
                } else if yamlDiagnostics.isEmpty {
                    document.diagnostics.append(.error("front-matter-empty", "the front-matter is empty",
                                                       at: source.location(line: 1, column: 1), hint: "add the \(kind) fields between the '---' lines"))
                }
            }
            if outline { document.outline = readOutline(source, firstLine: frontMatter.bodyFirstLine, into: &document) }
        }
        return document
    }

    private static func readOutline(_ source: SourceText, firstLine: Int, into document: inout SourceDocument) -> MarkdownOutline {
        let (outline, diagnostics) = OutlineReader.read(source, firstLine: firstLine)
        document.diagnostics += diagnostics
        return outline
    }
}
