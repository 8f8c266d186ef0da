/// A line per series across the categories, with a point at every figure; a `dashed` series
/// (an ideal, a target) without points.
enum LineChart {
    static func draw(_ chart: Chart) -> String {
        typealias R = ChartRenderer
        let categories = chart.categories.count
        var highest = 0.0
        for series in chart.series.indices {
            for category in 0..<categories { highest = max(highest, chart.figure(series, category)) }
        }
        let maximum = R.niceMaximum(highest)
        var svg = R.valueAxis(maximum: maximum, format: chart.axisFormat)
        let step = categories > 1 ? R.plotWidth / Double(categories - 1) : 0
        func x(_ category: Int) -> Double { categories > 1 ? R.left + step * Double(category) : R.left + R.plotWidth / 2 }
        func y(_ value: Double) -> Double { R.top + R.plotHeight - R.plotHeight * value / maximum }
        // Labels no closer than about 40 units: every n-th category named.
        let every = max(1, Int((40 / max(step, 1)).rounded(.up)))
        for category in 0..<categories where category % every == 0 || category == categories - 1 {
            let anchor = categories == 1 ? "middle" : category == 0 ? "start" : category == categories - 1 ? "end" : "middle"
            svg += R.categoryLabel(chart.axisLabel(category), x: x(category), slot: max(step * Double(every), 40), anchor: anchor)
        }
        for (index, series) in chart.series.enumerated() {
            let count = min(categories, series.values.count)
            guard count > 0 else { continue }
            let points = (0..<count).map { "\(R.number(x($0))),\(R.number(y(chart.figure(index, $0))))" }.joined(separator: " ")
            svg += "<polyline class=\"s\(index % 6)\(series.dashed ? " ideal" : "")\" points=\"\(points)\"><title>\(HTMLEscaping.escape(series.name))</title></polyline>"
            guard !series.dashed else { continue }
            for category in 0..<count {
                let tip = "\(chart.categories[category]), \(series.name): \(chart.format(series.values[category]))"
                svg += "<circle class=\"s\(index % 6)\" cx=\"\(R.number(x(category)))\" cy=\"\(R.number(y(chart.figure(index, category))))\" r=\"3.5\"><title>\(HTMLEscaping.escape(tip))</title></circle>"
            }
        }
        return svg
    }
}
