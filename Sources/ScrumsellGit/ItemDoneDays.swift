import Foundation
import ScrumsellBase
import ScrumsellModel

/// The day git first shows each item of some files done or dropped (`[x]` or `[-]`), for
/// the burndown's items that carry no `done:` date. Items are matched by their title (the
/// first line's text without tokens); what cannot be read is simply absent.
public enum ItemDoneDays {
    /// Path (from the workspace folder) → item title → the committer day of the first commit
    /// up to `asOf` whose version of the file shows it done or dropped.
    public static func read(workspace root: URL, paths: [String], asOf: Day, git: GitCommand? = GitCommand.onPath()) -> [String: [String: Day]] {
        guard let git, !paths.isEmpty, case .success(let repository) = GitRepository.locate(workspace: root, git: git),
              repository.hasCommits else { return [:] }
        var found: [String: [String: Day]] = [:]
        for path in Set(paths).sorted() {
            let full = repository.prefix + path
            guard let log = try? git.run(["log", "--reverse", "--no-color", "--format=%H%x00%cs", "--before=\(asOf.adding(days: 2))T00:00:00Z",
                                          "HEAD", "--", full], in: repository.top), log.succeeded else { continue }
            var days: [String: Day] = [:]
            for line in log.text.split(separator: "\n") {
                let fields = line.split(separator: "\0").map(String.init)
                guard fields.count == 2, let day = Day(fields[1]), day <= asOf,
                      let show = try? git.run(["show", "\(fields[0]):\(full)"], in: repository.top), show.succeeded else { continue }
                for title in finishedTitles(show.text) where days[title] == nil { days[title] = day }
            }
            if !days.isEmpty { found[path] = days }
        }
        return found
    }

    /// The titles of the list items whose box is `[x]`, `[X]` or `[-]`.
    static func finishedTitles(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { line -> String? in
            var rest = line.drop { $0 == " " || $0 == "\t" }
            if let marker = rest.first, "-*+".contains(marker) {
                rest = rest.dropFirst()
            } else {
                let digits = rest.prefix { $0.isASCII && $0.isNumber }
                guard !digits.isEmpty else { return nil }
                rest = rest.dropFirst(digits.count)
                guard let marker = rest.first, marker == "." || marker == ")" else { return nil }
                rest = rest.dropFirst()
            }
            guard rest.first == " " else { return nil }
            rest = rest.drop { $0 == " " }
            guard rest.count >= 4, rest.hasPrefix("[x] ") || rest.hasPrefix("[X] ") || rest.hasPrefix("[-] ") else { return nil }
            return Item.strippingTokens(String(rest.dropFirst(4)))
        }
    }
}
