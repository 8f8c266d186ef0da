/// Bars per category: side by side (one per series) or stacked.
enum BarChart {
    static func draw(_ chart: Chart, stacked: Bool) -> String {
        typealias R = ChartRenderer
        let categories = chart.categories.count, seriesCount = chart.series.count
        var highest = 0.0
        for category in 0..<categories {
            if stacked {
                highest = max(highest, (0..<seriesCount).reduce(0) { $0 + chart.figure($1, category) })
            } else {
                for series in 0..<seriesCount { highest = max(highest, chart.figure(series, category)) }
            }
        }
        let maximum = R.niceMaximum(highest)
        var svg = R.valueAxis(maximum: maximum, format: chart.axisFormat)
        let slot = R.plotWidth / Double(categories)
        let groupWidth = slot * 0.74
        let barWidth = stacked ? groupWidth : groupWidth / Double(seriesCount)
        for category in 0..<categories {
            let start = R.left + slot * Double(category) + (slot - groupWidth) / 2
            var base = R.top + R.plotHeight
            for series in 0..<seriesCount {
                let value = chart.figure(series, category)
                let barHeight = R.plotHeight * value / maximum
                let x = stacked ? start : start + barWidth * Double(series)
                let y = stacked ? base - barHeight : R.top + R.plotHeight - barHeight
                if stacked { base -= barHeight }
                let tip = "\(chart.categories[category]), \(chart.series[series].name): \(chart.format(chart.series[series].values.indices.contains(category) ? chart.series[series].values[category] : 0))"
                svg += "<rect class=\"s\(series % 6)\" x=\"\(R.number(x))\" y=\"\(R.number(y))\" width=\"\(R.number(max(1, barWidth - 1)))\" height=\"\(R.number(barHeight))\"><title>\(HTMLEscaping.escape(tip))</title></rect>"
            }
            svg += R.categoryLabel(chart.axisLabel(category), x: R.left + slot * (Double(category) + 0.5), slot: slot)
        }
        return svg
    }
}
