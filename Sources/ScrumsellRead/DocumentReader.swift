import Foundation
import ScrumsellBase

/// Reads one workspace Markdown file: checks its bytes, splits the front-matter,
/// parses the YAML and the cmark outline.
public enum DocumentReader {
    /// Reads a document from its bytes, as much of it as `context.scope` asks for (see
    /// `ReadScope`), telling `context.probe` where each phase ends.
    public static func read<Probe: ReadProbe>(kind: DocumentKind, id: String, path: String, bytes: [UInt8],
                                              context: ReadContext<Probe> = ReadContext()) -> SourceDocument {
        read(kind: kind, id: id, path: path, bytes: bytes, scope: context.scope, scansLists: true, probe: context.probe)
    }

    /// Reads the file at the file-system path `filePath` (relative to `folder` when given),
    /// reported as `path`. A file that is not regular, or is larger than `limit` bytes, is not
    /// read (see `FileBytes`).
    package static func read<Probe: ReadProbe>(kind: DocumentKind, id: String, path: String, filePath: String, in folder: OpenFolder? = nil,
                                       limit: Int = FileSizeLimit.defaultBytes, context: ReadContext<Probe>) -> SourceDocument {
        switch FileBytes.read(filePath, in: folder, limit: limit) {
        case .bytes(let bytes):
            return read(kind: kind, id: id, path: path, bytes: bytes, context: context)
        case .refused(let refusal):
            context.probe.lap(.readBytes)
            return SourceDocument(kind: kind, id: id, path: path, diagnostics: [refusal.diagnostic(at: path)])
        case .unreadable:
            context.probe.lap(.readBytes)
            return SourceDocument(kind: kind, id: id, path: path,
                                  diagnostics: [.error("file-unreadable", "the file cannot be read", at: SourceLocation(path: path, line: 1, column: 1),
                                                       hint: "check its permissions")])
        }
    }

    /// `read`, with every list of the body parsed by cmark rather than by `ListScan`: the
    /// reading the scanner is proven against, for the tests.
    package static func readListsWithCmark(kind: DocumentKind, id: String, path: String, bytes: [UInt8],
                                           scope: ReadScope = .everything) -> SourceDocument {
        read(kind: kind, id: id, path: path, bytes: bytes, scope: scope, scansLists: false, probe: NoProbe())
    }

    private static func read<Probe: ReadProbe>(kind: DocumentKind, id: String, path: String, bytes: [UInt8], scope: ReadScope,
                                               scansLists: Bool, probe: Probe) -> SourceDocument {
        let sections = scope.sections(of: kind), outline = scope.readsBody
        var document = SourceDocument(kind: kind, id: id, path: path)
        if let problem = FileContentCheck.problem(path: path, bytes: bytes) {
            document.diagnostics.append(problem)
            probe.lap(.readBytes)
            return document
        }
        let source = SourceText(path: path, bytes: bytes)
        document.source = source
        let conflicts = FileContentCheck.conflictMarkers(in: source)
        document.diagnostics += conflicts
        probe.lap(.readBytes)
        defer { probe.lap(.outline) }
        switch FrontMatter.split(source) {
        case .failure(.missing):
            document.diagnostics.append(.error("front-matter-missing", "the file has no front-matter",
                                               at: source.location(line: 1, column: 1),
                                               hint: "start the file with a line '---', the \(kind) fields, and another '---'"))
            if outline { document.outline = readOutline(source, firstLine: 1, sections: sections, scansLists: scansLists, into: &document, probe: probe) }
        case .failure(.unclosed):
            probe.lap(.frontMatter)
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
            probe.lap(.frontMatter)
            if outline { document.outline = readOutline(source, firstLine: frontMatter.bodyFirstLine, sections: sections, scansLists: scansLists, into: &document, probe: probe) }
        }
        return document
    }

    private static func readOutline<Probe: ReadProbe>(_ source: SourceText, firstLine: Int, sections: [String]?, scansLists: Bool,
                                                      into document: inout SourceDocument, probe: Probe) -> MarkdownOutline {
        let (outline, diagnostics) = OutlineReader.read(source, firstLine: firstLine, sections: sections, scansLists: scansLists,
                                                        probe: probe)
        document.diagnostics += diagnostics
        return outline
    }
}
