import Foundation
import ScrumsellKit

/// Writes a git repository holding a synthetic workspace with a long history, in one
/// `git fast-import` run: the input of the history benchmark and of scale tests.
///
/// Commits take turns over the deals, `dealsPerCommit` deals per commit (one by default),
/// so every deal gets `commitsPerDeal` commits spread over the whole period. Every commit adds a log line
/// (the body changes); about half also change the front-matter: the deal moves a stage
/// every fourth commit, its decision date slips every fifth (a third of the deals pull it
/// in again late), its value changes every sixth, and one deal in five closes at the end.
public struct SyntheticHistory: Sendable {
    public var deals: Int
    public var commitsPerDeal: Int
    /// Deals each commit changes: 1 is the hardest case for git (one commit per deal change).
    public var dealsPerCommit: Int
    public var campaigns: Int
    /// The day of the first commit; commits are spread evenly over the days after it.
    public var start: Day
    /// Days the commits span.
    public var days: Int

    public init(deals: Int = 1000, commitsPerDeal: Int = 20, dealsPerCommit: Int = 1, campaigns: Int = 4,
                start: Day = Day("2026-01-05")!, days: Int = 300) {
        self.deals = deals
        self.commitsPerDeal = commitsPerDeal
        self.dealsPerCommit = max(1, dealsPerCommit)
        self.campaigns = campaigns
        self.start = start
        self.days = days
    }

    package static let stages = ["prospect", "qualify", "evaluate", "propose", "negotiate"]

    /// Creates the repository in `folder` (made if missing), on branch `main`, with its working tree checked out.
    public func write(to folder: URL, git: GitCommand) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for arguments in [["init", "-q", "-b", "main", "."], ["config", "user.name", "Bench"], ["config", "user.email", "bench@example.com"]] {
            try check(git.run(arguments, in: folder), arguments)
        }
        try check(git.run(["fast-import", "--quiet"], in: folder, input: fastImportStream()), ["fast-import"])
        try check(git.run(["reset", "-q", "--hard", "main"], in: folder), ["reset"])
    }

    /// The `git fast-import` stream of the whole history.
    public func fastImportStream() -> [UInt8] {
        var stream: [UInt8] = []
        stream.reserveCapacity(deals * commitsPerDeal * 1_800)
        let total = (deals + dealsPerCommit - 1) / dealsPerCommit * commitsPerDeal + campaigns * 2 + 1
        let secondsPerCommit = max(1, days * 86_400 / total)
        var time = start.ordinal * 86_400 + 8 * 3_600
        var mark = 0

        func commit(_ message: String, files: [(path: String, text: String)]) {
            mark += 1
            time += secondsPerCommit
            var header = "commit refs/heads/main\nmark :\(mark)\ncommitter Bench <bench@example.com> \(time) +0000\n"
            header += "data \(message.utf8.count)\n\(message)\n"
            if mark > 1 { header += "from :\(mark - 1)\n" }
            stream += header.utf8
            for file in files {
                stream += "M 100644 inline \(file.path)\ndata \(file.text.utf8.count)\n".utf8
                stream += file.text.utf8
                stream.append(0x0A)
            }
            stream.append(0x0A)
        }

        commit("Workspace configuration", files: [("scrumsell.yml", configuration())])
        for campaign in 0..<campaigns {
            commit("New campaign \(campaign)", files: [(campaignPath(campaign), campaignText(campaign, revision: 0))])
        }
        for round in 0..<commitsPerDeal {
            for first in stride(from: 0, to: deals, by: dealsPerCommit) {
                let touched = first..<min(first + dealsPerCommit, deals)
                commit(touched.count == 1 ? "Update deal \(first): round \(round)" : "Update deals \(first)-\(touched.upperBound - 1): round \(round)",
                       files: touched.map { (dealPath($0), dealText($0, revision: round)) })
            }
            if round == commitsPerDeal / 2 {
                for campaign in 0..<campaigns {
                    commit("Rewrite the pitch of campaign \(campaign)", files: [(campaignPath(campaign), campaignText(campaign, revision: 1))])
                }
            }
        }
        stream += "done\n".utf8
        return stream
    }

    func dealPath(_ deal: Int) -> String { "deals/deal-\(pad(deal)).md" }
    func campaignPath(_ campaign: Int) -> String { "campaigns/campaign-\(campaign).md" }

    /// The deal file after `revision` commits: its stage, dates and value follow from the revision.
    func dealText(_ deal: Int, revision: Int) -> String {
        let stage = Self.stages[min(revision / 4, Self.stages.count - 1)]
        let slips = revision / 5 - (revision >= 15 && deal % 3 == 0 ? 1 : 0)
        let decision = start.adding(days: 120 + deal % 90 + slips * 14)
        let value = 20_000 + (deal % 40) * 5_000 + (revision / 6) * 10_000
        let closing = revision == commitsPerDeal - 1 ? deal % 10 : -1
        let outcome = closing == 0 ? "won" : closing == 1 ? "lost" : "open"
        var text = """
            ---
            account: Account \(deal) BV
            title: Fleet uptime programme \(deal)
            owner: dana
            stage: \(stage)
            value: \(value)
            decision_date: \(decision)
            consequence: The current maintenance contract renews for another year
            outcome: \(outcome)
            campaign: campaign-\(deal % max(campaigns, 1))
            last_contact: \(start)
            stakeholders:
              - {id: buyer\(deal), name: Buyer \(deal), title: Fleet Manager, influence: economic}
            ---
            # Account \(deal) BV

            ## Buyer objectives
            - Fewer breakdowns on the road, measured per month

            ## Buying process
            1. [x] Fleet manager confirms the problem done:\(start)
            2. [\(revision > 8 ? "x" : " ")] Technical evaluation by the workshop @buyer\(deal)
            3. [ ] Board approval

            ## Next steps
            1. [ ] Send the evaluation summary @dana due:\(start.adding(days: revision * 7 + 7))
            2. [ ] Buyer confirms the board date @buyer\(deal) due:\(start.adding(days: revision * 7 + 10))

            ## Log

            """
        for entry in 0...revision {
            text += "- \(start.adding(days: entry * days / max(commitsPerDeal, 1))) Call \(entry + 1) with Buyer \(deal): next step agreed.\n"
        }
        return text
    }

    func campaignText(_ campaign: Int, revision: Int) -> String {
        """
        ---
        title: Campaign \(campaign)
        status: active
        priority: \(campaign + 1)
        owner: dana
        ---
        # Campaign \(campaign)

        ## Email pitch

        Subject: \(revision == 0 ? "Fewer breakdowns" : "Which truck breaks down next week?")

        Hi {first name}, version \(revision) of the pitch.

        ## Voicemail pitch

        "Hi, this is Dana. I'll send you a short email today."
        """ + "\n"
    }

    func configuration() -> String {
        var text = """
            name: Synthetic
            currency: EUR
            teams:
              - id: north
                members:
                  - {id: dana, name: Dana Kim, role: sales-executive}
            stages:

            """
        for (index, stage) in Self.stages.enumerated() { text += "  - {id: \(stage), probability: \(10 + index * 20)}\n" }
        return text
    }

    private func pad(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// A git run that failed while writing the repository.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    private func check(_ output: GitCommand.Output, _ arguments: [String]) throws {
        guard output.succeeded else { throw Failure(description: "git \(arguments.joined(separator: " ")): \(output.reason)") }
    }
}
