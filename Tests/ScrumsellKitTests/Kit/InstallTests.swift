import Foundation
import Testing
@testable import ScrumsellKit

/// What `scripts/install PREFIX` put into a temporary prefix: the release binary, the man page
/// the argument-parser manual plugin generates, and the three shells' completions, which
/// complete ids from the workspace.
///
/// scripts/test runs the install (reusing its release build) and names the prefix in
/// `SCRUMSELL_INSTALLED_PREFIX`: a test cannot run it, since `swift test` holds the build
/// folder's lock that the install's `swift build` waits for. Without the variable (a bare
/// `swift test`) the install test is skipped.
@Suite("scripts/install")
struct InstallTests {
    static let installed = ProcessInfo.processInfo.environment["SCRUMSELL_INSTALLED_PREFIX"]

    static func run(_ executable: String, _ arguments: [String], in folder: URL = RepositoryPaths.root,
                    environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let outputs = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-install-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outputs) }
        let outURL = outputs.appendingPathComponent("out"), errURL = outputs.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return (process.terminationStatus, try String(contentsOf: outURL, encoding: .utf8), try String(contentsOf: errURL, encoding: .utf8))
    }

    @Test(.enabled(if: installed != nil, "scripts/test runs scripts/install and sets SCRUMSELL_INSTALLED_PREFIX"))
    func installsTheBinaryTheManPageAndTheCompletions() throws {
        let prefix = URL(fileURLWithPath: try #require(Self.installed))
        let files = ["bin/scrumsell", "bin/scrumsell-mcp", "share/man/man1/scrumsell.1", "share/bash-completion/completions/scrumsell",
                     "share/zsh/site-functions/_scrumsell", "share/fish/vendor_completions.d/scrumsell.fish"]
        for file in files {
            #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent(file).path), "\(file) not installed")
        }

        // The binary runs, and is the release build.
        let binary = prefix.appendingPathComponent("bin/scrumsell").path
        #expect(FileManager.default.isExecutableFile(atPath: binary))
        let version = try Self.run(binary, ["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == "0.1.0\n")
        let check = try Self.run(binary, ["check", "-w", "sample-workspace", "--as-of", "2026-11-20"])
        #expect(check.stdout.hasSuffix("0 errors, 4 warnings in 22 files\n"))
        // Self-contained: no Swift runtime library, and no networking (the MCP server, which
        // brings libcurl, is scrumsell-mcp beside it).
        let linked = try Self.run("/usr/bin/ldd", [binary])
        #expect(!linked.stdout.contains("libswift") && !linked.stdout.contains("libcurl") && !linked.stdout.contains("libFoundation"),
                "bin/scrumsell links \(linked.stdout)")

        // The man page is generated from the commands' help: every command is in it.
        let man = try String(contentsOf: prefix.appendingPathComponent("share/man/man1/scrumsell.1"), encoding: .utf8)
        #expect(man.contains(".Dt SCRUMSELL 1"))
        for command in ["check", "touch", "merge", "git-setup", "mcp"] {
            #expect(man.contains(command), "the man page does not name \(command)")
        }
        #expect(man.contains("staged"))
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/man") {
            let rendered = try Self.run("/usr/bin/man", [prefix.appendingPathComponent("share/man/man1/scrumsell.1").path], environment: ["MANPAGER": "cat", "MANWIDTH": "100"])
            #expect(rendered.status == 0, "\(rendered.stderr)")
            #expect(rendered.stdout.contains("scrumsell"))
        }

        // bash: the installed completion, sourced by a real bash, completes ids of the workspace.
        let completion = prefix.appendingPathComponent("share/bash-completion/completions/scrumsell").path
        func complete(_ words: [String], in folder: URL) throws -> [String] {
            let quoted = words.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
            let script = """
                source '\(completion)'
                COMP_WORDS=(\(quoted.joined(separator: " ")))
                COMP_CWORD=\(words.count - 1)
                COMP_LINE="${COMP_WORDS[*]}"
                COMP_POINT=${#COMP_LINE}
                _scrumsell scrumsell "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
                printf '%s\\n' "${COMPREPLY[@]}"
                """
            let run = try Self.run("/bin/bash", ["-c", script], in: folder, environment: ["PATH": prefix.appendingPathComponent("bin").path + ":/usr/bin:/bin"])
            #expect(run.status == 0, "\(run.stderr)")
            return run.stdout.split(separator: "\n").map(String.init)
        }
        let sample = RepositoryPaths.root.appendingPathComponent("sample-workspace")
        #expect(try complete(["scrumsell", "touch", "k"], in: sample.appendingPathComponent("deals")) == ["kade-transport"])
        #expect(try complete(["scrumsell", "board", "--owner", ""], in: sample) == ["amira", "daan", "joost", "lena", "sofia"])
        #expect(try complete(["scrumsell", "board", "2026-s4"], in: sample) == ["2026-s43", "2026-s45", "2026-s47"])
        #expect(try complete(["scrumsell", "item", "done", "-w", sample.path, "logistics"], in: FileManager.default.temporaryDirectory) == ["logistics-fleet"])
        #expect(try complete(["scrumsell", "touch", "k"], in: FileManager.default.temporaryDirectory) == [])

        // zsh and fish: the scripts call back into the binary for the same ids.
        let zsh = try String(contentsOf: prefix.appendingPathComponent("share/zsh/site-functions/_scrumsell"), encoding: .utf8)
        #expect(zsh.hasPrefix("#compdef scrumsell"))
        #expect(zsh.contains("---completion touch -- positional@0"))
        let fish = try String(contentsOf: prefix.appendingPathComponent("share/fish/vendor_completions.d/scrumsell.fish"), encoding: .utf8)
        #expect(fish.contains("---completion"))
        let direct = try Self.run(binary, ["---completion", "standup", "--", "--who", "3", "1", "scrumsell", "standup", "--who", "l"], in: sample)
        #expect(direct.stdout == "lena\n")
    }

    @Test func completionCandidatesReadTheWorkspaceOption() {
        #expect(CompletionCandidates.workspaceArgument(["scrumsell", "touch", "-w", "'my sales'", "x"]) == "my sales")
        #expect(CompletionCandidates.workspaceArgument(["scrumsell", "--workspace=sales", "touch"]) == "sales")
        #expect(CompletionCandidates.workspaceArgument(["scrumsell", "touch", "-w"]) == nil)
        let sample = RepositoryPaths.root.appendingPathComponent("sample-workspace")
        #expect(CompletionCandidates.ids(.stages, words: ["scrumsell"], prefix: "", currentFolder: sample).contains("qualify"))
        #expect(CompletionCandidates.ids(.teams, words: ["scrumsell"], prefix: "", currentFolder: sample).isEmpty == false)
        #expect(CompletionCandidates.ids(.documents, words: ["scrumsell"], prefix: "2026-s47", currentFolder: sample) == ["2026-s47"])
    }
}
