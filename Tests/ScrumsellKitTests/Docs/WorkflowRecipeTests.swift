import Foundation
import Testing
import Yams

/// The files a team copies into its own repository: `.pre-commit-hooks.yaml` and the CI
/// recipes of `examples/ci/`. Each must be valid YAML of the shape its tool reads, and every
/// `scrumsell` command line in it must name a real command with real options.
@Suite("the hook and CI recipes")
struct WorkflowRecipeTests {
    static func yaml(_ path: String) throws -> Any? {
        try Yams.load(yaml: String(contentsOf: RepositoryPaths.root.appendingPathComponent(path), encoding: .utf8))
    }

    /// Every string in a YAML tree.
    static func strings(_ node: Any?) -> [String] {
        switch node {
        case let text as String: return [text]
        case let list as [Any]: return list.flatMap(strings)
        case let map as [String: Any]: return map.keys.sorted().flatMap { strings(map[$0]) }
        default: return []
        }
    }

    /// The `scrumsell …` command lines in shell text (one per line, up to a `;`, `&&`, `|` or `)`).
    static func commandLines(_ texts: [String]) -> [[String]] {
        texts.flatMap { $0.components(separatedBy: "\n") }.compactMap { line -> [String]? in
            guard let range = line.range(of: #"(^|[\s;&|({])scrumsell\s[^;&|)}]*"#, options: .regularExpression) else { return nil }
            let words = line[range].split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            return Array(words.drop { $0 != "scrumsell" })
        }
    }

    /// Fails unless `words` (`scrumsell SUB [--option…]`) names a subcommand and its options.
    static func expectReal(_ words: [String], in file: String) throws {
        let subcommands = try DocumentedExamplesTests.subcommands(["--help"])
        guard words.count >= 2 else { Issue.record("\(file): a bare 'scrumsell'"); return }
        #expect(subcommands.contains(words[1]), "\(file): 'scrumsell \(words[1])' is not a command")
        let help = try Shell.run(DocumentedExamplesTests.binary, [words[1], "--help"], in: RepositoryPaths.root).stdout
        for option in words.dropFirst(2) where option.hasPrefix("-") {
            #expect(help.contains(option), "\(file): 'scrumsell \(words[1])' has no option \(option)")
        }
    }

    @Test func thePreCommitHookIsTheStagedCheck() throws {
        let hooks = try #require(try Self.yaml(".pre-commit-hooks.yaml") as? [[String: Any]])
        #expect(hooks.count == 1)
        let hook = try #require(hooks.first)
        #expect(hook["id"] as? String == "scrumsell-check")
        #expect(hook["language"] as? String == "system")
        #expect(hook["pass_filenames"] as? Bool == false)
        let entry = try #require(hook["entry"] as? String)
        #expect(entry == "scrumsell check --staged")
        try Self.expectReal(entry.split(separator: " ").map(String.init), in: ".pre-commit-hooks.yaml")
        let files = try #require(hook["files"] as? String)
        for path in ["deals/acme.md", "sales/sprints/2026-s47.md", "scrumsell.yml"] {
            #expect(path.range(of: files, options: .regularExpression) != nil, "\(files) misses \(path)")
        }
        #expect("README.md".range(of: files, options: .regularExpression) == nil)
    }

    @Test func theGitHubActionsRecipeChecksEveryPushAndBuildsOnMondays() throws {
        let file = "examples/ci/github-actions.yml"
        let workflow = try #require(try Self.yaml(file) as? [String: Any])
        // YAML 1.1 reads a bare `on` as true; Yams keeps it a string key.
        let on = try #require(workflow["on"] as? [String: Any])
        #expect(on.keys.contains("push") && on.keys.contains("pull_request"))
        let schedule = try #require(on["schedule"] as? [[String: Any]])
        #expect(schedule.first?["cron"] as? String == "0 7 * * 1")
        let jobs = try #require(workflow["jobs"] as? [String: Any])
        #expect(Set(jobs.keys) == ["check", "weekly", "pages"])
        for (name, job) in jobs {
            let job = try #require(job as? [String: Any])
            #expect(job["runs-on"] as? String == "ubuntu-latest", "\(name)")
            let steps = try #require(job["steps"] as? [[String: Any]])
            #expect(steps.allSatisfy { $0["run"] != nil || $0["uses"] != nil }, "\(name): a step that neither runs nor uses")
        }
        let runs = Self.commandLines(Self.strings(workflow))
        #expect(runs.map { $0.prefix(2).joined(separator: " ") }.sorted() == ["scrumsell build", "scrumsell check"])
        for words in runs { try Self.expectReal(words, in: file) }
        let text = try String(contentsOf: RepositoryPaths.root.appendingPathComponent(file), encoding: .utf8)
        #expect(text.contains("path: reports/html"))
        #expect(text.contains("git add reports"))
        #expect(text.contains("scripts/install"))
    }

    @Test func theGitLabRecipeChecksAndPublishesPages() throws {
        let file = "examples/ci/gitlab-ci.yml"
        let pipeline = try #require(try Self.yaml(file) as? [String: Any])
        let check = try #require(pipeline["check"] as? [String: Any])
        #expect(check["script"] as? [String] == ["scrumsell check"])
        let pages = try #require(pipeline["pages"] as? [String: Any])
        let script = try #require(pages["script"] as? [String])
        #expect(script.first == "scrumsell build")
        #expect(script.contains("rm -rf public && cp -r reports/html public"))
        #expect((pages["artifacts"] as? [String: Any])?["paths"] as? [String] == ["public"])
        #expect(Self.strings(pages["rules"]).contains { $0.contains(#"$CI_PIPELINE_SOURCE == "schedule""#) })
        let runs = Self.commandLines(Self.strings(pipeline))
        #expect(runs.map { $0.prefix(2).joined(separator: " ") }.sorted() == ["scrumsell build", "scrumsell check"])
        for words in runs { try Self.expectReal(words, in: file) }
    }

    @Test func theCommandLinesAreFound() {
        #expect(Self.commandLines(["x && scrumsell check --staged -w sales; echo", "  scrumsell build", "notscrumsell x"])
                == [["scrumsell", "check", "--staged", "-w", "sales"], ["scrumsell", "build"]])
    }
}
