import Foundation

/// Everything read from a workspace folder, before modelling.
public struct WorkspaceSources: Sendable {
    public var root: URL
    /// `scrumsell.yml`, when it is a readable text file.
    public var config: SourceText?
    public var configFields: YAMLNode?
    public var documents: [SourceDocument]
    /// Problems with the config file and with folder entries that are not documents.
    public var diagnostics: [Diagnostic]
}

/// Reads a workspace folder: the config and every Markdown file of the four document
/// folders, on all cores. Files are listed in a sorted order so results never depend on
/// the file system's order.
public enum WorkspaceReader {
    public static func read(root: URL) -> WorkspaceSources {
        read(root: root, measuring: false).sources
    }

    /// Reads the workspace and measures what each phase cost (summed over threads).
    public static func readMeasured(root: URL) -> (sources: WorkspaceSources, statistics: ReadStatistics) {
        read(root: root, measuring: true)
    }

    static func read(root: URL, measuring: Bool) -> (sources: WorkspaceSources, statistics: ReadStatistics) {
        var statistics = ReadStatistics()
        var timer = PhaseTimer(enabled: measuring)
        var diagnostics: [Diagnostic] = []
        let (config, configFields) = readConfig(root: root, diagnostics: &diagnostics)
        timer.lap(.frontMatter)
        var entries: [(kind: DocumentKind, id: String, path: String)] = []
        for kind in DocumentKind.allCases {
            entries += listMarkdown(root: root, folder: kind.folder, diagnostics: &diagnostics).map { (kind, $0.id, $0.path) }
        }
        timer.lap(.list)
        let rootSlash = root.path.hasSuffix("/") ? root.path : root.path + "/"
        let readStart = measuring ? PhaseTimes.now() : 0
        let read = entries.parallelMap { entry -> (SourceDocument, PhaseTimes) in
            var documentTimer = PhaseTimer(enabled: measuring)
            let document = DocumentReader.read(kind: entry.kind, id: entry.id, path: entry.path,
                                               url: URL(fileURLWithPath: rootSlash + entry.path), timer: &documentTimer)
            return (document, documentTimer.times)
        }
        if measuring {
            statistics.documentsWall = PhaseTimes.now() - readStart
            statistics.wall = timer.times
            statistics.files = entries.count + 1
            statistics.bytes = config?.bytes.count ?? 0
            for (document, times) in read {
                statistics.threadTimes.add(times)
                statistics.bytes += document.source?.bytes.count ?? 0
            }
        }
        let sources = WorkspaceSources(root: root, config: config, configFields: configFields, documents: read.map(\.0), diagnostics: diagnostics)
        return (sources, statistics)
    }

    static func readConfig(root: URL, diagnostics: inout [Diagnostic]) -> (SourceText?, YAMLNode?) {
        let path = WorkspaceLocator.configFileName
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
            diagnostics.append(.error("file-unreadable", "the workspace configuration cannot be read", at: SourceLocation(path: path, line: 1, column: 1)))
            return (nil, nil)
        }
        let bytes = [UInt8](data)
        if let problem = FileContentCheck.problem(path: path, bytes: bytes) {
            diagnostics.append(problem)
            return (nil, nil)
        }
        let source = SourceText(path: path, bytes: bytes)
        let conflicts = FileContentCheck.conflictMarkers(in: source)
        diagnostics += conflicts
        guard conflicts.isEmpty else { return (source, nil) }
        var text = String(decoding: source.bytes, as: UTF8.self)
        if source.usesCRLF { text = String(decoding: withoutCarriageReturns(source.bytes[...]), as: UTF8.self) }
        let (root, yamlDiagnostics) = YAMLReader.parse(yaml: text, firstLine: 1, in: source)
        diagnostics += yamlDiagnostics
        guard let root else { return (source, nil) }
        guard root.mapping != nil else {
            diagnostics.append(.error("front-matter-not-mapping", "the configuration is \(root.kindName), not a set of 'key: value' fields",
                                      at: source.location(line: root.line, column: root.column)))
            return (source, nil)
        }
        return (source, root)
    }

    /// Markdown files under `folder`, recursively, sorted by path. Problems with entries
    /// (a folder named `*.md`, a dangling link) become diagnostics.
    static func listMarkdown(root: URL, folder: String, diagnostics: inout [Diagnostic]) -> [(id: String, path: String)] {
        let fileManager = FileManager.default
        var found: [(id: String, path: String)] = []
        var pending = [folder]
        var visited = Set<String>()
        while let relative = pending.popLast() {
            let url = root.appendingPathComponent(relative)
            guard visited.insert(url.resolvingSymlinksInPath().path).inserted,
                  let names = try? fileManager.contentsOfDirectory(atPath: url.path) else { continue }
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = relative + "/" + name
                let full = url.appendingPathComponent(name).path
                let here = SourceLocation(path: path, line: 1, column: 1)
                var isDirectory: ObjCBool = false
                let exists = fileManager.fileExists(atPath: full, isDirectory: &isDirectory)
                if !exists {
                    if (try? fileManager.destinationOfSymbolicLink(atPath: full)) != nil {
                        diagnostics.append(.error("file-dangling-link", "the link points to a file that does not exist", at: here,
                                                  hint: "remove the link or restore its target"))
                    }
                    continue
                }
                if isDirectory.boolValue {
                    if name.hasSuffix(".md") {
                        diagnostics.append(.error("file-is-folder", "'\(name)' is a folder, not a Markdown file", at: here,
                                                  hint: "rename the folder; only files may end in .md"))
                    } else {
                        pending.append(path)
                    }
                } else if name.hasSuffix(".md"), name.count > 3 {
                    found.append((String(name.dropLast(3)), path))
                }
            }
        }
        return found.sorted { $0.path < $1.path }
    }
}
