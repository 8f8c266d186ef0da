import Foundation

/// Finds a workspace: the folder given, or the nearest folder upwards holding `scrumsell.yml`.
public enum WorkspaceLocator {
    public static let configFileName = "scrumsell.yml"

    public enum Failure: Error, CustomStringConvertible, Sendable {
        case notFound(searchedFrom: String)
        case noConfig(folder: String)

        public var description: String {
            switch self {
            case .notFound(let folder): return "no workspace found: no \(configFileName) in \(folder) or any folder above it (use --workspace DIR)"
            case .noConfig(let folder): return "\(folder) is not a workspace: it has no \(configFileName)"
            }
        }
    }

    /// The workspace root for an explicit `--workspace` folder, or found upwards from `start`.
    public static func locate(explicit: String?, from start: URL) throws -> URL {
        if let explicit {
            let url = URL(fileURLWithPath: explicit, relativeTo: start).standardizedFileURL
            guard hasConfig(url) else { throw Failure.noConfig(folder: explicit) }
            return url
        }
        var folder = start.standardizedFileURL
        while true {
            if hasConfig(folder) { return folder }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { throw Failure.notFound(searchedFrom: start.path) }
            folder = parent
        }
    }

    static func hasConfig(_ folder: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder.appendingPathComponent(configFileName).path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}
