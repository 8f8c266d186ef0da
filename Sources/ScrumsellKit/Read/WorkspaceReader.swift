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
        let listing = list(root: root, probe: NoProbe())
        let rootFolder = RootFolder(root)
        let documents = listing.entries.parallelMap { entry in read(entry, from: rootFolder, context: ReadContext()) }
        return WorkspaceSources(root: root, config: listing.config, configFields: listing.configFields,
                                documents: documents, diagnostics: listing.diagnostics)
    }

    /// What is read before the documents: the configuration and the list of document files.
    struct Listing: Sendable {
        var config: SourceText?
        var configFields: YAMLNode?
        var entries: [Entry]
        var diagnostics: [Diagnostic]
    }

    struct Entry: Sendable {
        var kind: DocumentKind
        var id: String
        var path: String
    }

    /// Reads the configuration and lists the document folders.
    static func list<Probe: ReadProbe>(root: URL, probe: Probe) -> Listing {
        var diagnostics: [Diagnostic] = []
        let (config, configFields) = readConfig(root: root, diagnostics: &diagnostics)
        probe.lap(.frontMatter)
        var entries: [Entry] = []
        for kind in DocumentKind.allCases {
            entries += listMarkdown(root: root, folder: kind.folder, diagnostics: &diagnostics).map { Entry(kind: kind, id: $0.id, path: $0.path) }
        }
        probe.lap(.list)
        return Listing(config: config, configFields: configFields, entries: entries, diagnostics: diagnostics)
    }

    /// Reads one listed document, as much of it as the context's scope asks for.
    static func read<Probe: ReadProbe>(_ entry: Entry, from root: RootFolder, context: ReadContext<Probe>) -> SourceDocument {
        DocumentReader.read(kind: entry.kind, id: entry.id, path: entry.path, filePath: root.filePath(entry.path), in: root.open,
                            context: context)
    }

    /// Where the documents are opened from: the root folder held open, or, when it cannot be
    /// opened, its path.
    struct RootFolder: Sendable {
        var open: OpenFolder?
        var path: String

        init(_ root: URL) {
            path = root.path.hasSuffix("/") ? root.path : root.path + "/"
            open = OpenFolder(path)
        }

        /// The path to open a document at `relative` by: relative to the open folder, else absolute.
        func filePath(_ relative: String) -> String { open == nil ? path + relative : relative }
    }

    static func readConfig(root: URL, diagnostics: inout [Diagnostic]) -> (SourceText?, YAMLNode?) {
        let path = WorkspaceLocator.configFileName
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
            diagnostics.append(.error("file-unreadable", "the workspace configuration cannot be read", at: SourceLocation(path: path, line: 1, column: 1),
                                      hint: "check that scrumsell.yml is a readable file"))
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
                  let names = FolderEntries.read(url.path) else { continue }
            for (name, type) in names.sorted(by: { $0.name < $1.name }) where !name.hasPrefix(".") {
                let path = relative + "/" + name
                var isDirectory: ObjCBool = false
                let exists: Bool
                switch type {
                case .regular: exists = true
                case .directory: (exists, isDirectory) = (true, true)
                case .other:
                    // Links and whatever the folder listing does not type: ask the file system, following links.
                    let full = url.appendingPathComponent(name).path
                    exists = fileManager.fileExists(atPath: full, isDirectory: &isDirectory)
                    if !exists {
                        if (try? fileManager.destinationOfSymbolicLink(atPath: full)) != nil {
                            diagnostics.append(.error("file-dangling-link", "the link points to a file that does not exist",
                                                      at: SourceLocation(path: path, line: 1, column: 1),
                                                      hint: "remove the link or restore its target"))
                        }
                        continue
                    }
                }
                guard exists else { continue }
                if isDirectory.boolValue {
                    if name.hasSuffix(".md") {
                        diagnostics.append(.error("file-is-folder", "'\(name)' is a folder, not a Markdown file", at: SourceLocation(path: path, line: 1, column: 1),
                                                  hint: "rename the folder; only files may end in .md"))
                    } else {
                        pending.append(path)
                    }
                } else if name.hasSuffix(".md"), name.utf8.count > 3 {
                    found.append((String(name.dropLast(3)), path))
                }
            }
        }
        // One folder's files are already in path order (its names were sorted); subfolders mix them.
        return visited.count > 1 ? found.sorted { $0.path < $1.path } : found
    }
}
