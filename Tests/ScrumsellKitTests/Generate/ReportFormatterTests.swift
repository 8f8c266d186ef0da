import Testing
@testable import ScrumsellKit

@Suite struct ReportFormatterTests {
    @Test func money() {
        #expect(ReportFormatter.money(1_040_000, currency: "EUR") == "€1,040,000")
        #expect(ReportFormatter.money(597_750, currency: "EUR") == "€597,750")
        #expect(ReportFormatter.money(12.5, currency: "USD") == "$12.50")
        #expect(ReportFormatter.money(999.999, currency: "GBP") == "£1,000")
        #expect(ReportFormatter.money(1200, currency: "CHF") == "CHF 1,200")
        #expect(ReportFormatter.money(-300, currency: "EUR") == "-€300")
        #expect(ReportFormatter.money(0, currency: "EUR") == "€0")
    }

    @Test func percentages() {
        #expect(ReportFormatter.percent(1_040_000.0 / 1_200_000) == "87%")
        #expect(ReportFormatter.percent(2.0 / 140) == "1.4%")
        #expect(ReportFormatter.percent(0.05) == "5%")
        #expect(ReportFormatter.percent(0.0996) == "10%")
        #expect(ReportFormatter.percent(0) == "0%")
        #expect(ReportFormatter.percent(1.5) == "150%")
        #expect(ReportFormatter.percent(12.345) == "1,235%")
    }

    @Test func numbersScoresAndDays() {
        #expect(ReportFormatter.number(13) == "13")
        #expect(ReportFormatter.number(2.5) == "2.5")
        #expect(ReportFormatter.number(1234.567) == "1,234.57")
        #expect(ReportFormatter.score(41.333) == "41.3")
        #expect(ReportFormatter.score(7.777) == "7.8")
        #expect(ReportFormatter.count(1_250) == "1,250")
        #expect(ReportFormatter.plural(1, "day") == "1 day")
        #expect(ReportFormatter.plural(23, "day") == "23 days")
        #expect(ReportFormatter.dayWithWeekday(.of("2026-11-20")) == "Friday 2026-11-20")
    }
}
