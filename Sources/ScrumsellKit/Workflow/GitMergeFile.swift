import Foundation
import ScrumsellEdit
import ScrumsellGit

/// `git merge-file`: git's own line-level three-way merge, for the parts of a plan the
/// format-aware merge does not know and for files it cannot read.
public struct GitMergeFile: LineMerge {
    public var git: GitCommand

    public init(git: GitCommand) {
        self.git = git
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public func merge(base: String, ours: String, theirs: String, labels: MergeLabels) throws -> (text: String, conflicts: Int) {
        let merged = try merge(bytes: (Array(base.utf8), Array(ours.utf8), Array(theirs.utf8)), labels: labels)
        return (String(decoding: merged.bytes, as: UTF8.self), merged.conflicts)
    }

    /// The same on bytes, for files that are not UTF-8 text.
    public func merge(bytes versions: (base: [UInt8], ours: [UInt8], theirs: [UInt8]), labels: MergeLabels) throws -> (bytes: [UInt8], conflicts: Int) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-merge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try [("ours", versions.ours), ("base", versions.base), ("theirs", versions.theirs)].map { name, bytes in
            let url = folder.appendingPathComponent(name)
            guard FileManager.default.createFile(atPath: url.path, contents: Data(bytes)) else {
                throw Failure(description: "cannot write a temporary file in \(folder.path)")
            }
            return url.path
        }
        let output = try git.run(["merge-file", "-p", "-L", labels.ours, "-L", labels.base, "-L", labels.theirs] + files, in: folder)
        // The exit status is the number of conflicts (capped at 127); a negative one, an error.
        guard output.status >= 0, output.status < 128 else { throw Failure(description: "git merge-file failed: \(output.reason)") }
        return (output.stdout, Int(output.status))
    }
}
