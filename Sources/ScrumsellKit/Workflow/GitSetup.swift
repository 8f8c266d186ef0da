import Foundation
import ScrumsellEdit
import ScrumsellGit

/// What `scrumsell git-setup` does to the repository holding a workspace: `.gitattributes`
/// lines sending the plan files to the `scrumsell` merge driver, the driver's entry in the
/// repository's git config, and (asked for) a pre-commit hook running `check --staged`.
public enum GitSetup {
    /// The plan folders whose Markdown files the driver merges.
    public static let planFolders = ["deals", "campaigns", "sprints", "objectives"]

    /// The `.gitattributes` lines, for the workspace folder (files in subfolders count too).
    public static let attributeLines = planFolders.flatMap { ["\($0)/*.md merge=scrumsell", "\($0)/**/*.md merge=scrumsell"] }

    /// The driver's command as git runs it (gitattributes(5): %O base, %A ours, %B theirs, %P path).
    public static let driverCommand = "scrumsell merge %O %A %B %P"

    /// The first line of the hook the setup writes, which says it is ours to replace.
    public static let hookMarker = "# Installed by scrumsell git-setup --hooks"

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Sets the repository holding `workspace` up; returns one line per thing written.
    public static func run(workspace: URL, hooks: Bool, git: GitCommand) throws -> [String] {
        var said: [String] = []
        let info = try git.run(["rev-parse", "--show-toplevel", "--show-prefix", "--git-path", "hooks"], in: workspace)
        guard info.succeeded else { throw Failure(description: "the workspace is not in a git repository (\(info.reason)); run 'git init' first") }
        let lines = info.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count >= 3, !lines[0].isEmpty else { throw Failure(description: "the workspace has no git working tree") }
        let prefix = lines[1]

        let attributes = workspace.appendingPathComponent(".gitattributes")
        let existing = FileManager.default.contents(atPath: attributes.path).map { [UInt8]($0) }
        let existingText = existing.map { String(decoding: $0, as: UTF8.self) } ?? ""
        let present = Set(existingText.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        let missing = attributeLines.filter { !present.contains($0) }
        if missing.isEmpty {
            said.append("\(prefix).gitattributes: already sends the plan files to the scrumsell merge driver")
        } else {
            var text = existingText
            if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
            text += missing.joined(separator: "\n") + "\n"
            try SafeFileWriter.write(FileChange(path: ".gitattributes", url: attributes, original: existing, updated: Array(text.utf8)))
            said += missing.map { "\(prefix).gitattributes: \($0)" }
        }

        for (key, value) in [("merge.scrumsell.name", "scrumsell: plans merged key by key and item by item"),
                             ("merge.scrumsell.driver", driverCommand)] {
            let set = try git.run(["config", "--local", key, value], in: workspace)
            guard set.succeeded else { throw Failure(description: "git config \(key): \(set.reason)") }
            said.append(".git/config: \(key) = \(value)")
        }

        if hooks {
            let folder = URL(fileURLWithPath: lines[2], relativeTo: workspace).standardizedFileURL
            let hook = folder.appendingPathComponent("pre-commit")
            let script = hookScript(workspacePrefix: prefix)
            let current = FileManager.default.contents(atPath: hook.path).map { [UInt8]($0) }
            if let current, !String(decoding: current, as: UTF8.self).contains(hookMarker) {
                throw Failure(description: "\(hook.path) exists and was not written by scrumsell; add 'scrumsell check --staged' to it yourself")
            }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try SafeFileWriter.write(FileChange(path: hook.path, url: hook, original: current, updated: Array(script.utf8)))
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)
            said.append("\(lines[2])/pre-commit: runs scrumsell check --staged")
        }
        return said
    }

    /// The pre-commit hook: checks the files as they are staged; a failing check stops the commit.
    static func hookScript(workspacePrefix prefix: String) -> String {
        let folder = prefix.isEmpty ? "." : String(prefix.dropLast())
        let quoted = "'" + folder.replacingOccurrences(of: "'", with: "'\\''") + "'"
        return """
            #!/bin/sh
            \(hookMarker)
            # Checks the plan files as they are staged; a failing check stops the commit
            # (git commit --no-verify skips it).
            exec scrumsell check --staged -w \(quoted)

            """
    }
}
