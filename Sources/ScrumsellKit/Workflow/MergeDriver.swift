import Foundation
import ScrumsellEdit
import ScrumsellGit

/// git's merge-driver contract around `PlanMerge`: the three versions are files (`%O %A %B`),
/// the result replaces our version's file (`%A`), and the exit status says whether a conflict
/// is left (gitattributes(5), "Defining a custom merge driver").
public enum MergeDriver {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Merges the files and writes the result over `ours`. `path` (`%P`) names the file in
    /// the conflict markers and messages. A version that is not UTF-8 text is merged by
    /// `git merge-file` alone, and the result says so.
    public static func run(base: URL, ours: URL, theirs: URL, path: String?, git: GitCommand) throws -> PlanMergeResult {
        func read(_ url: URL) throws -> [UInt8] {
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw Failure(description: "cannot read \(url.path)")
            }
            return [UInt8](data)
        }
        let bytes = (base: try read(base), ours: try read(ours), theirs: try read(theirs))
        let name = path ?? ours.lastPathComponent
        let labels = MergeLabels(ours: "ours:\(name)", base: "base:\(name)", theirs: "theirs:\(name)")
        let lineMerge = GitMergeFile(git: git)
        let result: PlanMergeResult
        let merged: [UInt8]
        if let baseText = String(validating: bytes.base, as: UTF8.self),
           let ourText = String(validating: bytes.ours, as: UTF8.self),
           let theirText = String(validating: bytes.theirs, as: UTF8.self) {
            result = try PlanMerge.merge(base: baseText, ours: ourText, theirs: theirText, labels: labels, lineMerge: lineMerge)
            merged = Array(result.text.utf8)
        } else {
            let names = [("base", bytes.base), ("ours", bytes.ours), ("theirs", bytes.theirs)]
                .filter { String(validating: $0.1, as: UTF8.self) == nil }.map(\.0)
            let lines = try lineMerge.merge(bytes: bytes, labels: labels)
            merged = lines.bytes
            result = PlanMergeResult(text: String(decoding: lines.bytes, as: UTF8.self), conflicts: lines.conflicts,
                                     fallbackReason: "\(names.joined(separator: ", ")) is not UTF-8 text")
        }
        try SafeFileWriter.write(FileChange(path: name, url: ours, original: bytes.ours, updated: merged))
        return result
    }
}
