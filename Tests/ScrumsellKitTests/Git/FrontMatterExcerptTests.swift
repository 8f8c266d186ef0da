import Foundation
import Testing
@testable import ScrumsellKit

/// History reads a deal version's fields from a cut of its front-matter; the cut must read
/// exactly like the whole file, or not be made.
@Suite struct FrontMatterExcerptTests {
    static let deals: [(name: String, text: String)] = [
        ("plain", GitFixture.deal(stage: "evaluate", log: ["2026-10-01 call"])),
        ("comments and quotes", "---\n# the deal\naccount: \"Acme: EMEA\"\nowner: dana\nstage: 'propose'   # moved 2026-10-01\nvalue: 120000.50\ndecision_date: 2026-12-15\noutcome: open # open | won\n---\n# Acme\n"),
        ("lists and flow mappings", "---\naccount: Acme\ntags:\n- fintech\n- upsell\nstakeholders: [{id: a, name: A}]\nstage: qualify\nobjectives:\n  - grow\nvalue: 5\n---\n"),
        ("CRLF and BOM", "\u{FEFF}---\r\naccount: Acme\r\nowner: dana\r\nstage: negotiate\r\noutcome: won\r\n---\r\n# Acme\r\n"),
        ("value on the next line", "---\naccount: Acme\nstage:\n  evaluate\nvalue:\n  42\n---\n"),
        ("block scalar before", "---\nconsequence: |\n  stage: not this\n  value: 1\nstage: prospect\n---\n"),
        ("dots close", "---\naccount: Acme\nstage: prospect\n...\nbody\n"),
        ("unknown and misspelt keys", "---\naccount: Acme\nstagee: qualify\nstage: qualify\ndecision-date: 2026-01-01\n---\n"),
        ("bad values", "---\naccount: Acme\nstage: [a, b]\nvalue: lots\ndecision_date: 2026-02-30\noutcome: maybe\n---\n"),
        ("duplicate key", "---\naccount: Acme\nstage: prospect\nstage: qualify\n---\n"),
    ]

    @Test(arguments: deals.map(\.name))
    func anExcerptReadsLikeTheWholeFile(name: String) throws {
        let bytes = Array(try #require(Self.deals.first { $0.name == name }).text.utf8)
        let excerpt = try #require(FrontMatterExcerpt.excerpt(of: bytes))
        #expect(HistoryReader.readDeal(excerpt) == HistoryReader.readDeal(bytes))
        #expect(HistoryReader.readDeal(bytes) != nil)
    }

    @Test(arguments: [
        ("quoted key", "---\n\"stage\": qualify\n---\n"),
        ("alias", "---\nbase: &s qualify\nstage: *s\n---\n"),
        ("unclosed", "---\nstage: qualify\n"),
        ("no front-matter", "# Acme\nstage: qualify\n"),
        ("conflict markers", "---\n<<<<<<< HEAD\nstage: qualify\n=======\nstage: evaluate\n>>>>>>> theirs\n---\n"),
        ("multi-line quoted", "---\ntitle: \"a long\ntitle\"\nstage: qualify\n---\n"),
        ("not UTF-8", "---\nstage: qualify\n---\n\u{FFFD}"),
    ])
    func noExcerptWhenTheCutIsNotSafe(name: String, text: String) {
        var bytes = Array(text.utf8)
        if name == "not UTF-8" { bytes += [0xFF, 0xFE] }
        #expect(FrontMatterExcerpt.excerpt(of: bytes) == nil, "\(name)")
    }

    @Test func theExcerptHoldsOnlyTheSnapshotFields() throws {
        let excerpt = try #require(FrontMatterExcerpt.excerpt(of: Array(GitFixture.deal(stage: "evaluate", decision: "2026-12-20", value: 7).utf8)))
        #expect(String(decoding: excerpt, as: UTF8.self) == "---\nstage: evaluate\nvalue: 7\ndecision_date: 2026-12-20\noutcome: open\n---\n")
    }

    @Test func readableTextAgreesWithTheFileCheck() {
        for bytes: [UInt8] in [[], [0x20, 0x0A], [0xEF, 0xBB, 0xBF], Array("ok".utf8), [0x61, 0x00], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0x01]] {
            #expect(FrontMatterExcerpt.isReadableText(bytes) == (FileContentCheck.problem(path: "", bytes: bytes) == nil), "\(bytes)")
        }
    }
}
