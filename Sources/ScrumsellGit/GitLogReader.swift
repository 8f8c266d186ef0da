import Foundation
import ScrumsellBase

/// The single `git log` pass over the workspace: every commit of the current branch's
/// first-parent line that changed a file, newest first, with `--raw` file changes.
///
/// The first-parent line is the branch as it was checked out, a straight sequence of
/// states: a change merged in from another branch is dated by its merge.
package enum GitLogReader {
    /// Below this many commits one `git log` is as quick as several.
    package static let commitsPerProcess = 2_000

    /// The `git log` processes to share the log of `paths` between: one per core (at most
    /// four) for the whole repository, one when limited to paths.
    ///
    /// Even with a core busy with someone else's work two gits are quicker than one: the
    /// scheduler shares the cores between tasks, so two of them get more of the machine.
    static func processes(paths: [String]) -> Int {
        paths.isEmpty ? min(ProcessInfo.processInfo.activeProcessorCount, 4) : 1
    }

    /// The log entries of the first-parent line, newest first, limited to `paths` (from the
    /// repository's top) when given, read by up to `processes` gits.
    ///
    /// Comparing each commit's trees is git's work and most of the pass's cost, so without
    /// paths it is shared between the cores: on two, the log is read from both ends at once
    /// (`readFromBothEnds`); on more, a long history is listed first (`git rev-list`, cheap)
    /// and its commits are split over one `git log --no-walk` per core. Either way the
    /// entries, in order, are what one `git log` would print.
    package static func read(in directory: URL, paths: [String], git: GitCommand, processes: Int,
                     commitsPerProcess: Int = commitsPerProcess) throws(HistoryUnavailable) -> [GitLogEntry] {
        guard paths.isEmpty, processes > 1 else { return parse(try run(git, arguments(paths: paths), in: directory)) }
        if processes == 2 { return try readFromBothEnds(in: directory, git: git) }
        let commits = try run(git, ["rev-list", "--first-parent", "HEAD"], in: directory).split(separator: 0x0A)
        guard commits.count >= commitsPerProcess * 2 else { return parse(try run(git, arguments(paths: paths), in: directory)) }
        let chunks = (0..<processes).map { part in
            commits[(commits.count * part / processes)..<(commits.count * (part + 1) / processes)].reduce(into: [UInt8]()) {
                $0 += $1
                $0.append(0x0A)
            }
        }
        let logs = chunks.parallelMap { input -> Result<[GitLogEntry], HistoryUnavailable> in
            Result { () throws(HistoryUnavailable) in parse(try run(git, stdinArguments, in: directory, input: input)) }
        }
        var entries: [GitLogEntry] = []
        for log in logs { entries += try log.get() }
        return entries
    }

    private static func run(_ git: GitCommand, _ arguments: [String], in directory: URL, input: [UInt8]? = nil) throws(HistoryUnavailable) -> ArraySlice<UInt8> {
        let output: GitCommand.Output
        do {
            output = try git.run(arguments, in: directory, input: input)
        } catch {
            throw .gitMissing
        }
        guard output.succeeded else { throw .gitFailed(output.reason) }
        return output.stdout[...]
    }

    /// `git log` for the commits given on standard input, each against its first parent.
    static let stdinArguments = ["log", "--stdin", "--no-walk=unsorted", "--diff-merges=first-parent", "--root", "--raw", "-z", "-M",
                                 "--no-abbrev", "--no-color", "--no-ext-diff", "--no-relative", "--format=" + format]

    /// Record separator, then NUL-separated fields: id, parents, committer day, author, subject.
    static let format = "%x1e%H%x00%P%x00%cs%x00%an%x00%s"
    static let fieldCount = 5

    /// The `git log` arguments, limited to `paths` (from the repository's top) when given.
    static func arguments(paths: [String]) -> [String] {
        var arguments = ["log", "--first-parent", "--diff-merges=first-parent", "--root", "--raw", "-z", "-M", "--no-abbrev",
                         "--no-color", "--no-ext-diff", "--no-relative", "--format=" + format, "HEAD"]
        if !paths.isEmpty { arguments += ["--"] + paths }
        return arguments
    }

    /// Parses the output of `git log` run with `arguments`, or a part of it made of whole entries.
    static func parse(_ bytes: ArraySlice<UInt8>) -> [GitLogEntry] {
        var entries: [GitLogEntry] = []
        var index = bytes.startIndex
        let end = bytes.endIndex

        /// Reads up to the next NUL (or the end) and moves past it.
        func field() -> String {
            let start = index
            while index < end, bytes[index] != 0 { index += 1 }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            if index < end { index += 1 }
            return text
        }

        while index < end {
            guard bytes[index] == 0x1E else { index += 1; continue }
            index += 1
            let sha = field()
            let parents = field().split(separator: " ").map(String.init)
            let day = field()
            let author = field()
            let subject = field()
            var changes: [GitFileChange] = []
            while index < end, bytes[index] == 0x0A { index += 1 }
            while index < end, bytes[index] == UInt8(ascii: ":") {
                // ":100644 100644 <old blob> <new blob> M" (NUL) then the path(s): read in place,
                // since a long history has tens of thousands of these.
                var spaces = (0, 0, 0, 0), count = 0
                while index < end, bytes[index] != 0 {
                    if bytes[index] == 0x20 {
                        switch count {
                        case 0: spaces.0 = index
                        case 1: spaces.1 = index
                        case 2: spaces.2 = index
                        default: spaces.3 = index
                        }
                        count += 1
                    }
                    index += 1
                }
                let headerEnd = index
                if index < end { index += 1 }
                guard count == 4, spaces.3 + 1 < headerEnd else { break }
                let newMode = bytes[(spaces.0 + 1)..<spaces.1]
                let isRegularFile = newMode.elementsEqual("100644".utf8) || newMode.elementsEqual("100755".utf8)
                let blob = String(decoding: bytes[(spaces.2 + 1)..<spaces.3], as: UTF8.self)
                let status = bytes[spaces.3 + 1]
                let path = field()
                let change: GitFileChange
                switch status {
                case UInt8(ascii: "R"), UInt8(ascii: "C"):
                    let newPath = field()
                    change = GitFileChange(status: status == UInt8(ascii: "R") ? .renamed(from: path) : .added, path: newPath,
                                           blob: blob, isRegularFile: isRegularFile)
                case UInt8(ascii: "A"):
                    change = GitFileChange(status: .added, path: path, blob: blob, isRegularFile: isRegularFile)
                case UInt8(ascii: "D"):
                    change = GitFileChange(status: .deleted, path: path, blob: blob, isRegularFile: false)
                default:
                    change = GitFileChange(status: .modified, path: path, blob: blob, isRegularFile: isRegularFile)
                }
                changes.append(change)
                while index < end, bytes[index] == 0x0A { index += 1 }
            }
            guard let date = Day(day) else { continue }
            entries.append(GitLogEntry(commit: CommitInfo(sha: sha, date: date, author: author, subject: subject),
                                       parents: parents, changes: changes))
        }
        return entries
    }
}
