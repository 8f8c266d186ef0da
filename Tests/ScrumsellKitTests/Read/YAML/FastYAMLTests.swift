import Foundation
import Testing
@testable import ScrumsellKit

/// Proves the front-matter fast path identical to Yams: wherever `FastYAML` answers, its
/// tree (values, plain or quoted, lines, columns) equals the one `YAMLReader` builds with
/// Yams, and Yams reports no problem; wherever it is unsure, it declines.
struct FastYAMLTests {
    /// Compares the reader with and without the fast path on one block: the tree and the diagnostics
    /// must be the same. Also says whether the fast path answered (rather than declining to Yams),
    /// and, when it did, that Yams found nothing wrong with the block.
    static func compare(_ yaml: String, firstLine: Int = 2) -> (accepted: Bool, mismatch: String?) {
        let source = SourceText(path: "deals/x.md", text: "---\n" + yaml + "---\n")
        let yams = YAMLReader.parse(yaml: yaml, firstLine: firstLine, in: source, fastPath: false)
        let reader = YAMLReader.parse(yaml: yaml, firstLine: firstLine, in: source, fastPath: true)
        if reader.root != yams.root || reader.diagnostics != yams.diagnostics {
            return (true, "the reader differs with the fast path for:\n\(yaml)\nfast: \(String(describing: reader.root)) \(reader.diagnostics.map(\.message))\nyams: \(String(describing: yams.root)) \(yams.diagnostics.map(\.message))")
        }
        guard AliasKeyGuard.aliasInKey(yaml) == nil, case .parsed(let root) = FastYAML.parse(yaml, firstLine: firstLine) else { return (false, nil) }
        if !yams.diagnostics.isEmpty {
            return (true, "the fast path accepted a block Yams rejects (\(yams.diagnostics.map(\.message))):\n\(yaml)")
        }
        if root != yams.root {
            return (true, "the trees differ for:\n\(yaml)\nfast: \(String(describing: root))\nyams: \(String(describing: yams.root))")
        }
        return (true, nil)
    }

    @Test func handWrittenBlocks() {
        let inSubset = [
            "account: Acme Corp\ntitle: Payments hub\n",
            "value: 120000\ndecision_date: 2026-12-15\noutcome: open            # open | won | lost | no-decision\n",
            "objectives: [grow-emea]\ntags: [a, b,  c ]\nempty: []\nnone: {}\n",
            "stakeholders:\n  - {id: maria, name: Maria Lopez, title: CFO, influence: economic, rapport: \"Marathon runner\"}\n  - {id: raj, name: Raj Patel}\n",
            "audience:\n  - Head of Transport\n  - Responsible Person (GDP)\n",
            "audience:\n- indentless\n- list\nnext: 1\n",
            "teams:\n  - id: north\n    name: North team\n    members:\n      - {id: dana, name: Dana Kim, role: sales-executive}\n",
            "results:\n  fintech-cfo: {contacted: 120, replies: 14, meetings: 5, opportunities: 2}\n",
            "a:\nb: ~\nc: null\n",
            "a:   \n  # comment\nb: 1\n",
            "# leading comment\n\nkey: value # trailing\n\n# closing comment\n",
            "quote: 'it''s'\ndq: \"a \\\"b\\\" \\\\ c\\n\\t/\"\n",
            "name: Zoë Müller — CFO\nnote: C#, F# and 100%\ntime: 10:30\n",
            "nested:\n  deeper:\n    deepest: [1, [2, {three: 3}]]\n  back: x\n",
            "- not a mapping\n",
            "exit:\n  - Map the buying process\n  - Agree the decision date and consequence\n",
            "measures:\n  - {metric: won_value, target: 600000, by: 2027-06-30}\n",
            "k: v\n# only a comment after\n",
            "# only comments\n# here\n",
            "seq:\n  - a: 1\n    b: 2\n  - a: 3\n",
            "x:\n  - a:\n    - deep\n",
        ]
        for yaml in inSubset {
            let (_, mismatch) = Self.compare(yaml)
            #expect(mismatch == nil, "\(mismatch ?? "")")
        }
        #expect(Self.compare(inSubset[0]).accepted)
        #expect(Self.compare(inSubset[3]).accepted)
        #expect(Self.compare(inSubset[6]).accepted)
    }

    @Test func declinesWhatItDoesNotHandle() {
        let outside = [
            "a: &anchor 1\nb: *anchor\n", "a: !!str 5\n", "a: |\n  block\n", "a: >\n  folded\n",
            "a: multi\n  line\n", "a: [1,\n  2]\n", "a: 1\na: 2\n", "a:\tb\n", "? complex\n: key\n",
            "a: b: c\n", "%YAML 1.1\n---\na: 1\n", "\"quoted\": key\n", "a: [unclosed\n", "a: \"\\x41\"\n",
            "a: 'multi\n  line'\n", "list:\n  -\n  - b\n", "a: - b\n", "a: @reserved\n",
        ]
        for yaml in outside {
            let (accepted, mismatch) = Self.compare(yaml)
            #expect(!accepted || mismatch == nil, "\(mismatch ?? "")")
        }
        #expect(!Self.compare("a: &anchor 1\nb: *anchor\n").accepted)
        #expect(!Self.compare("a: 1\na: 2\n").accepted)
    }

