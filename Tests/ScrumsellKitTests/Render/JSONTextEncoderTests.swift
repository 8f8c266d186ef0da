import Foundation
import Testing
@testable import ScrumsellKit
@testable import ScrumsellBenchSupport

/// `JSONOutput` (`JSONTextEncoder`) against Foundation's `JSONEncoder` with the same options:
/// the same bytes for every report, check and synthetic value here, with and without snake-case keys.
@Suite struct JSONTextEncoderTests {
    struct Empty: Encodable {}

    struct Nested: Encodable, Equatable {
        var someName: String
        var count: Int
        var ratio: Double?
    }

    enum Stage: String, Encodable { case prospect, closedWon }

    struct Sample: Encodable {
        var plainName = "plain"
        var myURLProperty = "https://example.com/a/b?c=d"
        var aB = 1
        var camelCaseThing = 0.1 + 0.2
        var someFlag = true
        var optionalValue: String? = nil
        var presentOptional: Int? = 0
        var nested = Nested(someName: "n", count: -3, ratio: nil)
        var list = [Nested(someName: "a", count: 1, ratio: 0.5), Nested(someName: "b", count: 2, ratio: 1e-7)]
        var empty: [Int] = []
        var emptyObject = Empty()
        var emptyList: [Empty] = [Empty()]
        var strings = ["x", "", "Zoë 👍", "/"]
        var doubles = [0, -0.0, 1, 1.5, -2.5, 1e16, 1e-7, 123_456_789.125, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 100, 1e15, 12.0]
        var floats: [Float] = [0.1, 3, -1e-3]
        var integers: [Int64] = [.min, .max, 0]
        var small: UInt8 = 255
        var dictionary = ["someKey": 1, "other_key": 2, "ÄUpper": 3, "": 4]
        var intDictionary = [10: "ten", 2: "two", -1: "minus"]
        var nestedDictionary = ["camelCase": ["innerKey": Nested(someName: "d", count: 0, ratio: 2)]]
        var day = Day.of("2026-11-20")
        var stage = Stage.closedWon
        var stages: [Stage] = [.prospect, .closedWon]
        var date = Date(timeIntervalSinceReferenceDate: 12.5)
        var data = Data([0, 1, 2, 250])
        var url = URL(string: "https://example.com/x y".addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!)!
        var decimal = Decimal(string: "12.340")!
        var unicode = "Zoë 👍 \u{0}\u{1}\u{1f}\t\n\r\u{8}\u{c} \"q\" \\ / \u{7f} \u{2028} e\u{301}"
        var nestedLists = [[1, 2], [], [3]]
        var optionals: [Int?] = [1, nil, 3]
        var bigDictionary = Dictionary(uniqueKeysWithValues: (0..<100).map { ("key\($0 * 7919 % 100)", $0) })
    }

