import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes planned changes without ever leaving a half-written file or overwriting work it has
/// not seen: each file is written to a temporary file in its own folder, flushed to disk
/// (fsync), given the original's permissions, and renamed over the original — after checking
/// that the file's bytes on disk are still the bytes the change was planned from. A new file
/// is linked into place only if nothing has taken its name meanwhile. Many changes at once
/// (an import) are flushed a batch at a time, by one `syncfs`, before any of the batch is renamed.
///
/// A temporary file is named `.NAME.scrumsell-XXXXXX` and locked (`flock`) by its writer until
/// it is renamed, so one that is not locked was left by a killed edit and may be removed.
public enum SafeFileWriter {
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The file's bytes differ from those the edit was planned from.
        case changedSinceRead(path: String)
        /// A file to create already exists.
        case exists(path: String)
        case io(path: String, reason: String)

        public var description: String {
            switch self {
            case .changedSinceRead(let path): return "\(path) changed since it was read; nothing was written (run the command again)"
            case .exists(let path): return "\(path) already exists; nothing was written"
            case .io(let path, let reason): return "cannot write \(path): \(reason)"
            }
        }
    }

    /// Writes every change, first making sure none of them is stale, so a refusal writes nothing.
    public static func write(_ changes: [FileChange]) throws {
        let folders = Set(changes.filter { !$0.isEmpty }.map { resolved($0.url).deletingLastPathComponent().path })
        for folder in folders.sorted() { removeAbandonedTemporaryFiles(in: URL(fileURLWithPath: folder)) }
        for change in changes where !change.isEmpty {
            let target = resolved(change.url)
            if let original = change.original {
                guard contentsMatch(target.path, original) else {
                    throw Failure.changedSinceRead(path: change.path)
                }
            } else if exists(target) {
                throw Failure.exists(path: change.path)
            }
        }
        if changes.count > batchSize / 16 {
            try writeInBatches(changes)
        } else {
            for change in changes where !change.isEmpty { try write(change) }
        }
    }

    /// Writes one change. `beforeReplacing` runs after the temporary file is on disk, just before
    /// the last comparison and the rename (tests use it to change the file under the writer).
    public static func write(_ change: FileChange, beforeReplacing: (() -> Void)? = nil) throws {
        guard !change.isEmpty else { return }
        let staged = try stage(change)
        defer { close(staged.descriptor) }
        guard fsync(staged.descriptor) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(staged.temporary)
            throw Failure.io(path: change.path, reason: reason)
        }
        beforeReplacing?()
        try commit(staged)
        syncFolder(staged.folder)
    }

    /// How many files a batch makes durable with one flush of the file system.
    package static let batchSize = 256

    /// Writes many changes as `write` writes each, a batch at a time: the batch's temporary files
    /// are written, made durable together with one `syncfs` (rather than one `fsync` each, which
    /// costs an import of thousands of deals minutes), then each is compared and renamed into place.
    static func writeInBatches(_ changes: [FileChange]) throws {
        let changes = changes.filter { !$0.isEmpty }
        var start = 0
        while start < changes.count {
            let batch = changes[start..<min(start + batchSize, changes.count)]
            start += batchSize
            var staged: [Staged] = []
            staged.reserveCapacity(batch.count)
            defer { for file in staged { close(file.descriptor) } }
            do {
                for change in batch { staged.append(try stage(change)) }
                if fileSystemSync?(staged[0].descriptor) != 0 {
                    // A file system without syncfs: each file on its own.
                    for file in staged where fsync(file.descriptor) != 0 {
                        throw Failure.io(path: file.change.path, reason: String(cString: strerror(errno)))
                    }
                }
            } catch {
                for file in staged { unlink(file.temporary) }
                throw error
            }
            var committed = 0
            do {
                for file in staged {
                    try commit(file)
                    committed += 1
                }
            } catch {
                for file in staged[(committed + 1)...] { unlink(file.temporary) }
                throw error
            }
            for folder in Set(staged.map(\.folder.path)).sorted() { syncFolder(URL(fileURLWithPath: folder)) }
        }
    }

    /// Linux's `syncfs(2)`, which the C library declares only for GNU sources (so Swift's Glibc
    /// module does not): looked up once; `nil` elsewhere, where each file is flushed on its own.
    static let fileSystemSync: (@convention(c) (Int32) -> Int32)? = {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
        #else
        return nil
        #endif
    }()

    /// A change's new bytes in a temporary file beside its target, locked, not yet durable nor in place.
    struct Staged {
        var change: FileChange
        var target: URL
        var folder: URL
        var temporary: String
        var descriptor: Int32
    }

    /// Checks the target as `write` does and writes the new bytes to a temporary file, with the
    /// original's mode and owner; the caller makes it durable, commits it and closes it.
    static func stage(_ change: FileChange) throws -> Staged {
        let target = resolved(change.url)
        let folder = target.deletingLastPathComponent()
        let path = change.path
        var mode: mode_t = 0o666 & ~currentUmask()
        var owner: (uid_t, gid_t)?
        if let original = change.original {
            var info = stat()
            guard stat(target.path, &info) == 0 else { throw Failure.changedSinceRead(path: path) }
            mode = info.st_mode & 0o7777
            owner = (info.st_uid, info.st_gid)
            guard contentsMatch(target.path, original) else {
                throw Failure.changedSinceRead(path: path)
            }
        } else {
            // `change.url` too: a dangling link in its place would otherwise create its target, wherever that is.
            guard !exists(target), !exists(change.url) else { throw Failure.exists(path: path) }
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw Failure.io(path: path, reason: "cannot create the folder \(folder.path)")
            }
        }

        var template = Array(folder.appendingPathComponent(".\(target.lastPathComponent).scrumsell-XXXXXX").path.utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw Failure.io(path: path, reason: String(cString: strerror(errno))) }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        // Held until the rename, so that no other edit takes the file for an abandoned one.
        _ = flock(descriptor, LOCK_EX)
        do {
            try writeAll(change.updated, to: descriptor, path: path)
            fchmod(descriptor, mode)
            if let owner { _ = fchown(descriptor, owner.0, owner.1) }
        } catch {
            unlink(temporary)
            close(descriptor)
            throw error
        }
        return Staged(change: change, target: target, folder: folder, temporary: temporary, descriptor: descriptor)
    }

    /// Puts a durable temporary file in place: over the original when it still holds the bytes
    /// read, or as a new name that must still be free. The temporary file is gone afterwards.
    static func commit(_ staged: Staged) throws {
        let (change, target, temporary, path) = (staged.change, staged.target, staged.temporary, staged.change.path)
        if let original = change.original {
            guard contentsMatch(target.path, original) else {
                unlink(temporary)
                throw Failure.changedSinceRead(path: path)
            }
            guard rename(temporary, target.path) == 0 else {
                let reason = String(cString: strerror(errno))
                unlink(temporary)
                throw Failure.io(path: path, reason: reason)
            }
        } else {
            // link() fails when the name is taken, so a file created meanwhile is never replaced.
            if link(temporary, target.path) != 0 {
                let code = errno
                if code == EEXIST {
                    unlink(temporary)
                    throw Failure.exists(path: path)
                }
                guard !exists(target), rename(temporary, target.path) == 0 else {
                    unlink(temporary)
                    throw Failure.io(path: path, reason: String(cString: strerror(code)))
                }
                return
            }
            unlink(temporary)
        }
    }

    /// True when the file at `path` holds exactly `expected`. Read in chunks and compared as it
    /// goes, so that a large file is not held a second (and, through `Data`, a third) time.
    static func contentsMatch(_ path: String, _ expected: [UInt8]) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var offset = 0
        while true {
            let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if got < 0 {
                if errno == EINTR { continue }
                return false
            }
            if got == 0 { return offset == expected.count }
            guard offset + got <= expected.count,
                  chunk.withUnsafeBytes({ chunkBytes in expected.withUnsafeBytes { memcmp(chunkBytes.baseAddress!, $0.baseAddress! + offset, got) == 0 } })
            else { return false }
            offset += got
        }
    }

    /// Removes the temporary files of this writer in `folder` that no running edit holds: those
    /// an edit killed mid-write left behind. Files of other names are never touched.
    public static func removeAbandonedTemporaryFiles(in folder: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where isTemporaryName(name) {
            let path = folder.appendingPathComponent(name).path
            let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { unlink(path) }
            close(descriptor)
        }
    }

    /// True for `.NAME.scrumsell-XXXXXX`, the name `mkstemp` gives a temporary file here.
    package static func isTemporaryName(_ name: String) -> Bool {
        let marker = ".scrumsell-"
        guard name.hasPrefix("."), let range = name.range(of: marker, options: .backwards) else { return false }
        let suffix = name[range.upperBound...]
        return range.lowerBound > name.index(after: name.startIndex) && suffix.count == 6
            && suffix.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure.io(path: path, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }

    static func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(descriptor, pointer, count)
        #else
        return Darwin.write(descriptor, pointer, count)
        #endif
    }

    /// Flushes the folder entry of a rename to disk.
    static func syncFolder(_ folder: URL) {
        let descriptor = open(folder.path, O_RDONLY)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    /// The file a link points to, so a linked file is edited rather than replaced by a copy.
    static func resolved(_ url: URL) -> URL {
        var info = stat()
        guard lstat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return url }
        return url.resolvingSymlinksInPath()
    }

    static func exists(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0
    }

    static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}
