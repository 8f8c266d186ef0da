#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The entries of a folder with the type the listing gives for free (`readdir`'s `d_type`),
/// so listing thousands of files costs no `stat` per file.
package enum FolderEntries {
    package enum Kind {
        case regular, directory
        /// A link, or a type the file system does not report: ask `stat`.
        case other
    }

    /// Names (without `.` and `..`) and kinds, in the order of the listing; `nil` when the folder cannot be opened.
    package static func read(_ path: String) -> [(name: String, kind: Kind)]? {
        guard let folder = opendir(path) else { return nil }
        defer { closedir(folder) }
        var entries: [(name: String, kind: Kind)] = []
        while let entry = readdir(folder) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            let kind: Kind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): kind = .regular
            case Int32(DT_DIR): kind = .directory
            default: kind = .other
            }
            entries.append((name, kind))
        }
        return entries
    }
}