    /// Thousands of random front-matters in the subset, and as many broken or outside it.
    @Test func generatedCorpus() {
        var generator = CorpusGenerator(seed: 20_261_120)
        var accepted = 0, clean = 0
        var mismatches: [String] = []
        for round in 0..<6_000 {
            let mutate = round % 3 == 2
            let yaml = generator.document(mutate: mutate)
            let (fast, mismatch) = Self.compare(yaml, firstLine: 2 + round % 3)
            if let mismatch { mismatches.append(mismatch) }
            if !mutate {
                clean += 1
                if fast { accepted += 1 }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches; first: \(mismatches.first ?? "")")
        // The fast path must actually carry the plain documents, not decline them all.
        #expect(Double(accepted) / Double(clean) > 0.9, "accepted \(accepted) of \(clean) plain documents")
    }

    /// Every front-matter and the configuration of the sample workspace: accepted, and identical.
    @Test func sampleWorkspace() throws {
        let root = RepositoryPaths.root
            .appendingPathComponent("sample-workspace")
        let files = try #require(FileManager.default.enumerator(atPath: root.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".md") || $0.hasSuffix(".yml") }.sorted()
        #expect(files.count > 10)
        var fixtures = files.map { root.appendingPathComponent($0) }
        let fixtureFolder = root.deletingLastPathComponent().appendingPathComponent("Tests/ScrumsellKitTests/Fixtures")
        if let more = FileManager.default.enumerator(atPath: fixtureFolder.path) {
            fixtures += more.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") || $0.hasSuffix(".yml") }.map { fixtureFolder.appendingPathComponent($0) }
        }
        for url in fixtures {
            guard let bytes = FileManager.default.contents(atPath: url.path), FileContentCheck.problem(path: "x", bytes: [UInt8](bytes)) == nil else { continue }
            let source = SourceText(path: url.lastPathComponent, bytes: [UInt8](bytes))
            let yaml: String, firstLine: Int
            if url.pathExtension == "yml" {
                yaml = String(decoding: source.usesCRLF ? withoutCarriageReturns(source.bytes[...]) : source.bytes, as: UTF8.self)
                firstLine = 1
            } else {
                guard case .success(let frontMatter) = FrontMatter.split(source) else { continue }
                (yaml, firstLine) = (frontMatter.yaml, frontMatter.firstLine)
            }
            let (accepted, mismatch) = Self.compare(yaml, firstLine: firstLine)
            #expect(mismatch == nil, "\(url.lastPathComponent): \(mismatch ?? "")")
            if url.path.hasPrefix(root.path) { #expect(accepted, "the fast path declined \(url.lastPathComponent)") }
        }
    }

    /// The whole reader gives the same documents with and without the fast path.
    @Test func readerIsUnchanged() throws {
        let yaml = "account: Acme\nowner: dana\nstage: qualify\nstakeholders:\n  - {id: raj, name: Raj Patel}\n"
        let source = SourceText(path: "deals/acme.md", text: "---\n\(yaml)---\n# Acme\n")
        let fast = YAMLReader.parse(yaml: yaml, firstLine: 2, in: source)
        let slow = YAMLReader.parse(yaml: yaml, firstLine: 2, in: source, fastPath: false)
        #expect(fast.root == slow.root)
        #expect(fast.root?["stakeholders"]?.sequence?.first?["name"]?.column == 21)
    }
}

/// Random front-matter blocks: plain documents in the fast path's subset, and (with
/// `mutate`) documents with one change that usually takes them out of it or breaks them.
struct CorpusGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ upper: Int) -> Int { Int(next() % UInt64(upper)) }
    mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }
    mutating func chance(_ percent: Int) -> Bool { int(100) < percent }

    static let keys = ["account", "title", "owner", "stage", "value", "decision_date", "consequence", "outcome", "tags",
                       "x-y", "a b", "k1", "über", "snake_case", "Mixed", "n2", "é", "id", "name", "rapport", "on", "2026"]
    static let words = ["Acme", "Corp", "—", "é", "100%", "3.5", "2026-11-20", "a:b", "C#", "x,y", "(note)", "it's", "café",
                        "Zoë", "😀", "v1.2", "a-b", "~", "null", "true", "yes", "0x1F", "10:30", "a/b", "50%", "#1", "x]", "y}",
                        "q?", "it\"s", "_", "=", "<b>", "Raj", "Patel", "-5", "+7", "1e3", ".5", "a|b", "a&b", "a*b", "a!b"]
    static let safeFirst = ["Acme", "Corp", "é", "100%", "3.5", "2026-11-20", "café", "Zoë", "😀", "v1.2", "a-b", "~", "null",
                            "true", "0x1F", "Raj", "-5", "+7", "1e3", ".5", "_", "=", "(note)", "<b>"]
    static let flowWords = ["Acme", "Corp", "é", "100%", "3.5", "2026-11-20", "café", "Zoë", "v1.2", "a-b", "~", "null", "true",
                            "Raj", "-5", "+7", "it's", "a/b", "_", "a|b", "=x"]
    static let escapes = ["\\\"", "\\\\", "\\n", "\\t", "\\/", ": ", " # ", "#", "'", "é", "[", "}", ","]

