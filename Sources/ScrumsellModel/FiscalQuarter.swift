import ScrumsellBase

/// A quarter of the fiscal year: three calendar months counted from `fiscal_year_start`.
///
/// With a fiscal year starting in January quarters are named like `2026-Q4`; otherwise like
/// `FY2027-Q1`, the fiscal year named by the calendar year it ends in.
public struct FiscalQuarter: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The fiscal year's name (the calendar year it ends in).
    public var fiscalYear: Int
    /// 1–4.
    public var quarter: Int
    /// The month (1–12) the fiscal year starts in.
    public var fiscalYearStart: Int
    public var start: Day
    public var end: Day

    /// The quarter holding `day` in a fiscal year starting in month `fiscalYearStart` (clamped to 1–12).
    public init(containing day: Day, fiscalYearStart: Int = 1) {
        let startMonth = min(max(fiscalYearStart, 1), 12)
        let (year, month, _) = day.parts
        // Months since the start of the fiscal year holding `day`, 0–11.
        let offset = (month - startMonth + 12) % 12
        let yearStart = month >= startMonth ? year : year - 1
        self.init(fiscalYearStartingIn: yearStart, month: startMonth, quarter: offset / 3 + 1)
    }

    private init(fiscalYearStartingIn yearStart: Int, month startMonth: Int, quarter: Int) {
        self.quarter = quarter
        fiscalYearStart = startMonth
        // A year starting in January ends in the same calendar year; any other ends in the next.
        fiscalYear = startMonth == 1 ? yearStart : yearStart + 1
        let firstMonth = startMonth - 1 + (quarter - 1) * 3  // months after January of `yearStart`
        // Quarters reaching past the years a `Day` holds (1–9999) are cut at its ends, not trapped on.
        start = Day(year: yearStart + firstMonth / 12, month: firstMonth % 12 + 1, day: 1) ?? Self.firstDay
        let nextMonth = firstMonth + 3
        end = Day(year: yearStart + nextMonth / 12, month: nextMonth % 12 + 1, day: 1)?.adding(days: -1) ?? Self.lastDay
    }

    /// 0001-01-01 and 9999-12-31, the first and last days a `Day` holds.
    static let firstDay = Day(ordinal: -719_162)
    static let lastDay = Day(ordinal: 2_932_896)

    /// The quarter after this one.
    public var next: FiscalQuarter {
        end >= Self.lastDay ? self : FiscalQuarter(containing: end.adding(days: 1), fiscalYearStart: fiscalYearStart)
    }

    public func contains(_ day: Day) -> Bool { day >= start && day <= end }

    /// `2026-Q4`, or `FY2027-Q1` when the fiscal year does not start in January.
    public var description: String { fiscalYearStart == 1 ? "\(fiscalYear)-Q\(quarter)" : "FY\(fiscalYear)-Q\(quarter)" }
}
