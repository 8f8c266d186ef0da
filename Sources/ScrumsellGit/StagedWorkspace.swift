import Foundation
import ScrumsellRead

/// The workspace as git's index holds it — what the next commit would record — copied into a
/// temporary folder with the same layout, so the ordinary reader checks it and every
/// diagnostic keeps the file's real path (relative to the workspace). What `check --staged`
/// and the pre-commit hook read.
///
/// Only the files a workspace reads are copied (`scrumsell.yml` and the document folders);
/// links are copied as links; a path with a merge conflict still in the index is left out
/// (git will not commit it either).
public final class StagedWorkspace: Sendable {
    /// The temporary folder standing for the workspace root.
    public let root: URL
    /// How many files were copied.
    public let fileCount: Int

    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Copies the staged files of the workspace at `workspace` out of the index.
    public init(workspace: URL, git: GitCommand) throws(Failure) {
        let listing: GitCommand.Output
        do {
            listing = try git.run(["ls-files", "--stage", "-z", "--"] + StagedWorkspace.readPaths, in: workspace)
        } catch {
            throw Failure(description: "git could not be run: \(error.description)")
        }
        guard listing.succeeded else {
            throw Failure(description: "\(workspace.path) is not in a git repository (\(listing.reason)); --staged reads git's index")
        }
        let entries = StagedWorkspace.entries(listing.stdout)
        guard entries.contains(where: { $0.path == "scrumsell.yml" }) else {
            throw Failure(description: "scrumsell.yml is not staged (git add scrumsell.yml): --staged checks what the next commit records")
        }
        let contents: [String: [UInt8]]
        do {
            contents = try GitBlobReader.read(Array(Set(entries.map(\.blob))).sorted(), in: workspace, git: git, processes: 1)
        } catch {
            throw Failure(description: error.note)
        }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-staged-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            for entry in entries {
                guard let bytes = contents[entry.blob] else { throw Failure(description: "git's index names \(entry.path), whose content git cannot read") }
                let url = root.appendingPathComponent(entry.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                if entry.isLink {
                    try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: String(decoding: bytes, as: UTF8.self))
                } else if !FileManager.default.createFile(atPath: url.path, contents: Data(bytes)) {
                    throw Failure(description: "cannot write \(url.path)")
                }
            }
        } catch let failure as Failure {
            try? FileManager.default.removeItem(at: root)
            throw failure
        } catch {
            try? FileManager.default.removeItem(at: root)
            throw Failure(description: "cannot copy the staged files to \(root.path): \(error.localizedDescription)")
        }
        self.root = root
        fileCount = entries.count
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// What the workspace reader reads, as pathspecs.
    static let readPaths = ["scrumsell.yml"] + [DocumentKind.deal, .campaign, .sprint, .objective].map(\.folder)

    package struct Entry: Equatable {
        package var path: String
        package var blob: String
        package var isLink: Bool

        package init(path: String, blob: String, isLink: Bool) {
            self.path = path
            self.blob = blob
            self.isLink = isLink
        }
    }

    /// `git ls-files --stage -z` output (`MODE BLOB STAGE\tPATH\0` each): regular files and links
    /// at stage 0; a path holding `..` or starting `/` is never written.
    package static func entries(_ bytes: [UInt8]) -> [Entry] {
        bytes.split(separator: 0).compactMap { record in
            guard let tab = record.firstIndex(of: 0x09) else { return nil }
            let fields = record[..<tab].split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
            let path = String(decoding: record[(tab + 1)...], as: UTF8.self)
            guard fields.count == 3, fields[2] == "0", fields[0] == "100644" || fields[0] == "100755" || fields[0] == "120000",
                  !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else { return nil }
            return Entry(path: path, blob: fields[1], isLink: fields[0] == "120000")
        }
    }
}
