/// The first series as a funnel: a band per category, centred, as wide as its figure against
/// the largest, each with its figure and its share of the one before.
enum FunnelChart {
    static func draw(_ chart: Chart) -> String {
        typealias R = ChartRenderer
        let categories = chart.categories.count
        let highest = (0..<categories).map { chart.figure(0, $0) }.max() ?? 0
        let maximum = highest > 0 ? highest : 1
        let band = (R.height - 20) / Double(categories)
        let labelWidth = 110.0
        let widest = R.width - labelWidth - 20
        let centre = labelWidth + widest / 2
        var svg = ""
        for category in 0..<categories {
            let value = chart.figure(0, category)
            let bandWidth = max(2, widest * value / maximum)
            let y = 10 + band * Double(category)
            var tip = "\(chart.categories[category]): \(chart.format(chart.series[0].values.indices.contains(category) ? chart.series[0].values[category] : 0))"
            if category > 0 {
                let before = chart.figure(0, category - 1)
                if before > 0 { tip += " (\(ReportFormatter.percent(value / before)) of \(chart.categories[category - 1]))" }
            }
            svg += "<rect class=\"s\(category % 6)\" x=\"\(R.number(centre - bandWidth / 2))\" y=\"\(R.number(y + 2))\" width=\"\(R.number(bandWidth))\" height=\"\(R.number(band - 4))\"><title>\(HTMLEscaping.escape(tip))</title></rect>"
            let name = chart.categories[category]
            let shown = name.count > 16 ? String(name.prefix(15)) + "…" : name
            svg += "<text x=\"\(R.number(labelWidth - 8))\" y=\"\(R.number(y + band / 2 + 4))\" text-anchor=\"end\">\(HTMLEscaping.escape(shown))</text>"
            svg += "<text class=\"value\" x=\"\(R.number(centre))\" y=\"\(R.number(y + band / 2 + 4))\" text-anchor=\"middle\">\(HTMLEscaping.escape(chart.axisFormat(value)))</text>"
        }
        return svg
    }
}
