/// Draws a `Chart` as a `<figure>`: its caption, an inline SVG (`role="img"`, a `<title>`, a
/// `<title>` on every bar and point), and a table of the same figures, so the chart reads
/// without colour and by a screen reader. No script, no external reference; every text is escaped.
public enum ChartRenderer {
    /// The drawing's size in SVG units; it scales to its box.
    static let width = 400.0, height = 240.0
    static let left = 50.0, right = 14.0, top = 12.0, bottom = 34.0
    static var plotWidth: Double { width - left - right }
    static var plotHeight: Double { height - top - bottom }

    public static func render(_ chart: Chart) -> String {
        let titleID = HTMLEscaping.escape(chart.id + "-title")
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(number(width)) \(number(height))\" role=\"img\" aria-labelledby=\"\(titleID)\">"
        svg += "<title id=\"\(titleID)\">\(HTMLEscaping.escape(chart.title))</title>"
        if chart.categories.isEmpty || chart.series.isEmpty {
            svg += "<text x=\"\(number(width / 2))\" y=\"\(number(height / 2))\" text-anchor=\"middle\" class=\"label\">no figures yet</text>"
        } else {
            switch chart.kind {
            case .bar: svg += BarChart.draw(chart, stacked: false)
            case .stackedBar: svg += BarChart.draw(chart, stacked: true)
            case .line: svg += LineChart.draw(chart)
            case .funnel: svg += FunnelChart.draw(chart)
            }
        }
        svg += "</svg>"
        return "<figure class=\"chart\(chart.wide ? " wide" : "")\" id=\"\(HTMLEscaping.escape(chart.id))\"><figcaption>\(HTMLEscaping.escape(chart.title))</figcaption>"
            + svg + table(chart) + "</figure>"
    }

    /// The figures as a table: a row per category, a column per series.
    static func table(_ chart: Chart) -> String {
        var html = "<div class=\"scroll\"><table><thead><tr><th>\(HTMLEscaping.escape(chart.categoryName))</th>"
        let seriesCount = chart.kind == .funnel ? min(1, chart.series.count) : chart.series.count
        for (index, series) in chart.series.prefix(seriesCount).enumerated() {
            html += "<th class=\"num\"><span class=\"key s\(index % 6)\"></span>\(HTMLEscaping.escape(series.name))</th>"
        }
        let totals = chart.kind == .stackedBar && seriesCount > 1
        if totals { html += "<th class=\"num\">total</th>" }
        html += "</tr></thead><tbody>"
        for (row, category) in chart.categories.enumerated() {
            html += "<tr><td>\(HTMLEscaping.escape(category))</td>"
            for column in 0..<seriesCount {
                let values = chart.series[column].values
                html += "<td class=\"num\">\(values.indices.contains(row) ? HTMLEscaping.escape(chart.format(values[row])) : "–")</td>"
            }
            if totals { html += "<td class=\"num\">\(HTMLEscaping.escape(chart.format((0..<seriesCount).reduce(0) { $0 + chart.figure($1, row) })))</td>" }
            html += "</tr>"
        }
        return html + "</tbody></table></div>"
    }

    /// The grid lines and their figures on the left, from 0 to `maximum`.
    static func valueAxis(maximum: Double, format: (Double) -> String) -> String {
        var svg = ""
        for step in 0...4 {
            let value = maximum * Double(step) / 4
            let y = top + plotHeight - plotHeight * Double(step) / 4
            svg += "<line class=\"\(step == 0 ? "axis" : "grid")\" x1=\"\(number(left))\" y1=\"\(number(y))\" x2=\"\(number(width - right))\" y2=\"\(number(y))\"/>"
            svg += "<text class=\"label\" x=\"\(number(left - 6))\" y=\"\(number(y + 4))\" text-anchor=\"end\">\(HTMLEscaping.escape(format(value)))</text>"
        }
        return svg
    }

    /// A category's name under the axis, cut to fit its slot (the table holds it whole); at the
    /// ends of a line chart it is anchored inwards so it stays inside the drawing.
    static func categoryLabel(_ name: String, x: Double, slot: Double, anchor: String = "middle") -> String {
        let fits = max(3, Int(slot / 6.5))
        let shown = name.count > fits ? String(name.prefix(fits - 1)) + "…" : name
        return "<text x=\"\(number(x))\" y=\"\(number(top + plotHeight + 16))\" text-anchor=\"\(anchor)\">\(HTMLEscaping.escape(shown))</text>"
    }

    /// A round top for the axis: 1, 2 or 5 times a power of ten at or above `value` (1 for nothing).
    package static func niceMaximum(_ value: Double) -> Double {
        guard value.isFinite, value > 0 else { return 1 }
        var power = 1.0
        while power * 10 <= value, power < 1e18 { power *= 10 }
        while power > value, power > 1e-6 { power /= 10 }
        for factor in [1.0, 2.0, 2.5, 5.0, 10.0] where factor * power >= value { return factor * power }
        return 10 * power
    }

    /// `1.2M`, `350k`, `12`: a figure short enough for an axis.
    public static func compact(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let magnitude = abs(value)
        func short(_ scaled: Double, _ suffix: String) -> String {
            let tenths = (scaled * 10).rounded()
            let text = tenths.truncatingRemainder(dividingBy: 10) == 0 || tenths >= 100 ? String(Int(scaled.rounded())) : number(tenths / 10)
            return (value < 0 ? "-" : "") + text + suffix
        }
        if magnitude >= 1e15 { return "–" }
        if magnitude >= 1e9 { return short(magnitude / 1e9, "G") }
        if magnitude >= 1e6 { return short(magnitude / 1e6, "M") }
        if magnitude >= 1e3 { return short(magnitude / 1e3, "k") }
        return short(magnitude, "")
    }

    /// A coordinate with at most one decimal, the same on every machine: `12`, `12.5`.
    static func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e12 else { return "0" }
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let whole = abs(tenths) / 10, tenth = abs(tenths) % 10
        return tenth == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(tenth)"
    }
}
