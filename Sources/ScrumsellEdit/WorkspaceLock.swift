import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ScrumsellRead

/// The advisory lock that serialises edits of one workspace: an edit holds it from reading the
/// workspace to the last rename, so two edits at once never plan against the same bytes and
/// one of them never overwrites the other's change.
///
/// The lock is `flock` on the workspace folder itself, so no lock file appears in the
/// workspace; the kernel releases it when the process ends, also when it is killed.
public enum WorkspaceLock {
    /// Why the lock could not be taken.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// How long an edit waits for another edit of the same workspace before giving up.
    public static let defaultTimeout: Duration = .seconds(30)

    /// Runs `body` holding the workspace's lock, first removing temporary files that killed
    /// edits left in its document folders. Waits up to `timeout` for another edit to finish.
    public static func holding<Result>(_ root: URL, timeout: Duration = defaultTimeout, _ body: () throws -> Result) throws -> Result {
        let descriptor = open(root.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw Failure(description: "cannot lock the workspace \(root.path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }  // closing the folder releases the lock
        let deadline = ContinuousClock.now + timeout
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                throw Failure(description: "cannot lock the workspace \(root.path): \(String(cString: strerror(errno)))")
            }
            guard ContinuousClock.now < deadline else {
                throw Failure(description: "another scrumsell edit of \(root.path) is still running after \(timeout.components.seconds) s; nothing was written (run the command again when it has finished)")
            }
            usleep(10_000)
        }
        for folder in DocumentKind.allCases.map(\.folder) + [""] {
            SafeFileWriter.removeAbandonedTemporaryFiles(in: root.appendingPathComponent(folder))
        }
        return try body()
    }
}
