import Foundation
import ScrumsellBase

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
    package struct Listing: Sendable {
        var config: SourceText?
        package var configFields: YAMLNode?
        package var entries: [Entry]
        package var diagnostics: [Diagnostic]
        /// `max_file_bytes`: no file larger is read.
        var maxFileBytes: Int
    }

    package struct Entry: Sendable {
        package var kind: DocumentKind
        package var id: String
        package var path: String
        /// No larger file is read (`max_file_bytes`).
        package var maxFileBytes = FileSizeLimit.defaultBytes

        package init(kind: DocumentKind, id: String, path: String, maxFileBytes: Int = FileSizeLimit.defaultBytes) {
            self.kind = kind
            self.id = id
            self.path = path
            self.maxFileBytes = maxFileBytes
        }
    }

    /// Reads the configuration and lists the document folders.
    package static func list<Probe: ReadProbe>(root: URL, probe: Probe) -> Listing {
        var diagnostics: [Diagnostic] = []
        let boundary = WorkspaceBoundary(root: root)
        let (config, configFields) = readConfig(root: root, boundary: boundary, diagnostics: &diagnostics)
        let limit = FileSizeLimit.bytes(in: configFields)
        probe.lap(.frontMatter)
        var entries: [Entry] = []
        for kind in DocumentKind.allCases {
            entries += listMarkdown(root: root, folder: kind.folder, boundary: boundary, diagnostics: &diagnostics)
                .map { Entry(kind: kind, id: $0.id, path: $0.path, maxFileBytes: limit) }
        }
        probe.lap(.list)
        return Listing(config: config, configFields: configFields, entries: entries, diagnostics: diagnostics, maxFileBytes: limit)
    }

    /// Reads one listed document, as much of it as the context's scope asks for.
    package static func read<Probe: ReadProbe>(_ entry: Entry, from root: RootFolder, context: ReadContext<Probe>) -> SourceDocument {
        DocumentReader.read(kind: entry.kind, id: entry.id, path: entry.path, filePath: root.filePath(entry.path), in: root.open,
                            limit: entry.maxFileBytes, context: context)
    }

    /// Where the documents are opened from: the root folder held open, or, when it cannot be
    /// opened, its path.
    package struct RootFolder: Sendable {
        var open: OpenFolder?
        var path: String

        package init(_ root: URL) {
            path = root.path.hasSuffix("/") ? root.path : root.path + "/"
            open = OpenFolder(path)
        }

        /// The path to open a document at `relative` by: relative to the open folder, else absolute.
        func filePath(_ relative: String) -> String { open == nil ? path + relative : relative }

        package init(open: OpenFolder? = nil, path: String) {
            self.open = open
            self.path = path
        }
    }

    /// Reads `scrumsell.yml` (at most `FileSizeLimit.defaultBytes`, and only inside `boundary`).
    static func readConfig(root: URL, boundary: WorkspaceBoundary, diagnostics: inout [Diagnostic]) -> (SourceText?, YAMLNode?) {
        let path = WorkspaceLocator.configFileName
        let full = root.appendingPathComponent(path).path
        if let real = WorkspaceBoundary.realPath(full), !boundary.contains(real) {
            diagnostics.append(FileRefusal.linkOutside(target: real).diagnostic(at: path))
            return (nil, nil)
        }
        let bytes: [UInt8]
        switch FileBytes.read(full) {
        case .bytes(let read): bytes = read
        case .refused(let refusal):
            diagnostics.append(refusal.diagnostic(at: path))
            return (nil, nil)
        case .unreadable:
            diagnostics.append(.error("file-unreadable", "the workspace configuration cannot be read", at: SourceLocation(path: path, line: 1, column: 1),
                                      hint: "check that scrumsell.yml is a readable file"))
            return (nil, nil)
        }
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
    /// (a folder named `*.md`, a dangling link, a link leading outside `boundary`, a FIFO or a
    /// device named `*.md`) become diagnostics. A folder reached twice (round a loop of
    /// links) is listed once.
    static func listMarkdown(root: URL, folder: String, boundary: WorkspaceBoundary, diagnostics: inout [Diagnostic]) -> [(id: String, path: String)] {
        var found: [(id: String, path: String)] = []
        var pending = [folder]
        var visited = Set<String>()
        while let relative = pending.popLast() {
            let url = root.appendingPathComponent(relative)
            guard let real = WorkspaceBoundary.realPath(url.path) else { continue }
            guard boundary.contains(real) else {
                diagnostics.append(FileRefusal.linkOutside(target: real).diagnostic(at: relative))
                continue
            }
            guard visited.insert(real).inserted, let names = FolderEntries.read(url.path) else { continue }
            for (name, type) in names.sorted(by: { $0.name < $1.name }) where !name.hasPrefix(".") {
                let path = relative + "/" + name
                let isMarkdown = name.hasSuffix(".md")
                var isDirectory: Bool
                switch type {
                case .regular: isDirectory = false
                case .directory: isDirectory = true
                case .other:
                    // Links and whatever the folder listing does not type: ask the file system.
                    switch ResolvedEntry.resolve(url.appendingPathComponent(name).path, boundary: boundary) {
                    case .file: isDirectory = false
                    case .folder: isDirectory = true
                    case .vanished: continue
                    case .dangling:
                        diagnostics.append(.error("file-dangling-link", "the link points to a file that does not exist",
                                                  at: SourceLocation(path: path, line: 1, column: 1),
                                                  hint: "remove the link or restore its target"))
                        continue
                    case .refused(let refusal):
                        // Only what would have been read is worth a word: a `.md` name, or a folder.
                        if case .linkOutside(let target) = refusal, !isMarkdown {
                            var info = stat()
                            guard stat(target, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { continue }
                        } else if !isMarkdown {
                            continue
                        }
                        diagnostics.append(refusal.diagnostic(at: path))
                        continue
                    }
                }
                if isDirectory {
                    if isMarkdown {
                        diagnostics.append(.error("file-is-folder", "'\(name)' is a folder, not a Markdown file", at: SourceLocation(path: path, line: 1, column: 1),
                                                  hint: "rename the folder; only files may end in .md"))
                    } else {
                        pending.append(path)
                    }
                } else if isMarkdown, name.utf8.count > 3 {
                    found.append((String(name.dropLast(3)), path))
                }
            }
        }
        // One folder's files are already in path order (its names were sorted); subfolders mix them.
        return visited.count > 1 ? found.sorted { $0.path < $1.path } : found
    }
}
