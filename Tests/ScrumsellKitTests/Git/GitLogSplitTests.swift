import Foundation
import Testing
@testable import ScrumsellKit

/// The log read by one `git log`, from both ends at once (two cores) and split over
/// `git log --no-walk` processes (more cores) must be the same entries in the same order.
@Suite struct GitLogSplitTests {
    /// The three ways of reading the log of the repository at `top`, each as it came.
    private func logs(in top: URL, git: GitCommand) throws -> (single: [GitLogEntry], bothEnds: [GitLogEntry], split: [GitLogEntry]) {
        (try GitLogReader.read(in: top, paths: [], git: git, processes: 1),
         try GitLogReader.read(in: top, paths: [], git: git, processes: 2),
         try GitLogReader.read(in: top, paths: [], git: git, processes: 3, commitsPerProcess: 2))
    }

    private func expectSame(_ read: [GitLogEntry], as single: [GitLogEntry], _ comment: Comment) {
        #expect(read.map(\.commit) == single.map(\.commit), comment)
        #expect(read.map(\.parents) == single.map(\.parents), comment)
        #expect(read.map(\.changes) == single.map(\.changes), comment)
    }

    @Test func everyWayOfReadingTheLogGivesTheSameEntries() throws {
        let fixture = try GitFixture()
        fixture.write("deals/acme.md", GitFixture.deal(stage: "prospect"))
        fixture.write("deals/globex.md", GitFixture.deal(account: "Globex", stage: "qualify"))
        fixture.write("campaigns/fleet.md", GitFixture.campaign(email: "Fewer breakdowns"))
        try fixture.commit("Pipeline", on: "2026-10-01")
        for day in 2...6 {
            fixture.write("deals/acme.md", GitFixture.deal(stage: "qualify", value: day * 1000))
            try fixture.commit("Acme, day \(day)", on: "2026-10-0\(day)")
        }
        // A rename with an edit, and a file deleted then written again.
        try fixture.run("mv", "deals/acme.md", "deals/acme-corp.md")
        fixture.write("deals/acme-corp.md", GitFixture.deal(stage: "evaluate", value: 9000))
        try fixture.commit("Acme renamed", on: "2026-10-07")
        fixture.remove("deals/globex.md")
        try fixture.commit("Globex gone", on: "2026-10-08")
        fixture.write("deals/globex.md", GitFixture.deal(account: "Globex", stage: "prospect"))
        try fixture.commit("Globex back", on: "2026-10-09")
        try fixture.run("commit", "-q", "--allow-empty", "-m", "Nothing changed", day: "2026-10-10")
        // A branch that renames a campaign and adds a deal, merged back.
        try fixture.run("checkout", "-q", "-b", "side")
        try fixture.run("mv", "campaigns/fleet.md", "campaigns/fleet-uptime.md")
        try fixture.commit("Campaign renamed", on: "2026-10-11")
        fixture.write("deals/initech.md", GitFixture.deal(account: "Initech", stage: "prospect"))
        try fixture.commit("Initech", on: "2026-10-12")
        try fixture.run("checkout", "-q", "main")
        fixture.write("deals/acme-corp.md", GitFixture.deal(stage: "propose", value: 9000))
        try fixture.commit("Acme proposes", on: "2026-10-13")
        try fixture.run("merge", "-q", "--no-ff", "-m", "Merge the side branch", "side", day: "2026-10-14")
        for day in 15...19 {
            fixture.write("deals/initech.md", GitFixture.deal(account: "Initech", stage: "qualify", value: day * 100))
            try fixture.commit("Initech, day \(day)", on: "2026-10-\(day)")
        }

        let (single, bothEnds, split) = try logs(in: fixture.top, git: fixture.git)
        // The first-parent line: the branch's own commits are inside the merge.
        #expect(single.count == 17)
        #expect(single.first?.commit.subject == "Initech, day 19")
        #expect(single.last?.commit.subject == "Pipeline")
        let merge = try #require(single.first { $0.commit.subject == "Merge the side branch" })
        #expect(merge.changes.map(\.status).contains(.renamed(from: "campaigns/fleet.md")))
        #expect(single.contains { $0.changes.map(\.status).contains(.renamed(from: "deals/acme.md")) })
        #expect(single.contains { $0.commit.subject == "Nothing changed" && $0.changes.isEmpty })
        expectSame(bothEnds, as: single, "read from both ends")
        expectSame(split, as: single, "split over processes")
    }

    @Test func bothEndsMeetOnTheShortestHistories() throws {
        let fixture = try GitFixture()
        fixture.write("deals/acme.md", GitFixture.deal(stage: "prospect"))
        try fixture.commit("One", on: "2026-10-01")
        var (single, bothEnds, _) = try logs(in: fixture.top, git: fixture.git)
        #expect(single.count == 1)
        expectSame(bothEnds, as: single, "one commit")

        fixture.write("deals/acme.md", GitFixture.deal(stage: "qualify"))
        try fixture.commit("Two", on: "2026-10-02")
        (single, bothEnds, _) = try logs(in: fixture.top, git: fixture.git)
        #expect(single.map(\.commit.subject) == ["Two", "One"])
        expectSame(bothEnds, as: single, "two commits")
    }

    @Test func bothEndsReadAShallowCloneAsFarAsItGoes() throws {
        let fixture = try GitFixture()
        for day in 1...6 {
            fixture.write("deals/acme.md", GitFixture.deal(stage: "prospect", value: day * 1000))
            try fixture.commit("Day \(day)", on: "2026-10-0\(day)")
        }
        let clone = fixture.top.deletingLastPathComponent().appendingPathComponent(fixture.top.lastPathComponent + "-shallow")
        defer { try? FileManager.default.removeItem(at: clone) }
        try fixture.run("clone", "-q", "--depth", "3", "file://" + fixture.top.path, clone.path)
        let (single, bothEnds, split) = try logs(in: clone, git: fixture.git)
        #expect(single.map(\.commit.subject) == ["Day 6", "Day 5", "Day 4"])
        #expect(single.last?.parents.isEmpty == true)
        expectSame(bothEnds, as: single, "shallow, from both ends")
        expectSame(split, as: single, "shallow, split")
    }
}
