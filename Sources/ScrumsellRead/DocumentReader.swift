import Foundation
import ScrumsellBase

/// Reads one workspace Markdown file: checks its bytes, splits the front-matter,
/// parses the YAML and the cmark outline.
public enum DocumentReader {
    /// Reads the file at `url`, reported as `path`.
    public static func read(kind: DocumentKind, id: String, path: String, url: URL) -> SourceDocument {
        var timer = PhaseTimer(enabled: false)
        return read(kind: kind, id: id, path: path, url: url, timer: &timer)
    }

    /// Reads the file at `url`, charging the time of each phase to `timer`.
    public static func read(kind: DocumentKind, id: String, path: String, url: URL, timer: inout PhaseTimer) -> SourceDocument {
        read(kind: kind, id: id, path: path, filePath: url.path, timer: &timer)
    }

    /// Reads the file at the file-system path `filePath` (relative to `folder` when given),
    /// reported as `path`; with `sections`, only those sections' lists (see `ReadScope`).
    /// A file that is not regular, or is larger than `limit` bytes, is not read (see `FileBytes`).
    package static func read(kind: DocumentKind, id: String, path: String, filePath: String, in folder: OpenFolder? = nil,
                     limit: Int = FileSizeLimit.defaultBytes, sections: [String]? = nil, scansLists: Bool = true, timer: inout PhaseTimer) -> SourceDocument {
        let start = SourceLocation(path: path, line: 1, column: 1)
        let bytes: [UInt8]
        switch FileBytes.read(filePath, in: folder, limit: limit) {
        case .bytes(let read): bytes = read
        case .refused(let refusal):
            timer.lap(.readBytes)
            return SourceDocument(kind: kind, id: id, path: path, diagnostics: [refusal.diagnostic(at: path)])
        case .unreadable:
            timer.lap(.readBytes)
            return SourceDocument(kind: kind, id: id, path: path,
                                  diagnostics: [.error("file-unreadable", "the file cannot be read", at: start, hint: "check its permissions")])
        }
        return read(kind: kind, id: id, path: path, bytes: bytes, sections: sections, scansLists: scansLists, timer: &timer)
    }

    /// Reads a document from its bytes. With `outline: false` only the front-matter is read
    /// (the body's outline stays empty): enough for fields, and much cheaper over many versions.
    public static func read(kind: DocumentKind, id: String, path: String, bytes: [UInt8], outline: Bool = true) -> SourceDocument {
        var timer = PhaseTimer(enabled: false)
        return read(kind: kind, id: id, path: path, bytes: bytes, outline: outline, timer: &timer)
    }

    /// Reads a document from its bytes, charging the time of each phase to `timer`.
    public static func read(kind: DocumentKind, id: String, path: String, bytes: [UInt8], outline: Bool = true,
                            sections: [String]? = nil, timer: inout PhaseTimer) -> SourceDocument {
        read(kind: kind, id: id, path: path, bytes: bytes, outline: outline, sections: sections, scansLists: true, timer: &timer)
    }

    /// `read`, with every list parsed by cmark when `scansLists` is `false` (see `ReadScope`).
    package static func read(kind: DocumentKind, id: String, path: String, bytes: [UInt8], outline: Bool = true,
                     sections: [String]? = nil, scansLists: Bool, timer: inout PhaseTimer) -> SourceDocument {
        var document = SourceDocument(kind: kind, id: id, path: path)
        if let problem = FileContentCheck.problem(path: path, bytes: bytes) {
            document.diagnostics.append(problem)
            timer.lap(.readBytes)
            return document
        }
        let source = SourceText(path: path, bytes: bytes)
        document.source = source
        let conflicts = FileContentCheck.conflictMarkers(in: source)
        document.diagnostics += conflicts
        timer.lap(.readBytes)
        defer { timer.lap(.outline) }
        switch FrontMatter.split(source) {
        case .failure(.missing):
            document.diagnostics.append(.error("front-matter-missing", "the file has no front-matter",
                                               at: source.location(line: 1, column: 1),
                                               hint: "start the file with a line '---', the \(kind) fields, and another '---'"))
            if outline { document.outline = readOutline(source, firstLine: 1, sections: sections, scansLists: scansLists, into: &document, timer: &timer) }
        case .failure(.unclosed):
            timer.lap(.frontMatter)
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
            timer.lap(.frontMatter)
            if outline { document.outline = readOutline(source, firstLine: frontMatter.bodyFirstLine, sections: sections, scansLists: scansLists, into: &document, timer: &timer) }
        }
        return document
    }

    private static func readOutline(_ source: SourceText, firstLine: Int, sections: [String]?, scansLists: Bool,
                                    into document: inout SourceDocument, timer: inout PhaseTimer) -> MarkdownOutline {
        let (outline, diagnostics) = OutlineReader.read(source, firstLine: firstLine, sections: sections, scansLists: scansLists,
                                                        timer: &timer)
        document.diagnostics += diagnostics
        return outline
    }
}
