#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder held open while its files are read, so that each file is opened by its path
/// relative to the folder (`openat`): the kernel then walks one or two path components per
/// file instead of the whole absolute path, which is most of the cost of opening a small file.
package final class OpenFolder: Sendable {
    /// The folder's descriptor, closed when the last reference goes.
    let descriptor: Int32

    /// Opens the folder at `path`; `nil` when it cannot be opened (files are then opened by their full paths).
    init?(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }
}
