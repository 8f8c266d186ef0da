import ScrumsellBase

/// Deterministic text for the figures of a report: money (`€1,040,000`), percentages
/// (`87%`, `1.4%`), counts, points and dates. No locale, no clock.
public enum ReportFormatter {
    /// Symbols written before the amount; other currencies are written as a code and a space (`CHF 1,200`).
    public static let currencySymbols = ["EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "INR": "₹"]

    /// `€1,040,000`; cents only when there are any (`$12.50`); `-€300` below zero.
    public static func money(_ amount: Double, currency: String) -> String {
        let sign = amount < 0 ? "-" : ""
        return sign + prefix(currency) + decimal(abs(amount), maximumFractionDigits: 2, minimumFractionDigits: 2)
    }

    /// `€`, `$`, …, or the code and a space (`CHF `). Reports write thousands of amounts, nearly all in one currency.
    static func prefix(_ currency: String) -> String {
        switch currency {
        case "EUR": return "€"
        case "USD": return "$"
        case "GBP": return "£"
        case "JPY": return "¥"
        case "INR": return "₹"
        default: return currencySymbols[currency.uppercased()] ?? "\(currency) "
        }
    }

    /// A whole percentage from 10% up (`87%`), one decimal below (`1.4%`, `5%`); `0%` for zero;
    /// `–` for a ratio no report can mean (not finite, or past `largestFigure` percent), which
    /// also keeps the conversions to `Int` from trapping.
    public static func percent(_ ratio: Double) -> String {
        let value = ratio * 100
        guard value.isFinite, value.magnitude < largestFigure else { return "–" }
        let tenths = (value * 10).rounded()
        if tenths.magnitude >= 100 { return grouped(Int((value).rounded())) + "%" }
        let whole = Int(tenths) / 10, tenth = abs(Int(tenths) % 10)
        let sign = tenths < 0 && whole == 0 ? "-" : ""
        return tenth == 0 ? "\(sign)\(whole)%" : "\(sign)\(whole).\(tenth)%"
    }

    /// The largest magnitude written as digits: below it, every figure times 100 fits an `Int` exactly.
    static let largestFigure = 1e15

    /// `1,250`.
    public static func count(_ value: Int) -> String { grouped(value) }

    /// A number as written in a file: `13`, `2.5`, `1,200`.
    public static func number(_ value: Double) -> String { decimal(value, maximumFractionDigits: 2, minimumFractionDigits: 0) }

    /// A score with one decimal: `41.3`; `–` when not finite or past `largestFigure`.
    public static func score(_ value: Double) -> String {
        guard value.isFinite, value.magnitude < largestFigure else { return "–" }
        let tenths = Int((value * 10).rounded())
        return "\(grouped(tenths / 10)).\(abs(tenths % 10))"
    }

    /// `1 item`, `2 items`.
    public static func plural(_ count: Int, _ noun: String, _ plural: String? = nil) -> String {
        "\(grouped(count)) \(count == 1 ? noun : plural ?? noun + "s")"
    }

    /// `Friday 2026-11-20`.
    public static func dayWithWeekday(_ day: Day) -> String { "\(weekdayNames[day.weekday - 1]) \(day)" }

    public static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// Digits with `,` every three places; fraction digits only when needed, up to the maximum
    /// (`minimumFractionDigits` applies once there is a fraction: `12.50`).
    package static func decimal(_ value: Double, maximumFractionDigits: Int, minimumFractionDigits: Int) -> String {
        guard value.isFinite else { return "–" }
        guard value.magnitude < largestFigure else { return "\(value)" }
        var scale = 1
        for _ in 0..<maximumFractionDigits { scale *= 10 }
        let scaled = Int((value.magnitude * Double(scale)).rounded())
        let whole = scaled / scale, fraction = scaled % scale
        let negative = value < 0 && scaled > 0
        guard fraction > 0 else { return digits(whole.magnitude, negative: negative) }
        // The fraction's digits, zero-padded to the maximum, without the trailing zeros past the minimum.
        var shown = maximumFractionDigits, rest = fraction
        while shown > minimumFractionDigits, rest % 10 == 0 { rest /= 10; shown -= 1 }
        return digits(whole.magnitude, negative: negative, fraction: (rest.magnitude, shown))
    }

    static func grouped(_ value: Int) -> String { digits(value.magnitude, negative: value < 0) }

    /// `-1,234.05`: `whole` grouped by three, then `fraction.digits` digits of `fraction.value`, zero-padded.
    /// Written byte by byte from the right: the reports format tens of thousands of figures.
    private static func digits(_ whole: UInt, negative: Bool, fraction: (value: UInt, digits: Int) = (0, 0)) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32 + fraction.digits) { buffer in
            var index = buffer.count
            func put(_ byte: UInt8) {
                index -= 1
                buffer[index] = byte
            }
            if fraction.digits > 0 {
                var rest = fraction.value
                for _ in 0..<fraction.digits {
                    put(UInt8(ascii: "0") + UInt8(rest % 10))
                    rest /= 10
                }
                put(UInt8(ascii: "."))
            }
            var rest = whole, written = 0
            repeat {
                if written > 0, written % 3 == 0 { put(UInt8(ascii: ",")) }
                put(UInt8(ascii: "0") + UInt8(rest % 10))
                rest /= 10
                written += 1
            } while rest > 0
            if negative { put(UInt8(ascii: "-")) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[index...]), as: UTF8.self)
        }
    }
}
