#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ScrumsellBase

/// Why a workspace entry is not read, as the diagnostic `check` prints at its path.
package enum FileRefusal: Sendable, Equatable {
    /// A link resolving outside the workspace and its git repository, to this real path.
    case linkOutside(target: String)
    /// Neither a regular file nor a folder (a FIFO, a device, a socket): opening or reading it could block or never end.
    case notRegular(kind: String)
    /// Larger than `max_file_bytes`.
    case tooLarge(bytes: Int, limit: Int)

    package func diagnostic(at path: String) -> Diagnostic {
        let start = SourceLocation(path: path, line: 1, column: 1)
        switch self {
        case .linkOutside(let target):
            return .error("file-link-outside", "the link points outside the workspace, to \(target); it is not read", at: start,
                          hint: "link only to files inside the workspace or its git repository, or copy the file in")
        case .notRegular(let kind):
            return .error("file-not-regular", "the entry is \(kind), not a regular file; it is not read", at: start,
                          hint: "keep only regular Markdown files in the workspace's folders")
        case .tooLarge(let bytes, let limit):
            return .error("file-too-large", "the file is \(bytes) bytes, more than \(FileSizeLimit.key) (\(limit)); it is not read", at: start,
                          hint: "split the file, or raise \(FileSizeLimit.key) in scrumsell.yml")
        }
    }

    /// `a FIFO`, `a character device`, …: how a file type from `stat` reads in a message.
    static func kindName(_ mode: UInt32) -> String {
        switch mode & UInt32(S_IFMT) {
        case UInt32(S_IFIFO): return "a FIFO (named pipe)"
        case UInt32(S_IFCHR): return "a character device"
        case UInt32(S_IFBLK): return "a block device"
        case UInt32(S_IFSOCK): return "a socket"
        case UInt32(S_IFDIR): return "a folder"
        default: return "a special file"
        }
    }
}
