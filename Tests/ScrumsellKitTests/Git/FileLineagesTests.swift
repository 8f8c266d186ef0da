import Testing
@testable import ScrumsellKit

/// Which paths are deal and campaign files: the byte-level reading of ASCII paths must agree
/// with the reading by characters and components.
@Suite struct FileLineagesTests {
    static let paths = [
        "deals/acme.md", "campaigns/fleet.md", "deals/a.md", "deals/.md", "deals/.acme.md", "deals/acme.markdown",
        "deals/acme.MD", "deals/2026/acme.md", "deals/2026//acme.md", "deals//acme.md", "deals/.hidden/acme.md",
        "deals/x/.md", "deals/x/a.md", "deals/acme.md/", "deals/", "deals", "deals.md", "dealsx/acme.md", "campaigns/a/b/c.md",
        "sprints/s1.md", "scrumsell.yml", "README.md", "work/deals/acme.md", "work/campaigns/fleet.md", "work/acme.md",
        "deals/müller.md", "deals/é.md", "wörk/deals/acme.md", "deals/acme\r\n.md", "deals/\r.md",
    ]

    @Test(arguments: ["", "work/", "wörk/"])
    func asciiPathsAreReadLikeAnyOther(prefix: String) {
        let files = FileLineages(prefix: prefix)
        for path in Self.paths {
            #expect(files.kind(of: path) == files.characterKind(of: path), "\(prefix)\(path)")
        }
        #expect(files.kind(of: prefix + "deals/acme.md") == .deal)
        #expect(files.kind(of: prefix + "campaigns/2026/fleet.md") == .campaign)
        #expect(files.kind(of: prefix + "deals/.acme.md") == nil)
    }
}
