import Foundation
import Testing

/// Found by the fuzzer (Fixtures/fuzz-crashes/timeout-e4db…): an explicit key inside a flow
/// sequence (`[*h, ? *h]`) made of aliases that expand a billion-laughs way was handed to Yams,
/// which hashes every key to find duplicates, and `check` took 14 s of CPU on one file. The
/// alias-key guard now refuses it before Yams sees it, at the `?`.
@Suite("Reliability: an alias behind a flow explicit key")
struct FlowKeyAliasTests {
    static let laughs = """
    ---
    account: Acme Corp
    owner: dana
    stage: prospect
    a: &a [ha, ha, ha, ha, ha, ha, ha, ha, ha, ha]
    b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
    c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
    d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
    e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
    f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
    g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
    h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]
    i: &i [*h, *h, *h, *h, *h, *h, *h,? *h, *h, *h]
    tags: *i
    ---
    # Acme Corp

    """

    @Test func isRefusedAtTheQuestionMarkWithinTheBound() throws {
        let workspace = try TestWorkspace(files: ["deals/laughs.md": Self.laughs])
        let run = try BoundedRun.run(["check", "-w", workspace.root.path, "--as-of", "2026-11-20"], seconds: 10)
        #expect(!run.timedOut && !run.signalled)
        #expect(run.status == 1)
        #expect(run.stdout.contains("deals/laughs.md:13:35: error: front-matter uses an alias (*) inside a key"))
    }
}
