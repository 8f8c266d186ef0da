import Foundation

/// Writes generated files so that an unchanged file is never touched: a file is written only
/// when its bytes differ from what is on disk, and then atomically (a temporary file in the
/// same folder, renamed over the old one), so a reader never sees half a file.
public enum FileUpdate {
    public enum Outcome: String, Sendable {
        case created, updated, unchanged
    }

    /// Writes `text` (UTF-8) to `url` unless the file already holds exactly these bytes.
    /// Creates the folder when needed; keeps an existing file's permissions.
    @discardableResult
    public static func write(_ text: String, to url: URL) throws -> Outcome {
        let data = Data(text.utf8)
        let manager = FileManager.default
        let existing = manager.contents(atPath: url.path)
        if existing == data { return .unchanged }
        let folder = url.deletingLastPathComponent()
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard manager.createFile(atPath: temporary.path, contents: data) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        do {
            if existing != nil, let permissions = try? manager.attributesOfItem(atPath: url.path)[.posixPermissions] {
                try? manager.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
            }
            if rename(temporary.path, url.path) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
        } catch {
            try? manager.removeItem(at: temporary)
            throw error
        }
        return existing == nil ? .created : .updated
    }
}
