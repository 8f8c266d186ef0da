import Testing
@testable import ScrumsellKit

/// The SVG charts over plain values, coordinates worked out by hand from the drawing's size:
/// 400 × 240 units, the plot 336 wide from x = 50 and 194 high from y = 12 (its base at 206).
@Suite struct ChartRendererTests {
    static func chart(_ kind: Chart.Kind, _ categories: [String], _ series: [Chart.Series], title: String = "T") -> String {
        ChartRenderer.render(Chart(kind, id: "c", title: title, categoryName: "what", categories: categories, series: series,
                                   format: { $0.isFinite ? "\(Int($0))" : "–" }))
    }

    @Test func barsStandOnTheBaseScaledToARoundMaximum() {
        // Highest 100, axis to 100; two slots of 168, bars 74% of a slot (124.32) centred in it.
        let svg = Self.chart(.bar, ["A", "B"], [Chart.Series("n", [50, 100])])
        #expect(svg.contains("<rect class=\"s0\" x=\"71.8\" y=\"109\" width=\"123.3\" height=\"97\"><title>A, n: 50</title></rect>"))
        #expect(svg.contains("<rect class=\"s0\" x=\"239.8\" y=\"12\" width=\"123.3\" height=\"194\"><title>B, n: 100</title></rect>"))
        #expect(svg.contains("<title id=\"c-title\">T</title>") && svg.contains("aria-labelledby=\"c-title\""))
        // The same figures in a table.
        #expect(svg.contains("<tr><td>A</td><td class=\"num\">50</td></tr><tr><td>B</td><td class=\"num\">100</td></tr>"))
    }

    @Test func stackedBarsPileUpAndTheTableTotalsThem() {
        // 30 + 10 = 40, axis to 50: 116.4 and 38.8 units high, one bar 248.64 wide from 93.68.
        let svg = Self.chart(.stackedBar, ["W1"], [Chart.Series("a", [30]), Chart.Series("b", [10])])
        #expect(svg.contains("<rect class=\"s0\" x=\"93.7\" y=\"89.6\" width=\"247.6\" height=\"116.4\">"))
        #expect(svg.contains("<rect class=\"s1\" x=\"93.7\" y=\"50.8\" width=\"247.6\" height=\"38.8\">"))
        #expect(svg.contains("<th class=\"num\">total</th>") && svg.contains("<td class=\"num\">40</td></tr>"))
    }

    @Test func linesJoinTheirPointsAndAnIdealIsDashed() {
        let svg = Self.chart(.line, ["d1", "d2", "d3"], [Chart.Series("left", [0, 50, 100]), Chart.Series("ideal", [100, 50, 0], dashed: true)])
        #expect(svg.contains("<polyline class=\"s0\" points=\"50,206 218,109 386,12\">"))
        #expect(svg.contains("<polyline class=\"s1 ideal\" points=\"50,12 218,109 386,206\">"))
        #expect(svg.components(separatedBy: "<circle ").count - 1 == 3, "points on the solid line only")
    }

    @Test func aFunnelNarrowsWithItsFiguresAndShares() {
        // Bands 110 high; the widest 270 centred on x = 245; a quarter of it 67.5 wide.
        let svg = Self.chart(.funnel, ["contacted", "replies"], [Chart.Series("people", [100, 25])])
        #expect(svg.contains("<rect class=\"s0\" x=\"110\" y=\"12\" width=\"270\" height=\"106\"><title>contacted: 100</title></rect>"))
        #expect(svg.contains("<rect class=\"s1\" x=\"211.3\" y=\"122\" width=\"67.5\" height=\"106\"><title>replies: 25 (25% of contacted)</title></rect>"))
    }

    @Test func textIsEscapedAndNothingIsScript() {
        let svg = Self.chart(.bar, ["<img src=x onerror=alert(1)>"], [Chart.Series("<script>", [1])], title: "\"><script>alert(1)</script>")
        #expect(!svg.contains("<script") && !svg.contains("<img"))
        #expect(svg.contains("&lt;script&gt;") && svg.contains("&quot;&gt;"))
    }

    @Test func aChartWithoutFiguresSaysSo() {
        let svg = Self.chart(.bar, [], [])
        #expect(svg.contains(">no figures yet</text>") && svg.contains("<table>"))
        // Figures that cannot be drawn count as nothing, never as a coordinate.
        let odd = Self.chart(.bar, ["a", "b"], [Chart.Series("n", [.nan, -5])])
        #expect(!odd.contains("nan") && !odd.contains("inf") && !odd.contains("height=\"-"))
    }

    @Test func axisFiguresAreShortAndRound() {
        #expect(ChartRenderer.niceMaximum(0) == 1 && ChartRenderer.niceMaximum(100) == 100 && ChartRenderer.niceMaximum(40) == 50)
        #expect(ChartRenderer.niceMaximum(440_000) == 500_000 && ChartRenderer.niceMaximum(52) == 100 && ChartRenderer.niceMaximum(21) == 25)
        #expect(ChartRenderer.compact(1_040_000) == "1M" && ChartRenderer.compact(1_250_000) == "1.3M" && ChartRenderer.compact(350_000) == "350k")
        #expect(ChartRenderer.compact(12) == "12" && ChartRenderer.compact(-1500) == "-1.5k" && ChartRenderer.compact(.infinity) == "–")
    }
}
