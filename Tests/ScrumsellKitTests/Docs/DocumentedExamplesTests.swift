import Foundation
import Testing

/// Keeps the manual true: every `console` example of README.md and docs/ is run with the built
/// `scrumsell` and must print exactly what the page shows; every command has its page; every
/// relative link resolves; the README stays a front door (under 12 KB).
///
/// An example is a fenced block whose info string is `console` (docs/README.md, "Examples"):
/// lines starting `$ ` are commands, the lines up to the next command are its output (standard
/// output, then standard error). Each block runs in a new temporary folder holding a fresh copy
/// of `sample-workspace/` (outside any git repository), so editing examples change only the
/// copy and one block's commands see the edits of the commands before them. Commands:
/// `scrumsell ARGS… [> FILE]`, `echo $?` (the exit status of the command before; without it,
/// a command must exit 0), `cat FILE`, `cp FILE FILE` and `mkdir -p DIR`.
///
/// `SCRUMSELL_UPDATE_DOCS=1 swift test --filter DocumentedExamplesTests` writes the real
/// outputs into the pages instead of comparing; review the diff.
@Suite("documented examples")
struct DocumentedExamplesTests {
    /// The package root, found from this file (Tests/ScrumsellKitTests/Docs/).
    static let root = RepositoryPaths.root

