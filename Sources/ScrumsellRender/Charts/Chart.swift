/// A chart over plain values: named categories along one axis, one or more series of figures
/// (one per category), and how a figure is written. `ChartRenderer` draws it as inline SVG
/// with the same figures in a table beside it.
public struct Chart: Sendable {
    public enum Kind: Sendable {
        /// Bars side by side per category, one per series.
        case bar
        /// One bar per category, the series stacked in it.
        case stackedBar
        /// One line per series across the categories, in order (a burndown, velocity).
        case line
        /// The first series as a funnel, one band per category, widest first (contacted → opportunities).
        case funnel
    }

    /// One series: its name (the table's column, the legend) and a figure per category.
    public struct Series: Sendable {
        public var name: String
        public var values: [Double]
        /// Drawn dashed (a line chart's ideal, a target).
        public var dashed: Bool

        public init(_ name: String, _ values: [Double], dashed: Bool = false) {
            self.name = name
            self.values = values
            self.dashed = dashed
        }
    }

    public var kind: Kind
    /// Unique within its page: the SVG's `<title>` is found by it (`aria-labelledby`).
    public var id: String
    public var title: String
    /// The table's first column's heading (`stage`, `week`, `sprint`).
    public var categoryName: String
    public var categories: [String]
    public var series: [Series]
    /// A figure as the table writes it (`€260,000`, `13`).
    public var format: @Sendable (Double) -> String
    /// A figure as the axis writes it, short (`€1.2M`).
    public var axisFormat: @Sendable (Double) -> String
    /// Shorter names for the axis than the table's (`W48` for `2026-W48 (2 deals)`); the categories when `nil`.
    public var axisLabels: [String]?
    /// Drawn across the whole width of a page's chart grid (a wide table of figures).
    public var wide = false

    public init(_ kind: Kind, id: String, title: String, categoryName: String, categories: [String], series: [Series],
                format: @escaping @Sendable (Double) -> String, axisFormat: (@Sendable (Double) -> String)? = nil) {
        self.kind = kind
        self.id = id
        self.title = title
        self.categoryName = categoryName
        self.categories = categories
        self.series = series
        self.format = format
        self.axisFormat = axisFormat ?? { ChartRenderer.compact($0) }
    }

    /// The name the axis shows for a category.
    func axisLabel(_ category: Int) -> String {
        axisLabels.flatMap { $0.indices.contains(category) ? $0[category] : nil } ?? categories[category]
    }

    /// The figure of series `series` at category `category`, 0 where it has none; never negative or not finite.
    func figure(_ series: Int, _ category: Int) -> Double {
        let values = self.series[series].values
        guard values.indices.contains(category) else { return 0 }
        let value = values[category]
        return value.isFinite ? max(0, value) : 0
    }
}
