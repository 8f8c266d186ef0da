import ArgumentParser
import Foundation
import ScrumsellKit

/// `scrumsell merge BASE OURS THEIRS [PATH]`: git's merge driver for plan files.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge three versions of a plan file as git's merge driver: the result replaces OURS.",
        discussion: "git runs it as 'scrumsell merge %O %A %B %P' (set up by 'scrumsell git-setup'). Front-matter merges key by key, '## Log' lines and items one by one, the daily scrum day by day; the rest line by line with 'git merge-file'. Exits 0 when merged cleanly, 1 when a conflict is left (marked in OURS)."
    )

    @Argument(help: ArgumentHelp("The common ancestor's version (git's %O).", valueName: "base")) var base: String
    @Argument(help: ArgumentHelp("Our version, replaced by the result (git's %A).", valueName: "ours")) var ours: String
    @Argument(help: ArgumentHelp("Their version (git's %B).", valueName: "theirs")) var theirs: String
    @Argument(help: ArgumentHelp("The file's path in the repository (git's %P), for messages and markers.", valueName: "path")) var path: String?

    func run() throws {
        guard let git = GitCommand.onPath() else { throw CommandFailure.usage("git is not on PATH") }
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        func url(_ path: String) -> URL { URL(fileURLWithPath: path, relativeTo: here).standardizedFileURL }
        let result: PlanMergeResult
        do {
            result = try MergeDriver.run(base: url(base), ours: url(ours), theirs: url(theirs), path: path, git: git)
        } catch {
            throw CommandFailure.usage("\(error)")
        }
        let name = path ?? ours
        if let reason = result.fallbackReason {
            FileHandle.standardError.write(Data("scrumsell merge: \(name): \(reason); merged line by line with git merge-file\n".utf8))
        }
        if result.conflicts > 0 {
            let count = result.conflicts == 1 ? "1 conflict" : "\(result.conflicts) conflicts"
            FileHandle.standardError.write(Data("scrumsell merge: \(name): \(count) left, marked in the file\n".utf8))
            throw ExitCode(1)
        }
    }
}