    /// The `scrumsell` the test build made, beside the test bundle (`.build/debug/`).
    static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("scrumsell")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return root.appendingPathComponent(".build/debug/scrumsell")
    }()

    static let updating = ProcessInfo.processInfo.environment["SCRUMSELL_UPDATE_DOCS"] == "1"

    /// README.md and every Markdown file under docs/, as paths from the root.
    static let pages: [String] = {
        var pages = ["README.md"]
        let docs = root.appendingPathComponent("docs")
        if let walker = FileManager.default.enumerator(atPath: docs.path) {
            for case let path as String in walker where path.hasSuffix(".md") {
                pages.append("docs/" + path)
            }
        }
        return pages.sorted()
    }()

    // MARK: The examples

    @Test("every console example prints what its page shows", arguments: pages)
    func examplesRun(page: String) throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the package first: \(Self.binary.path)")
        let url = Self.root.appendingPathComponent(page)
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        let blocks = Markdown.fencedBlocks(lines).filter { $0.info == "console" }
        var changed = false
        // From the last block up, so that rewriting one keeps the line numbers of those above.
        for block in blocks.reversed() {
            let example = try Example(block, page: page)
            let runs = try example.run()
            if Self.updating {
                let rewritten = example.transcript(with: runs)
                if rewritten != block.body {
                    lines.replaceSubrange(block.bodyLines, with: rewritten)
                    changed = true
                }
                continue
            }
            for (step, run) in zip(example.steps, runs) {
                let where_ = "\(page):\(step.line)"
                if step.command.hasPrefix("scrumsell "), step.command.contains("--as-of") {
                    expectTrue((step.command.contains("--as-of 2026-11-20")), "\(where_): examples count 2026-11-20 as today, the sample's week")
                }
                #expect(run.output.withoutTrailingNewlines == step.expected.withoutTrailingNewlines,
                        "\(where_): `\(step.command)` printed something else:\n\(run.output)")
                if let status = step.expectedStatus {
                    #expect(run.status == status, "\(where_): `\(step.command)` exited \(run.status), the page says \(status)")
                } else {
                    #expect(run.status == 0, "\(where_): `\(step.command)` exited \(run.status); a page that shows a failure says so with `$ echo $?`")
                }
            }
        }
        if changed {
            try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        }
    }

    @Test func theDocumentedExamplesAreFound() throws {
        var count = 0
        for page in Self.pages {
            let text = try String(contentsOf: Self.root.appendingPathComponent(page), encoding: .utf8)
            count += Markdown.fencedBlocks(text.components(separatedBy: "\n")).filter { $0.info == "console" }.count
        }
        #expect(count >= 30, "only \(count) console examples found in README.md and docs/")
    }

    @Test func theExampleSyntaxIsRead() throws {
        #expect(try Shell.words(#"scrumsell touch vandam-dairy "Ingrid: it's \"on\"" 'a  b' c\ d"#)
                == ["scrumsell", "touch", "vandam-dairy", #"Ingrid: it's "on""#, "a  b", "c d"])
        let lines = ["text", "````console", "$ scrumsell check", "```", "inner", "```", "", "$ echo $?", "0", "````", "after"]
        let blocks = Markdown.fencedBlocks(lines)
        #expect(blocks.count == 1)
        #expect(blocks.first?.info == "console")
        #expect(blocks.first?.bodyLines == 2..<9)
        let example = try Example(try #require(blocks.first), page: "test.md")
        #expect(example.steps.map(\.command) == ["scrumsell check"])
        #expect(example.steps.first?.expected.withoutTrailingNewlines == "```\ninner\n```")
        #expect(example.steps.first?.expectedStatus == 0)
    }

    // MARK: Every command has its page

    /// The subcommands `scrumsell --help` (or `scrumsell help GROUP`) lists.
    static func subcommands(_ arguments: [String]) throws -> [String] {
        let run = try Shell.run(Self.binary, arguments, in: Self.root)
        var names: [String] = []
        var inList = false
        for line in run.stdout.components(separatedBy: "\n") {
            if line == "SUBCOMMANDS:" { inList = true; continue }
            guard inList else { continue }
            if line.hasPrefix("  See ") { break }
            // A name stands two spaces in; a wrapped description stands deeper.
            if line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first {
                names.append(String(name))
            }
        }
        return names
    }

    @Test func everyCommandHasItsPage() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the package first: \(Self.binary.path)")
        let commands = try Self.subcommands(["--help"])
        #expect(commands.count >= 15, "scrumsell --help lists \(commands)")
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let index = try String(contentsOf: Self.root.appendingPathComponent("docs/README.md"), encoding: .utf8)
        for command in commands {
            let path = "docs/commands/\(command).md"
            let url = Self.root.appendingPathComponent(path)
            guard let page = try? String(contentsOf: url, encoding: .utf8) else {
                Issue.record("`scrumsell \(command)` has no page: \(path)")
                continue
            }
            expectTrue((page.hasPrefix("# scrumsell \(command)")), "\(path) starts with its title, # scrumsell \(command)")
            for part in ["## Synopsis", "## Options", "## Exit status", "## Examples"] {
                expectTrue((page.contains("\n\(part)\n")), "\(path) has no \(part) section")
            }
            let examples = Markdown.fencedBlocks(page.components(separatedBy: "\n")).filter { $0.info == "console" }
            #expect(examples.contains { $0.body.contains { $0.hasPrefix("$ scrumsell \(command)") } },
                    "\(path) has no console example of `scrumsell \(command)`")
            expectTrue((readme.contains("(docs/commands/\(command).md)")), "README.md does not link to \(path)")
            expectTrue((index.contains("(commands/\(command).md)")), "docs/README.md does not link to \(path)")
            // A group's subcommands share its page.
            for subcommand in try Self.subcommands(["help", command]) {
                expectTrue((page.contains("scrumsell \(command) \(subcommand)")), "\(path) does not describe `scrumsell \(command) \(subcommand)`")
            }
        }
        // And no page for a command that is gone.
        let folder = Self.root.appendingPathComponent("docs/commands")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".md") {
            #expect(commands.contains(String(file.dropLast(3))), "docs/commands/\(file) names no command of scrumsell --help")
        }
    }

    // MARK: The README is a front door

    @Test func theReadmeIsShortAndLinksEveryPage() throws {
        let readme = try Data(contentsOf: Self.root.appendingPathComponent("README.md"))
        #expect(readme.count < 12_000, "README.md is \(readme.count) bytes; the manual belongs in docs/")
        let text = String(decoding: readme, as: UTF8.self)
        for page in Self.pages where page.hasPrefix("docs/") {
            expectTrue((text.contains("(\(page))") || text.contains("(\(page)#")), "README.md does not link to \(page)")
        }
    }

    @Test func theQuickStartIsTheTwoScripts() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "## Quick start"), "README.md has a ## Quick start")
        let end = lines[(start + 1)...].firstIndex { $0.hasPrefix("## ") } ?? lines.endIndex
        let commands = Markdown.fencedBlocks(Array(lines[start..<end])).filter { $0.info == "sh" }
            .flatMap(\.body).map { $0.split(separator: "#").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" }
            .filter { !$0.isEmpty }
        #expect(commands == ["scripts/demo", "scripts/test"])
    }

    // MARK: Links

    @Test("every relative link resolves, anchors included", arguments: pages)
    func linksResolve(page: String) throws {
        let url = Self.root.appendingPathComponent(page)
        let text = try String(contentsOf: url, encoding: .utf8)
        for target in Markdown.links(in: text.components(separatedBy: "\n")) {
            if target.contains("://") || target.hasPrefix("mailto:") { continue }
            let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let file = parts[0].isEmpty ? url : url.deletingLastPathComponent().appendingPathComponent(parts[0]).standardizedFileURL
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder) else {
                Issue.record("\(page): the link (\(target)) names no file")
                continue
            }
            guard parts.count == 2, !isFolder.boolValue, file.pathExtension == "md" else { continue }
            let anchors = Markdown.anchors(in: (try String(contentsOf: file, encoding: .utf8)).components(separatedBy: "\n"))
            #expect(anchors.contains(parts[1]), "\(page): the link (\(target)) names no heading of \(file.lastPathComponent)")
        }
    }

    // MARK: What the manual says of the files

    /// Every key the sample workspace writes is in docs/format.md, and every rule of `check`
    /// (one fixture each) is in docs/commands/check.md.
    @Test func theFormatAndTheRulesAreDocumented() throws {
        let format = try String(contentsOf: Self.root.appendingPathComponent("docs/format.md"), encoding: .utf8)
        let sample = Self.root.appendingPathComponent("sample-workspace")
        var keys: Set<String> = []
        let walker = try #require(FileManager.default.enumerator(atPath: sample.path))
        for case let path as String in walker where !path.hasPrefix("reports/") && path != "STORY.md" && (path.hasSuffix(".md") || path.hasSuffix(".yml")) {
            let text = try String(contentsOf: sample.appendingPathComponent(path), encoding: .utf8)
            var lines = text.components(separatedBy: "\n")[...]
            if path.hasSuffix(".md") {
                guard lines.first == "---" else { continue }
                lines = lines.dropFirst().prefix { $0 != "---" }
            }
            for line in lines {
                // Top-level keys, and the keys of list entries (`- id: …`, `{id: …, name: …}`).
                for match in line.matches(of: /(?:^\s*(?:- )?|[{,]\s*)([a-z_]+):(?:\s|$)/) {
                    keys.insert(String(match.1))
                }
            }
        }
        #expect(keys.count > 30)
        for key in keys.sorted() {
            expectTrue((format.contains("`\(key)`")), "docs/format.md does not describe the key `\(key)` the sample workspace uses")
        }
        let check = try String(contentsOf: Self.root.appendingPathComponent("docs/commands/check.md"), encoding: .utf8)
        let fixtures = Self.root.appendingPathComponent("Tests/ScrumsellKitTests/Fixtures/errors")
        for code in try FileManager.default.contentsOfDirectory(atPath: fixtures.path) {
            expectTrue((check.contains("`\(code)`")), "docs/commands/check.md does not describe the rule \(code)")
        }
    }

    /// A block after `<!-- excerpt of PATH -->` is lines of that file, in order and together:
    /// how a page shows output that no example on the sample can (a git history).
    @Test("every excerpt is still in its file", arguments: pages)
    func excerptsAreTrue(page: String) throws {
        let lines = try String(contentsOf: Self.root.appendingPathComponent(page), encoding: .utf8).components(separatedBy: "\n")
        for block in Markdown.fencedBlocks(lines) {
            guard let marker = lines[..<block.bodyLines.lowerBound].dropLast().last(where: { !$0.isEmpty }),
                  let match = marker.wholeMatch(of: /<!-- excerpt of (\S+) -->/) else { continue }
            let source = try String(contentsOf: Self.root.appendingPathComponent(String(match.1)), encoding: .utf8)
            expectTrue((source.contains(block.body.joined(separator: "\n"))), "\(page): the excerpt of \(match.1) is no longer in it")
        }
    }
}

