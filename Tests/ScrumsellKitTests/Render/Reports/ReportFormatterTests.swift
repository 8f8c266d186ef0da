import Foundation
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

/// The byte-by-byte number formatting against the string-building one it replaced, kept here as the reference.
@Suite struct ReportFormatterReferenceTests {
    static func referenceDecimal(_ value: Double, maximumFractionDigits: Int, minimumFractionDigits: Int) -> String {
        guard value.isFinite else { return "–" }
        guard value.magnitude < 1e15 else { return "\(value)" }
        var scale = 1
        for _ in 0..<maximumFractionDigits { scale *= 10 }
        let scaled = Int((value.magnitude * Double(scale)).rounded())
        let whole = scaled / scale, fraction = scaled % scale
        let sign = value < 0 && scaled > 0 ? "-" : ""
        guard fraction > 0 else { return sign + referenceGrouped(whole) }
        var digits = String(fraction)
        digits = String(repeating: "0", count: maximumFractionDigits - digits.count) + digits
        while digits.count > minimumFractionDigits, digits.hasSuffix("0") { digits.removeLast() }
        return sign + referenceGrouped(whole) + "." + digits
    }

    static func referenceGrouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return (value < 0 ? "-" : "") + result
    }

    static func referenceMoney(_ amount: Double, currency: String) -> String {
        let sign = amount < 0 ? "-" : ""
        let prefix = ReportFormatter.currencySymbols[currency.uppercased()] ?? "\(currency) "
        return sign + prefix + referenceDecimal(abs(amount), maximumFractionDigits: 2, minimumFractionDigits: 2)
    }

    /// Whole numbers, cents, fractions that round up or away, every magnitude up to past 1e15, both signs, and the non-finite.
    static var values: [Double] {
        var generator = SeededGenerator(seed: 7)
        var values: [Double] = [0, -0.0, 0.004, 0.005, 0.006, 0.01, 0.1, 0.5, 0.994, 0.995, 0.999, 1, 9.995, 12.5, 99.999, 999.995, 1_000,
                                999_999.995, 1e15 - 1, 1e15, 1e16, 123_456_789.125, .infinity, -.infinity, .nan, .greatestFiniteMagnitude]
        for exponent in -3...16 {
            for _ in 0..<300 {
                let magnitude = Double(generator.next() % 1_000_000) / 1_000_000 * pow(10, Double(exponent))
                values.append(magnitude)
                values.append((magnitude * 100).rounded() / 100)
                values.append(magnitude.rounded())
            }
        }
        for whole in [0, 1, 9, 10, 99, 100, 999, 1_000, 9_999, 10_000, 99_999, 100_000, 999_999, 1_000_000] {
            for cents in [0, 1, 5, 9, 10, 49, 50, 99] { values.append(Double(whole) + Double(cents) / 100) }
        }
        return values + values.map { -$0 }
    }

    @Test func decimalsMoneyAndCountsAreWrittenAsBefore() {
        for value in Self.values {
            for (maximum, minimum) in [(2, 0), (2, 2), (1, 0), (0, 0), (3, 1)] {
                #expect(ReportFormatter.decimal(value, maximumFractionDigits: maximum, minimumFractionDigits: minimum)
                    == Self.referenceDecimal(value, maximumFractionDigits: maximum, minimumFractionDigits: minimum), "\(value) \(maximum) \(minimum)")
            }
            for currency in ["EUR", "USD", "GBP", "JPY", "INR", "eur", "CHF", "SEK", ""] {
                #expect(ReportFormatter.money(value, currency: currency) == Self.referenceMoney(value, currency: currency), "\(value) \(currency)")
            }
            #expect(ReportFormatter.number(value) == Self.referenceDecimal(value, maximumFractionDigits: 2, minimumFractionDigits: 0))
        }
        for whole in [0, 1, -1, 12, 123, 1_234, -12_345, 123_456, 1_234_567, Int.max, Int.min, Int.min + 1] {
            #expect(ReportFormatter.count(whole) == Self.referenceGrouped(whole))
        }
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<5_000 {
            let whole = Int(truncatingIfNeeded: generator.next()) >> Int(generator.next() % 63)
            #expect(ReportFormatter.count(whole) == Self.referenceGrouped(whole))
        }
    }
}
