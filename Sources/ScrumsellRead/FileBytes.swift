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
enum FileBytes {
    /// The file's bytes, or `nil` when it cannot be opened or read. A relative `path` is
    /// found from `folder` (see `OpenFolder`), by default the working directory.
    package static func read(_ path: String, in folder: OpenFolder? = nil) -> [UInt8]? {
        let descriptor = openat(folder?.descriptor ?? AT_FDCWD, path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        // One spare byte tells a file that grew since fstat from one that did not.
        let capacity = max(Int(status.st_size), 0) + 1
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            initialized = readAll(descriptor, into: buffer.baseAddress!, capacity: capacity, failed: &failed)
        }
        guard !failed else { return nil }
        guard bytes.count == capacity else { return bytes }
        // The file grew: read the rest in chunks.
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let got = chunk.withUnsafeMutableBufferPointer { readAll(descriptor, into: $0.baseAddress!, capacity: $0.count, failed: &failed) }
            guard !failed else { return nil }
            bytes += chunk[..<got]
            if got < chunk.count { return bytes }
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
