import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ScrumsellBase
import ScrumsellRead
import ScrumsellModel

/// Writes generated files so that an unchanged file is never touched: a file is written only
/// when its bytes differ from what is on disk, and then atomically (a temporary file in the
/// same folder, renamed over the old one), so a reader never sees half a file.
///
/// Modes: a new file gets `0666` less the umask, like any other tool's. A regular file that is
/// replaced keeps its permission bits (`0777`), but not setuid, setgid or sticky: the new file is
/// owned by whoever runs the command, and a report is data — carrying a setuid bit onto a file
/// someone else just wrote would hand out their rights (`cp` and editors drop it the same way).
/// A link in the file's place is replaced by the file, with a new file's mode: the link's own
/// `0777` is not a mode, and the file it points to (perhaps outside the workspace) is not written.
public enum FileUpdate {
    public enum Outcome: String, Sendable {
        case created, updated, unchanged
    }

    /// Why a file could not be written, as one plain line: `cannot write PATH: REASON`.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String

        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// Writes `text` (UTF-8) to `url` unless the file already holds exactly these bytes.
    /// Creates the folder when needed; keeps an existing regular file's permissions.
    @discardableResult
    public static func write(_ text: String, to url: URL) throws -> Outcome {
        let bytes = Array(text.utf8)
        var info = stat()
        let existing = lstat(url.path, &info) == 0
        let isRegular = existing && info.st_mode & S_IFMT == S_IFREG
        // Only a regular file is compared, and so read (a FIFO in its place would never answer).
        if isRegular, case .bytes(let current) = FileBytes.read(url.path, limit: Int.max - 1), current == bytes { return .unchanged }
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: url.path, reason: folderProblem(folder))
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
        // O_EXCL: never write through something already at the temporary name. The kernel applies the umask to 0666.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw failure(url.path) }
        do {
            defer { close(descriptor) }
            try writeAll(bytes, to: descriptor, path: url.path)
            if isRegular { fchmod(descriptor, info.st_mode & 0o777) }
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, url.path) == 0 else {
            let error = failure(url.path)
            unlink(temporary)
            throw error
        }
        return existing ? .updated : .created
    }

    private static func failure(_ path: String) -> Failure {
        let code = errno
        var reason = String(cString: strerror(code))
        if code == EISDIR { reason = "it is a folder; name a file" }
        return Failure(path: path, reason: reason)
    }

    /// Why `folder` could not be created: the first part of its path that exists is a file, or is not writable.
    private static func folderProblem(_ folder: URL) -> String {
        var existing = folder
        var info = stat()
        while stat(existing.path, &info) != 0, existing.pathComponents.count > 1 { existing = existing.deletingLastPathComponent() }
        if info.st_mode & S_IFMT != S_IFDIR { return "\(existing.path) is a file, not a folder" }
        if access(existing.path, W_OK) != 0 { return "the folder \(existing.path) is not writable" }
        return "the folder \(folder.path) cannot be created"
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        if let code = DescriptorWrite.all(bytes, to: descriptor) {
            errno = code
            throw failure(path)
        }
    }
}
