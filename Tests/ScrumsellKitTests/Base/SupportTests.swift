import Testing
@testable import ScrumsellKit

@Suite("Support values")
struct SupportTests {
    @Test func daysParseExactlyAndCompute() {
        #expect(Day("2026-11-20")?.weekday == 5)
        #expect(Day("2026-11-20")?.description == "2026-11-20")
        #expect(Day("2024-02-29") != nil)
        for bad in ["2026-02-29", "2026-13-01", "2026-11-31", "26-11-20", "2026-1-20", "2026/11/20", "2026-11-20 ", "２０２６-11-20", ""] {
            #expect(Day(bad) == nil, "\(bad)")
        }
        let day = Day("2026-12-31")!
        #expect(day.adding(days: 1).description == "2027-01-01")
        #expect(Day("2026-11-13")!.days(to: Day("2026-11-20")!) == 7)
        #expect(Day(ordinal: 0).description == "1970-01-01")
    }

    @Test func isoWeeks() {
        #expect(ISOWeek(containing: Day("2026-11-20")!).description == "2026-W47")
        #expect(ISOWeek(containing: Day("2027-01-01")!).description == "2026-W53")
        #expect(ISOWeek("2026-W47")?.monday == Day("2026-11-16"))
        #expect(ISOWeek("2026-W47")?.sunday == Day("2026-11-22"))
        #expect(ISOWeek("2025-W53") == nil)
        #expect(ISOWeek("2026-47")?.week == 47)
    }

    @Test func suggestionsForTypos() {
        let keys = Deal.knownKeys
        #expect(Suggestion.closest(to: "titel", in: keys) == "title")
        #expect(Suggestion.closest(to: "curency", in: keys) == "currency")
        #expect(Suggestion.closest(to: "decision-date", in: keys) == "decision_date")
        #expect(Suggestion.closest(to: "xyz", in: keys) == nil)
        #expect(Suggestion.editDistance("ab", "ba") == 1)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("", "abc") == 3)
        #expect(Suggestion.didYouMean("stge", in: ["stage"]) == " (did you mean 'stage'?)")
    }

    @Test func parallelMapKeepsOrder() {
        let numbers = Array(0..<10_000)
        #expect(numbers.parallelMap { $0 * 2 } == numbers.map { $0 * 2 })
        #expect([Int]().parallelMap { $0 } == [])
    }

    @Test func diagnosticsSortByPlaceThenSeverity() {
        let a = Diagnostic.warning("b", "m", at: SourceLocation(path: "a.md", line: 2, column: 1))
        let b = Diagnostic.error("z", "m", at: SourceLocation(path: "a.md", line: 2, column: 1))
        let c = Diagnostic.error("a", "m", at: SourceLocation(path: "a.md", line: 10, column: 1))
        let d = Diagnostic.error("a", "m", at: SourceLocation(path: "b.md", line: 1, column: 1))
        #expect([d, c, a, b].sorted() == [b, a, c, d])
    }
}
