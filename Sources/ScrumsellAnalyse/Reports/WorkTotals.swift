/// A count of items and the sum of their points.
public struct WorkTotals: Sendable, Codable, Equatable {
    public var items: Int
    public var points: Double

    public init(items: Int = 0, points: Double = 0) {
        self.items = items
        self.points = points
    }

    public init(_ cards: [BoardCard]) {
        items = cards.count
        points = cards.reduce(0) { $0 + ($1.points ?? 0) }
    }
}
