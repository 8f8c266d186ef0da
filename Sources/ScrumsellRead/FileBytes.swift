#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// Reads a whole file into bytes with plain system calls: one open, one fstat, one read
/// into a buffer of the file's size, one close. Reading thousands of small files this
/// way costs a fraction of going through `Data` and `FileManager`.
///
/// Only regular files are read, and only up to a size limit: the file is opened without
/// blocking (`O_NONBLOCK`, so a FIFO cannot hang the open) and its type and size are checked
/// on the open descriptor before any byte is read (so `/dev/zero` is never read at all).
package enum FileBytes {
    package enum Outcome: Sendable, Equatable {
        case bytes([UInt8])
        /// It cannot be opened or read (missing, no permission, an I/O error).
        case unreadable
        case refused(FileRefusal)
    }

    /// The file's bytes, or why they were not read. A relative `path` is found from `folder`
    /// (see `OpenFolder`), by default the working directory.
    package static func read(_ path: String, in folder: OpenFolder? = nil, limit: Int = FileSizeLimit.defaultBytes) -> Outcome {
        let descriptor = openat(folder?.descriptor ?? AT_FDCWD, path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else { return .unreadable }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .unreadable }
        guard status.st_mode & S_IFMT == S_IFREG else { return .refused(.notRegular(kind: FileRefusal.kindName(UInt32(status.st_mode)))) }
        let size = Int(status.st_size)
        guard size <= limit else { return .refused(.tooLarge(bytes: size, limit: limit)) }
        // One spare byte tells a file that grew since fstat from one that did not.
        let capacity = max(size, 0) + 1
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            initialized = readAll(descriptor, into: buffer.baseAddress!, capacity: capacity, failed: &failed)
        }
        guard !failed else { return .unreadable }
        guard bytes.count == capacity else { return .bytes(bytes) }
        // The file grew: read the rest in chunks, up to the limit.
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let got = chunk.withUnsafeMutableBufferPointer { readAll(descriptor, into: $0.baseAddress!, capacity: $0.count, failed: &failed) }
            guard !failed else { return .unreadable }
            bytes += chunk[..<got]
            guard bytes.count <= limit else { return .refused(.tooLarge(bytes: bytes.count, limit: limit)) }
            if got < chunk.count { return .bytes(bytes) }
        }
    }

    /// Reads until `capacity` bytes or the end of the file; the count read.
    private static func readAll(_ descriptor: Int32, into base: UnsafeMutablePointer<UInt8>, capacity: Int, failed: inout Bool) -> Int {
        var count = 0
        while count < capacity {
            let got = systemRead(descriptor, base + count, capacity - count)
            if got < 0 {
                if errno == EINTR { continue }
                failed = true
                return count
            }
            if got == 0 { break }
            count += got
        }
        return count
    }
}
