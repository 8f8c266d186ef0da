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
    /// the conflict markers and messages.
    public static func run(base: URL, ours: URL, theirs: URL, path: String?, git: GitCommand) throws -> PlanMergeResult {
        func read(_ url: URL) throws -> (bytes: [UInt8], text: String) {
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw Failure(description: "cannot read \(url.path)")
            }
            let bytes = [UInt8](data)
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw Failure(description: "\(url.path) is not UTF-8 text")
            }
            return (bytes, text)
        }
        let baseText = try read(base).text, ourFile = try read(ours), theirText = try read(theirs).text
        let name = path ?? ours.lastPathComponent
        let labels = MergeLabels(ours: "ours:\(name)", base: "base:\(name)", theirs: "theirs:\(name)")
        let result = try PlanMerge.merge(base: baseText, ours: ourFile.text, theirs: theirText, labels: labels, lineMerge: GitMergeFile(git: git))
        try SafeFileWriter.write(FileChange(path: name, url: ours, original: ourFile.bytes, updated: Array(result.text.utf8)))
        return result
    }
}
