#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a folder entry is once a link is followed — only inside the workspace's boundary —
/// for the entries whose type the folder listing does not give (links, and file systems that
/// report no types). Asked with `lstat` first, so nothing is opened to find out.
package enum ResolvedEntry: Equatable {
    case file
    /// A folder (or a link to one), by its real path, which tells a folder already listed.
    case folder(realPath: String)
    /// A link to nothing (or to itself, round a loop of links).
    case dangling
    /// Gone since it was listed.
    case vanished
    case refused(FileRefusal)

    package static func resolve(_ fullPath: String, boundary: WorkspaceBoundary) -> ResolvedEntry {
        var info = stat()
        guard lstat(fullPath, &info) == 0 else { return .vanished }
        if info.st_mode & S_IFMT == S_IFLNK {
            guard let target = WorkspaceBoundary.realPath(fullPath) else { return .dangling }
            guard boundary.contains(target) else { return .refused(.linkOutside(target: target)) }
            guard stat(target, &info) == 0 else { return .dangling }
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder(realPath: WorkspaceBoundary.realPath(fullPath) ?? fullPath)
        default: return .refused(.notRegular(kind: FileRefusal.kindName(UInt32(info.st_mode))))
        }
    }
}