    /// Containers used by hand: keys set twice, nested containers, `superEncoder`, nil.
    struct Handmade: Encodable {
        enum Key: String, CodingKey { case first, twice, box, list, parent, nothing, custom, lastKey }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode("one", forKey: .twice)
            try container.encode(1, forKey: .first)
            try container.encode("two", forKey: .twice)
            try container.encodeNil(forKey: .nothing)
            var box = container.nestedContainer(keyedBy: Key.self, forKey: .box)
            try box.encode(true, forKey: .first)
            var again = container.nestedContainer(keyedBy: Key.self, forKey: .box)
            try again.encode(false, forKey: .lastKey)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try list.encode("a")
            try list.encodeNil()
            var inner = list.nestedContainer(keyedBy: Key.self)
            try inner.encode(2.5, forKey: .custom)
            var innerList = list.nestedUnkeyedContainer()
            try innerList.encode(false)
            let listSuper = list.superEncoder()
            var listSuperContainer = listSuper.singleValueContainer()
            try listSuperContainer.encode("inserted")
            try list.encode("after")
            do {
                let parent = container.superEncoder(forKey: .parent)
                var parentContainer = parent.container(keyedBy: Key.self)
                try parentContainer.encode("p", forKey: .first)
            }
            do {
                let plain = container.superEncoder()
                var plainContainer = plain.unkeyedContainer()
                try plainContainer.encode(7)
            }
            let merged = encoder.container(keyedBy: Key.self)
            _ = merged
            var single = encoder.container(keyedBy: Key.self)
            try single.encode(Empty(), forKey: .custom)
        }
    }

    struct NotANumber: Encodable {
        var value = Double.nan
    }

    static func expectSame<T: Encodable>(_ value: T, _ label: String = "\(T.self)", sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for snake in [false, true] {
            let fast = JSONOutput.encode(value, snakeCaseKeys: snake)
            let reference = JSONOutput.foundationEncode(value, snakeCaseKeys: snake)
            #expect(fast == reference, "\(label), snake case \(snake)", sourceLocation: sourceLocation)
            if fast != reference {
                let (a, b) = (fast.split(separator: "\n", omittingEmptySubsequences: false), reference.split(separator: "\n", omittingEmptySubsequences: false))
                let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
                Issue.record("line \(line + 1): \(line < a.count ? String(a[line]) : "<end>") | JSONEncoder: \(line < b.count ? String(b[line]) : "<end>")",
                             sourceLocation: sourceLocation)
            }
        }
    }

    @Test func syntheticValuesAreWrittenAsJSONEncoderWritesThem() {
        Self.expectSame(Sample())
        Self.expectSame(Handmade())
        Self.expectSame([Sample(), Sample()], "an array at the top")
        Self.expectSame("a \"string\" at the top")
        Self.expectSame(42)
        Self.expectSame(Empty(), "a value that encodes nothing")
        Self.expectSame(Optional<Int>.none, "nil at the top")
        Self.expectSame([String: Int](), "an empty dictionary")
    }

    /// `JSONEncoder` refuses a number that is not finite; the writer gives `null`, so no
    /// figure of a user's file can make a JSON report fail (JSONOutput.encode).
    @Test func numbersThatAreNotFiniteAreNull() {
        #expect(JSONOutput.encode(NotANumber()) == "{\n  \"value\" : null\n}\n")
        #expect(JSONOutput.encode([Double.infinity, -Double.infinity]) == "[\n  null,\n  null\n]\n")
    }

    @Test func keysAreSnakeCasedAsJSONEncoderDoes() {
        let names = ["asOf", "myURLProperty", "URL", "aB", "ABC", "a", "_private", "trailing_", "already_snake", "x1Y2", "HTTPStatusCode",
                     "version2Beta", "iOS", "URLs", "aBCd", "snake__double", "", "oneTwoThree", "ABCdef", "__a", "aBC_dE", "isAURL", "value2",
                     "a1B", "ünïcodeName", "naïveValue", "straße", "ŒuvreTitle", "x", "XY", "xY", "Xy", "camelCase_Mixed", "_", "a_", "_A"]
        for name in names {
            #expect(KeyNames.snakeCased(name) == KeyNames.foundationSnakeCased(name), "\(name)")
        }
    }

    /// Every report of the sample workspace and of a generated one, and `check`.
    @Test func reportsAreWrittenAsJSONEncoderWritesThem() throws {
        let sample = SampleReports.workspace()
        let day = SampleReports.asOf
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-json-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try WorkspaceGenerator(dealCount: 250, seed: 3).write(to: folder)
        let generated = WorkspaceLoader.load(root: folder)
        for workspace in [sample, generated] {
            var reports: [ScrumsellKit.Report] = [.weekly(WeeklyReport.build(workspace, asOf: day)), .standup(StandupAgenda.build(workspace, asOf: day)),
                                                  .deals(DealList.build(workspace, asOf: day, outcome: .all)), .items(ItemList.build(workspace, asOf: day)),
                                                  .metrics(SalesMetrics.build(workspace, asOf: day, byOwner: true, history: nil))]
            for sprint in workspace.sprints.prefix(4) {
                reports.append(.board(SprintBoard.build(workspace, sprint: sprint, asOf: day)))
                reports.append(.retrospective(RetrospectiveSummary.build(workspace, sprint: sprint, asOf: day)))
            }
            for report in reports {
                switch report {
                case .weekly(let value): Self.expectSame(ReportJSONRenderer.Envelope(version: 1, kind: report.kind, workspace: "W", report: value), report.kind)
                case .standup(let value): Self.expectSame(ReportJSONRenderer.Envelope(version: 1, kind: report.kind, workspace: "W", report: value), report.kind)
                case .board(let value): Self.expectSame(ReportJSONRenderer.Envelope(version: 1, kind: report.kind, workspace: "W", report: value), report.kind)
                case .retrospective(let value): Self.expectSame(ReportJSONRenderer.Envelope(version: 1, kind: report.kind, workspace: "W", report: value), report.kind)
                case .deals(let value): Self.expectSame(ReportJSONRenderer.Envelope(version: 1, kind: report.kind, workspace: "W", report: DealListJSON(list: value)), report.kind)
                case .items(let value): Self.expectSame(ReportJSONRenderer.Envelope(version: 1, kind: report.kind, workspace: "W", report: ItemListJSON(list: value)), report.kind)
                case .metrics(let value): Self.expectSame(ReportJSONRenderer.Envelope(version: 1, kind: report.kind, workspace: "W", report: value), report.kind)
                }
            }
            #expect(!workspace.deals.isEmpty)
            Self.expectSame(workspace.deals.prefix(40).map { $0 }, "deals")
            #expect(CheckJSONRenderer.render(Checker.check(workspace, asOf: day)).hasPrefix("{\n"))
        }
    }
}