    mutating func plain(flow: Bool) -> String {
        var text = flow ? pick(Self.flowWords) : pick(Self.safeFirst)
        for _ in 0..<int(4) {
            text += pick([" ", " ", "  "]) + (flow ? pick(Self.flowWords) : pick(Self.words))
        }
        return text
    }

    mutating func quoted() -> String {
        if chance(50) {
            var text = "\""
            for _ in 0..<int(5) { text += chance(40) ? pick(Self.escapes) : pick(Self.flowWords) + " " }
            return text + "\""
        }
        var text = "'"
        for _ in 0..<int(4) { text += chance(30) ? "''" : pick(Self.words) + pick([" ", ""]) }
        return text + "'"
    }

    mutating func flowScalar() -> String { chance(25) ? quoted() : plain(flow: true) }

    mutating func flow(depth: Int) -> String {
        let spaced = chance(30)
        let (open, close) = spaced ? (" ", " ") : ("", "")
        if chance(50) {
            let items = (0..<int(4)).map { _ in depth < 2 && chance(15) ? flow(depth: depth + 1) : flowScalar() }
            return "[" + open + items.joined(separator: pick([", ", ",  ", " , "])) + close + "]"
        }
        var keys = Set<String>()
        var pairs: [String] = []
        for _ in 0..<int(5) {
            let key = pick(Self.keys)
            guard keys.insert(key).inserted, !key.contains(" ") || chance(50) else { continue }
            pairs.append(key + ": " + (depth < 2 && chance(15) ? flow(depth: depth + 1) : flowScalar()))
        }
        return "{" + open + pairs.joined(separator: ", ") + close + "}"
    }

    mutating func trailing() -> String {
        switch int(10) {
        case 0: return " # a comment"
        case 1: return "   "
        case 2: return "  #c: [x]"
        default: return ""
        }
    }

    mutating func inlineValue() -> String {
        switch int(10) {
        case 0, 1, 2, 3: return plain(flow: false)
        case 4, 5: return quoted()
        default: return flow(depth: 0)
        }
    }

    /// Lines of a block mapping at `indent`.
    mutating func mapping(indent: Int, depth: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        var used = Set<String>()
        for _ in 0..<(1 + int(depth == 0 ? 10 : 4)) {
            let key = pick(Self.keys)
            guard used.insert(key).inserted else { continue }
            if chance(8) { lines.append(pick(["", pad + "# note", "# at the margin", "      # deep"])) }
            switch int(depth < 3 ? 12 : 8) {
            case 0:
                lines.append(pad + key + ":" + pick(["", " ", " # nothing"]))
            case 1, 2:
                let step = pick([2, 2, 4, 1])
                lines.append(pad + key + ":" + trailing())
                lines += sequence(indent: indent + (chance(25) ? 0 : step), depth: depth + 1)
            case 8, 9, 10, 11:
                let step = pick([2, 2, 3])
                lines.append(pad + key + ":")
                lines += mapping(indent: indent + step, depth: depth + 1)
            default:
                lines.append(pad + key + ": " + inlineValue() + trailing())
            }
        }
        return lines
    }

    /// Lines of a block sequence whose dashes stand at `indent`.
    mutating func sequence(indent: Int, depth: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        for _ in 0..<(1 + int(4)) {
            if depth < 3, chance(25) {
                var nested = mapping(indent: indent + 2, depth: depth + 1)
                nested[0] = pad + "- " + nested[0].dropFirst(indent + 2)
                if nested[0].hasPrefix(pad + "- ") && !nested[0].dropFirst(indent + 2).isEmpty && !nested[0].dropFirst(indent + 2).hasPrefix("#") {
                    lines += nested
                }
            } else {
                lines.append(pad + "- " + inlineValue() + trailing())
            }
        }
        return lines
    }

    /// One front-matter block; with `mutate`, one change that usually breaks it or leaves the subset.
    mutating func document(mutate: Bool) -> String {
        var lines = mapping(indent: 0, depth: 0)
        if mutate, !lines.isEmpty {
            let at = int(lines.count)
            switch int(12) {
            case 0: lines[at] = lines[at].replacingOccurrences(of: ": ", with: ":\t")
            case 1: lines[at] += " &anchor"
            case 2: lines.insert("alias: *anchor", at: at)
            case 3: lines.insert("block: |\n  text\n  more", at: at)
            case 4: lines.insert("   continuation", at: min(at + 1, lines.count))
            case 5: lines.append(lines[0])
            case 6: lines[at] += " [unclosed"
            case 7: lines[at] += ": x"
            case 8: lines[at] = " " + lines[at]
            case 9: lines[at] = lines[at].replacingOccurrences(of: "\"", with: "")
            case 10: lines[at] = lines[at].replacingOccurrences(of: "]", with: "")
            default: lines.insert("tagged: !!str 12", at: at)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
