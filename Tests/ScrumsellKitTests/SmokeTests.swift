import Testing
@testable import ScrumsellKit

@Test func dayParses() {
    #expect(Day("2026-11-20")?.weekday == 5)
}
