import ScrumsellBase
import ScrumsellModel

/// One day of a sprint's burndown (docs/metrics.md, "Burndown"): the committed points not yet
/// done or dropped at the end of `date`, beside the ideal straight line.
public struct BurndownDay: Sendable, Codable, Equatable {
    public var date: Day
    public var remaining: Double
    public var ideal: Double

    public init(date: Day, remaining: Double, ideal: Double) {
        self.date = date
        self.remaining = remaining
        self.ideal = ideal
    }

    /// A sprint too long to draw day by day (a typo in `end`) gets no burndown rather than a huge one.
    static let maximumDays = 366

    /// Each day from the sprint's start to `asOf` or its end, whichever is first; empty before
    /// it starts, or when its dates are missing or reversed. `cards` are the board's, dropped ones
    /// included: every card with points was committed, and counts down on its `done:` day, else
    /// the day git first shows it finished, else the sprint's last day.
    /// `doneDays` (path → title → day) are the days git first shows an item without `done:` finished.
    static func days(of sprint: Sprint, cards: [BoardCard], asOf: Day, doneDays: [String: [String: Day]] = [:]) -> [BurndownDay] {
        guard let start = sprint.start, let end = sprint.end, let length = sprint.length,
              start <= end, length <= maximumDays, start <= asOf else { return [] }
        let committed = cards.reduce(0) { $0 + ($1.points ?? 0) }
        // The day each finished card counts off; open cards never do.
        let finished = cards.compactMap { card -> (Day, Double)? in
            guard let points = card.points, card.state == .done || card.state == .dropped else { return nil }
            return (card.done ?? doneDays[card.source.path]?[card.text] ?? end, points)
        }
        let last = min(asOf, end)
        var days: [BurndownDay] = []
        var day = start, index = 0
        while day <= last {
            let burnt = finished.reduce(0) { $0 + ($1.0 <= day ? $1.1 : 0) }
            let ideal = committed * Double(length - 1 - index) / Double(length)
            days.append(BurndownDay(date: day, remaining: committed - burnt, ideal: (ideal * 10).rounded() / 10))
            day = day.adding(days: 1)
            index += 1
        }
        return days
    }
}