/// `#expect` on a condition computed first, so that a failure prints its message rather than a
/// whole page.
func expectTrue(_ condition: Bool, _ comment: @autoclosure () -> Comment, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(condition, comment(), sourceLocation: sourceLocation)
}

// MARK: - Reading the pages

/// A fenced code block of a Markdown page.
struct FencedBlock {
    var info: String
    /// The lines between the fences (indices into the page's lines).
    var bodyLines: Range<Int>
    var body: [String]
}

enum Markdown {
    /// The fenced code blocks of a page (``` or ~~~, three or more, closed by a fence at least as long).
    static func fencedBlocks(_ lines: [String]) -> [FencedBlock] {
        var blocks: [FencedBlock] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            guard let fence = openingFence(line) else { index += 1; continue }
            let info = line.dropFirst(fence.count).trimmingCharacters(in: .whitespaces)
            var end = index + 1
            while end < lines.count, !isClosing(lines[end], fence) { end += 1 }
            blocks.append(FencedBlock(info: info, bodyLines: (index + 1)..<end, body: Array(lines[(index + 1)..<min(end, lines.count)])))
            index = end + 1
        }
        return blocks
    }

    static func openingFence(_ line: String) -> String? {
        for mark in ["`", "~"] {
            let run = line.prefix { String($0) == mark }
            if run.count >= 3 { return String(run) }
        }
        return nil
    }

    static func isClosing(_ line: String, _ fence: String) -> Bool {
        let run = line.prefix { $0 == fence.first }
        return run.count >= fence.count && line.dropFirst(run.count).allSatisfy { $0 == " " }
    }

    /// The targets of the inline links `[text](target)` outside code blocks and code spans.
    static func links(in lines: [String]) -> [String] {
        var code = Set<Int>()
        for block in fencedBlocks(lines) { code.formUnion((block.bodyLines.lowerBound - 1)...block.bodyLines.upperBound) }
        var targets: [String] = []
        for (number, line) in lines.enumerated() where !code.contains(number) {
            let prose = line.replacing(/`[^`]*`/, with: "")
            for match in prose.matches(of: /\]\(([^)\s]+)\)/) {
                targets.append(String(match.1))
            }
        }
        return targets
    }

    /// GitHub's anchors of a page's headings: lower case, punctuation dropped, spaces to hyphens,
    /// `-1`, `-2`… for repeats.
    static func anchors(in lines: [String]) -> Set<String> {
        var code = Set<Int>()
        for block in fencedBlocks(lines) { code.formUnion((block.bodyLines.lowerBound - 1)...block.bodyLines.upperBound) }
        var seen: [String: Int] = [:]
        var anchors = Set<String>()
        for (number, line) in lines.enumerated() where !code.contains(number) {
            guard let match = line.wholeMatch(of: /#{1,6} +(.*?) *#* */) else { continue }
            var slug = ""
            for character in match.1.lowercased() {
                if character.isLetter || character.isNumber || character == "-" || character == "_" { slug.append(character) }
                else if character == " " { slug.append("-") }
            }
            let repeats = seen[slug, default: 0]
            seen[slug] = repeats + 1
            anchors.insert(repeats == 0 ? slug : "\(slug)-\(repeats)")
        }
        return anchors
    }
}

// MARK: - Running an example

/// One `console` block: its commands, each with the output the page shows.
struct Example {
    struct Step {
        /// The command after `$ `.
        var command: String
        /// Its line in the page (1-based).
        var line: Int
        /// The output shown under it, lines joined with newlines.
        var expected: String
        /// The status shown by an `$ echo $?` right after it.
        var expectedStatus: Int32?
    }

    struct Run {
        var output: String
        var status: Int32
    }

    var page: String
    var steps: [Step] = []

    init(_ block: FencedBlock, page: String) throws {
        self.page = page
        var current: Step?
        var echoing = false
        for (offset, line) in block.body.enumerated() {
            let number = block.bodyLines.lowerBound + offset + 1
            if line.hasPrefix("$ ") {
                let command = String(line.dropFirst(2))
                if command == "echo $?" {
                    guard current != nil else { throw ExampleError("\(page):\(number): `echo $?` follows no command") }
                    echoing = true
                    continue
                }
                if let step = current { steps.append(step) }
                current = Step(command: command, line: number, expected: "")
                echoing = false
            } else if echoing {
                if line.isEmpty { continue }
                guard let status = Int32(line) else { throw ExampleError("\(page):\(number): `echo $?` shows '\(line)', not a status") }
                current?.expectedStatus = status
            } else if current != nil {
                current!.expected += line + "\n"
            } else if !line.isEmpty {
                throw ExampleError("\(page):\(number): a console block starts with a `$ ` command")
            }
        }
        if let step = current { steps.append(step) }
        if steps.isEmpty { throw ExampleError("\(page):\(block.bodyLines.lowerBound): a console block with no command") }
    }

    /// Runs the steps in a new folder holding a copy of sample-workspace/.
    func run() throws -> [Run] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-docs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: DocumentedExamplesTests.root.appendingPathComponent("sample-workspace"),
                                         to: folder.appendingPathComponent("sample-workspace"))
        var runs: [Run] = []
        for step in steps {
            var words = try Shell.words(step.command)
            var redirect: String?
            if words.count >= 2, words[words.count - 2] == ">" {
                redirect = words.removeLast()
                words.removeLast()
            }
            let where_ = "\(page):\(step.line)"
            switch words.first {
            case "scrumsell":
                let run = try Shell.run(DocumentedExamplesTests.binary, Array(words.dropFirst()), in: folder)
                if let redirect {
                    try Data(run.stdout.utf8).write(to: folder.appendingPathComponent(redirect))
                    runs.append(Run(output: run.stderr, status: run.status))
                } else {
                    runs.append(Run(output: run.stdout + run.stderr, status: run.status))
                }
            case "cat" where words.count == 2 && redirect == nil:
                let text = try String(contentsOf: folder.appendingPathComponent(words[1]), encoding: .utf8)
                runs.append(Run(output: text, status: 0))
            case "cp" where words.count == 3 && redirect == nil:
                let target = folder.appendingPathComponent(words[2])
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.copyItem(at: folder.appendingPathComponent(words[1]), to: target)
                runs.append(Run(output: "", status: 0))
            case "mkdir" where words.count == 3 && words[1] == "-p" && redirect == nil:
                try FileManager.default.createDirectory(at: folder.appendingPathComponent(words[2]), withIntermediateDirectories: true)
                runs.append(Run(output: "", status: 0))
            default:
                throw ExampleError("\(where_): `\(step.command)`: an example runs scrumsell, echo $?, cat FILE, cp FILE FILE or mkdir -p DIR")
            }
        }
        return runs
    }

    /// The block's lines with the outputs and statuses of `runs` (SCRUMSELL_UPDATE_DOCS).
    func transcript(with runs: [Run]) -> [String] {
        var lines: [String] = []
        for (step, run) in zip(steps, runs) {
            lines.append("$ " + step.command)
            let output = run.output.withoutTrailingNewlines
            if !output.isEmpty { lines += output.components(separatedBy: "\n") }
            if step.expectedStatus != nil || run.status != 0 {
                lines += ["$ echo $?", String(run.status)]
            }
        }
        return lines
    }
}

struct ExampleError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

enum Shell {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// A command line split as a POSIX shell splits it: blanks between words, '…' literal,
    /// "…" with \" and \\, a backslash outside quotes escaping the next character.
    static func words(_ line: String) throws -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var characters = Array(line)[...]
        while let character = characters.popFirst() {
            switch character {
            case " ", "\t":
                if inWord { words.append(word); word = ""; inWord = false }
            case "'":
                inWord = true
                guard let close = characters.firstIndex(of: "'") else { throw ExampleError("unclosed ' in \(line)") }
                word += String(characters[..<close])
                characters = characters[(close + 1)...]
            case "\"":
                inWord = true
                var closed = false
                while let next = characters.popFirst() {
                    if next == "\"" { closed = true; break }
                    if next == "\\", let escaped = characters.first, escaped == "\"" || escaped == "\\" || escaped == "$" {
                        word.append(escaped)
                        characters = characters.dropFirst()
                    } else {
                        word.append(next)
                    }
                }
                if !closed { throw ExampleError("unclosed \" in \(line)") }
            case "\\":
                inWord = true
                if let next = characters.popFirst() { word.append(next) }
            default:
                inWord = true
                word.append(character)
            }
        }
        if inWord { words.append(word) }
        return words
    }

    static func run(_ executable: URL, _ arguments: [String], in folder: URL) throws -> Output {
        // Both streams to files, so that the child never waits for a full pipe.
        let outputs = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-docs-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outputs) }
        let outURL = outputs.appendingPathComponent("stdout"), errURL = outputs.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = out
        process.standardError = err
        // No input: `scrumsell mcp` serves until its input ends.
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}

extension String {
    fileprivate var withoutTrailingNewlines: String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
