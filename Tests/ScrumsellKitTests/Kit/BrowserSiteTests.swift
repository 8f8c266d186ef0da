import Foundation
import Testing
@testable import ScrumsellKit

/// `scrumsell build`'s HTML site loaded in a real browser, headless Chromium (scripts/setup
/// installs it): the DOM the browser built from every page holds the figures worked out by hand
/// from the sample, every chart's SVG elements, no script and no request outside the page; a
/// workspace written to attack the pages produces none either.
@Suite("the HTML site in a browser", .serialized)
struct BrowserSiteTests {
    static func browser() throws -> HeadlessChromium {
        try #require(HeadlessChromium.installed, "no chromium: scripts/setup installs Debian's chromium")
    }

    /// A copy of `source` (or an empty folder) in a fresh temporary folder, without its reports.
    static func copy(of source: URL) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-site-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: source, to: folder)
        try? FileManager.default.removeItem(at: folder.appendingPathComponent("reports"))
        return folder
    }

    /// Runs `scrumsell build` on `workspace` as of 2026-11-20; the site's pages, by path inside `reports/html/`.
    static func build(_ workspace: URL) throws -> (site: URL, pages: [String]) {
        let run = try CLITests.run(["build", "-w", workspace.path, "--as-of", "2026-11-20", "--no-history"])
        #expect(run.status == 0, "build: \(run.stderr)")
        let site = workspace.appendingPathComponent("reports/html")
        let paths = FileManager.default.enumerator(atPath: site.path)?.allObjects.compactMap { $0 as? String } ?? []
        return (site, paths.filter { $0.hasSuffix(".html") }.sorted())
    }

    /// The DOM of every page, loaded a few at a time.
    static func doms(_ pages: [String], in site: URL, browser: HeadlessChromium) -> [String: Result<String, Error>] {
        let results = Locked<[String: Result<String, Error>]>([:])
        DispatchQueue.concurrentPerform(iterations: 3) { lane in
            for (index, page) in pages.enumerated() where index % 3 == lane {
                let dom = Result { try browser.dumpDOM(site.appendingPathComponent(page)) }
                results.update { $0[page] = dom }
            }
        }
        return results.value
    }

    // MARK: The sample's site

    @Test func theSampleSiteShowsItsFiguresInTheBrowser() throws {
        let browser = try Self.browser()
        let workspace = try Self.copy(of: SampleReports.root)
        defer { try? FileManager.default.removeItem(at: workspace) }
        let (site, pages) = try Self.build(workspace)
        let deals = ["bolt-nut-industries", "delta-water", "dockside-logistics", "eastport-grid", "haven-freight", "kade-transport",
                     "maasvlakte-terminals", "noordzee-cold", "polder-bakeries", "rijnmond-haulage", "vandam-dairy", "zuidas-couriers"]
        let open = ["bolt-nut-industries", "dockside-logistics", "haven-freight", "maasvlakte-terminals", "noordzee-cold",
                    "polder-bakeries", "rijnmond-haulage", "vandam-dairy"]
        #expect(pages == (["board-2026-s47.html", "index.html", "report-2026-W47.html", "retro-2026-s43.html", "retro-2026-s45.html"]
            + deals.map { "deals/\($0).html" } + open.map { "plans/\($0).html" }).sorted())

        let screenshot = RepositoryPaths.root.appendingPathComponent(".build/browser-tests/dashboard.png")
        try browser.screenshot(site.appendingPathComponent("index.html"), to: screenshot)
        let png = try Data(contentsOf: screenshot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 20_000, "the dashboard's screenshot is \(png.count) bytes")

        let accounts = SampleReports.workspace().deals.map { ($0.id, $0.account) }
        let doms = Self.doms(pages, in: site, browser: browser)
        for page in pages {
            let size = (try? FileManager.default.attributesOfItem(atPath: site.appendingPathComponent(page).path)[.size] as? Int) ?? 0
            #expect(size > 0 && size < 200_000, "\(page) is \(size) bytes; a page of the sample stays under 200 KB")
            let dom = try #require(try doms[page]?.get(), "\(page) did not load")
            let document = DOMDocument(dom)
            #expect(document.elements.contains { $0.name == "main" }, "\(page): the browser built no <main>")
            Self.expectInert(document, page)
            Self.expectLinksResolve(document, page: page, in: site)
            // Every deal's name, wherever it stands alone in an element, links to its page (but on that page itself).
            for (id, account) in accounts where page != "deals/\(id).html" && page != "plans/\(id).html" {
                let named = dom.components(separatedBy: ">\(account)<").count - 1
                let linked = dom.components(separatedBy: "/\(id).html\">\(account)</a>").count - 1
                #expect(named == linked, "\(page): \(account) is named \(named) times, linked \(linked)")
            }
        }

        // The dashboard: the open pipeline (60k + 155k + 235k + 440k + 150k), weighted (6,000 + 38,750 +
        // 117,500 + 308,000 + 127,500); the quarter's coverage: the open deals deciding in 2026-Q4
        // (180k + 150k + 260k + 140k = 730k) against the target €1,200,000 (60.8%); the sprint's points
        // (13 in its backlog, 34 in deals and campaigns; 3 + 2 done); four deals needing attention; the
        // forecast: won in the quarter 45k + 120k, attainment 165k of the €600,000 quota (27.5%).
        let index = try #require(try doms["index.html"]?.get())
        for figure in ["€1,040,000", "8 open deals", "(€597,750 weighted)", "61%", "€1,200,000", "5 of 47", "€165,000", "28%", "€600,000"] {
            #expect(index.contains(figure), "the dashboard lacks \(figure)")
        }
        for (id, account) in [("vandam-dairy", "Van Dam Dairy"), ("noordzee-cold", "Noordzee Cold Logistics"),
                              ("polder-bakeries", "Polder Bakeries"), ("rijnmond-haulage", "Rijnmond Haulage")] {
            #expect(index.contains("<a href=\"deals/\(id).html\">\(account)</a>"), "the dashboard does not link \(account) to its page")
        }
        for id in open { #expect(index.contains("href=\"plans/\(id).html\""), "the dashboard does not link the plan of \(id)") }
        // Each chart's SVG is in the DOM with its title and its marks: 5 stages × (value, weighted) bars,
        // the forecast's won, commit, best case and quota bars, the burndown's remaining and ideal lines,
        // the committed and done lines over 3 sprints, 4 funnel bands, 8 weeks × 5 stages stacked.
        let charts = DOMDocument(index).charts
        #expect(charts.map(\.id) == ["chart-pipeline", "chart-forecast", "chart-burndown", "chart-velocity", "chart-funnel", "chart-decisions"])
        let marks = ["chart-pipeline": ("rect", 10), "chart-forecast": ("rect", 4), "chart-burndown": ("polyline", 2), "chart-velocity": ("polyline", 2),
                     "chart-funnel": ("rect", 4), "chart-decisions": ("rect", 40)]
        for chart in charts {
            #expect(chart.svgTitle?.isEmpty == false, "\(chart.id) has no <title> in its SVG")
            let (mark, count) = try #require(marks[chart.id])
            #expect(chart.count(mark) == count, "\(chart.id): \(chart.count(mark)) <\(mark)> in the DOM, not \(count)")
            #expect(chart.hasTable, "\(chart.id) has no table of its figures")
        }
        let pipeline = try #require(charts.first)
        for row in ["<td>Propose</td><td class=\"num\">€440,000</td><td class=\"num\">€308,000</td>",
                    "<td>Negotiate</td><td class=\"num\">€150,000</td><td class=\"num\">€127,500</td>"] {
            #expect(pipeline.html.contains(row), "the pipeline chart's table lacks \(row)")
        }

        // The board: four lanes, a swimlane per person, cards linking their deals.
        let board = try #require(try doms["board-2026-s47.html"]?.get())
        for lane in ["To do (12)", "Doing (10)", "Done (4)", "Dropped (0)"] { #expect(board.contains(">\(lane)<"), "the board lacks the lane \(lane)") }
        for person in ["Sofia Brandt", "Daan Visser", "Amira Haddad", "Joost Bakker", "Lena Vos"] {
            #expect(board.contains("<div class=\"person\" role=\"rowheader\">\(person)<"), "the board has no swimlane for \(person)")
        }
        #expect(board.contains("<span class=\"figure\" id=\"committed-points\">47</span>") && board.contains("<span class=\"figure\" id=\"done-points\">5</span>"))
        #expect(board.contains("<a href=\"deals/rijnmond-haulage.html\">Rijnmond Haulage</a>"))

        // A deal's page and its buyer's plan: the plan holds the buyer's side and nothing internal.
        let deal = try #require(try doms["deals/vandam-dairy.html"]?.get())
        for text in ["Van Dam Dairy", "€180,000", "Ingrid van Dam", "Management team decides"] { #expect(deal.contains(text), "the deal page lacks \(text)") }
        let plan = try #require(try doms["plans/vandam-dairy.html"]?.get())
        for text in ["Hold the carton-filler supplier to its 95% uptime guarantee", "Management team decides", "Ingrid van Dam, COO",
                     "Send the guarantee measurement plan to Kees", "2026-11-13", "without monitoring in place"] {
            #expect(plan.contains(text), "the plan lacks \(text)")
        }
        for text in ["180,000", "€", "propose", "Propose", "70%", "Third generation", "Collects old dairy", "pilot terms", "Reference call",
                     "pricing accepted", "Fabrik Integrators", "decided before Christmas", "economic"] {
            #expect(!plan.contains(text), "the buyer's plan shows something internal: \(text)")
        }
        let report = try #require(try doms["report-2026-W47.html"]?.get())
        // The pipeline's totals, and the quarter's forecast as the dashboard worked it out above.
        for text in ["€1,040,000", "€597,750", "Forecast: 2026-Q4", "61%", "€730,000", "28%"] { #expect(report.contains(text), "the weekly report page lacks \(text)") }
    }

    // MARK: A workspace that attacks its pages

    static let evilConfig = """
        name: "Evil <script>alert('name')</script> Sales {{name}}"
        currency: EUR
        sprint_days: 14
        pipeline_target: 100000
        teams:
          - id: red
            name: "<img src=x onerror=alert('team')>"
            members:
              - {id: mal, name: "Mal <script>alert('member')</script>", role: sales-executive}
              - {id: eve, name: "<img src=x onerror=alert('eve')> Eve", role: lead-generator}
        stages:
          - id: prospect
            name: "<script>alert('stage')</script>"
            probability: 10
          - id: qualify
            name: "<svg onload=alert('qualify')>"
            probability: 40

        """

    static let evilDeal = """
        ---
        account: "<script>alert('account')</script> {{account}} Corp"
        title: "<img src=x onerror=alert('title')>"
        owner: mal
        stage: qualify
        value: 50000
        decision_date: 2026-12-10
        consequence: "<a href=\\"javascript:alert('consequence')\\">click</a> {{#deal}}x{{/deal}}"
        outcome: open
        campaign: evil-campaign
        last_contact: 2026-11-18
        stakeholders:
          - {id: bob, name: "<script>alert('bob')</script> Bob", title: "<img src=x onerror=alert('cfo')>", influence: economic, rapport: "{{{rapport}}}"}
          - {id: ann, name: "Ann [x](javascript:alert('ann'))", title: "}}{{", influence: coach}
        ---
        # Evil deal

        ## Buyer objectives
        - <script>alert('objective')</script> Stop the [attack](javascript:alert('objective-link'))
        - <img src=x onerror=alert('objective2')> {{objective}}

        ## Buying process
        1. [x] <b onclick="alert('step')">Bold</b> step done:2026-11-02
        2. [ ] Decide [now](javascript:alert('step-link')) @bob due:2026-11-18

        ## Backlog
        - [/] <iframe src="javascript:alert('item')"></iframe> Pitch [here](JaVaScRiPt:alert('case')) @mal sprint:s2 due:2026-11-19 pts:2
        - [ ] ![img](javascript:alert('image')) {{> partial}} @eve sprint:s2 due:2026-11-25 pts:1
        - [x] <svg><script>alert('svg')</script></svg> done @mal sprint:s1 due:2026-11-10 done:2026-11-10 pts:3

        ## Next steps
        1. [ ] <a href="javascript:alert('next')">Call</a> @ann due:2026-11-24
        2. [ ] [Email](javas&#99;ript:alert('entity')) @mal due:2026-11-25

        ## Contingencies
        - <script>alert('contingency')</script>

        ## Log
        - 2026-11-18 <script>alert('log')</script> call with <img src=x onerror=alert('log-img')> [notes](javascript:alert('log-link')) {{log}}
        - 2026-11-12 <a href="javascript:alert('log2')" onmouseover="alert('hover')">hover</a>

        """

    static let evilCampaign = """
        ---
        title: "<script>alert('campaign')</script> {{title}}"
        status: active
        priority: 1
        owner: eve
        ---
        # Campaign

        ## Backlog
        - [ ] <img src=x onerror=alert('campaign-item')> list @eve sprint:s2 due:2026-11-26 pts:1

        """

    static func evilSprint(_ id: String, start: String, end: String) -> String {
        """
        ---
        team: red
        start: \(start)
        end: \(end)
        goal: "<script>alert('goal')</script> {{goal}}"
        results:
          evil-campaign: {contacted: 40, replies: 8, meetings: 3, opportunities: 1}
        ---
        # Sprint \(id)

        ## Sprint backlog
        - [ ] <script>alert('sprint-item')</script> [go](javascript:alert('sprint-link')) @mal due:2026-11-27 pts:1

        ## Daily scrum

        ### \(start)
        - win: <img src=x onerror=alert('win')> [won](javascript:alert('win-link')) @mal
        - idea: {{idea}} <script>alert('idea')</script> @eve

        ## Retrospective

        ### What worked
        - <script>alert('worked')</script> [this](javascript:alert('worked-link'))

        """
    }

    @Test func aWorkspaceAttackingItsPagesRunsNothingInTheBrowser() throws {
        let browser = try Self.browser()
        let files = ["deals/evil-deal.md": Self.evilDeal, "campaigns/evil-campaign.md": Self.evilCampaign,
                     "sprints/s1.md": Self.evilSprint("s1", start: "2026-11-02", end: "2026-11-15"),
                     "sprints/s2.md": Self.evilSprint("s2", start: "2026-11-16", end: "2026-11-29")]
        let fixture = try TestWorkspace(config: Self.evilConfig, files: files)
        let (site, built) = try Self.build(fixture.root)
        #expect(built == ["board-s2.html", "deals/evil-deal.html", "index.html", "plans/evil-deal.html", "report-2026-W47.html", "retro-s1.html"])
        // The pages a command prints, beside the site's.
        var pages = built
        for (name, arguments) in ["standup.html": ["standup"], "plan-command.html": ["plan", "evil-deal"], "board-command.html": ["board"],
                                  "report-command.html": ["report"], "retro-command.html": ["retro", "s1"]] {
            let run = try CLITests.run(arguments + ["--format", "html", "-w", fixture.root.path, "--as-of", "2026-11-20"])
            #expect(run.status == 0, "\(arguments.joined(separator: " ")) --format html: \(run.stderr)")
            try Data(run.stdout.utf8).write(to: site.appendingPathComponent(name))
            pages.append(name)
        }
        let doms = Self.doms(pages, in: site, browser: browser)
        for page in pages {
            let dom = try #require(try doms[page]?.get(), "\(page) did not load")
            let document = DOMDocument(dom)
            #expect(document.elements.contains { $0.name == "main" }, "\(page): the browser built no <main>")
            Self.expectInert(document, page)
            // The attacks are shown as text, not dropped and not run: Mustache tags in workspace text stay as written.
            #expect(dom.contains("&lt;script&gt;alert("), "\(page) does not show the workspace's <script> as text")
            #expect(dom.contains("{{"), "\(page) lost the workspace's {{ … }} text")
        }
        let deal = try #require(try doms["deals/evil-deal.html"]?.get())
        for text in ["{{account}} Corp", "&lt;img src=x onerror=alert('title')&gt;", "{{log}}", "&lt;script&gt;alert('bob')&lt;/script&gt; Bob"] {
            #expect(deal.contains(text), "the deal page does not show \(text) as text")
        }
        let plan = try #require(try doms["plans/evil-deal.html"]?.get())
        #expect(!plan.contains("contingency") && !plan.contains("log-img") && !plan.contains("50,000"), "the plan shows something internal")
    }

    // MARK: What a page must never hold

    /// No script element, no event-handler attribute, no `javascript:` URL, nothing fetched from
    /// elsewhere (no external style sheet, image, frame or font).
    static func expectInert(_ document: DOMDocument, _ page: String) {
        for element in document.elements {
            #expect(!["script", "iframe", "object", "embed", "link", "frame", "base", "form"].contains(element.name),
                    "\(page): a <\(element.name)> element in the DOM")
            for (name, value) in element.attributes {
                #expect(!name.hasPrefix("on"), "\(page): an event-handler attribute \(name)=\"\(value)\" on <\(element.name)>")
                let squeezed = value.lowercased().filter { !$0.isWhitespace && ($0.asciiValue ?? 0x20) >= 0x20 }
                #expect(!squeezed.contains("javascript:") && !squeezed.contains("vbscript:"), "\(page): a script URL \(name)=\"\(value)\" on <\(element.name)>")
                if ["src", "href", "xlink:href", "action", "poster", "srcset"].contains(name), element.name != "a" {
                    #expect(squeezed.isEmpty || squeezed.hasPrefix("#") || squeezed.hasPrefix("data:image/"), "\(page): <\(element.name) \(name)=\"\(value)\"> fetches")
                }
            }
        }
        for style in document.styleSheets {
            #expect(!style.contains("url(") && !style.contains("@import") && !style.contains("@font-face"), "\(page): the style sheet fetches")
        }
    }

    /// Every relative link of a page names a file of the site.
    static func expectLinksResolve(_ document: DOMDocument, page: String, in site: URL) {
        let folder = site.appendingPathComponent(page).deletingLastPathComponent()
        for element in document.elements where element.name == "a" {
            guard let href = element.attributes.first(where: { $0.name == "href" })?.value, !href.isEmpty,
                  !href.hasPrefix("#"), !href.contains("://"), !href.hasPrefix("mailto:") else { continue }
            let path = String(href.split(separator: "#", maxSplits: 1).first ?? "")
            let target = folder.appendingPathComponent(path.removingPercentEncoding ?? path).standardizedFileURL
            #expect(FileManager.default.fileExists(atPath: target.path), "\(page): the link \(href) names no page")
        }
    }
}

/// A page's DOM as Chromium serializes it, read into its elements (name and attributes, in
/// order), enough for the checks above: Chromium always quotes attribute values with `"`.
struct DOMDocument {
    struct Element {
        var name: String
        var attributes: [(name: String, value: String)]
        /// Where its start tag begins in the text.
        var offset: String.Index
    }

    /// One `<figure class="chart">` of the page.
    struct ChartFigure {
        var id: String
        var html: String
        var svgTitle: String? {
            guard let svg = html.range(of: "<svg"), let open = html.range(of: "<title", range: svg.upperBound..<html.endIndex),
                  let close = html.range(of: "</title>", range: open.upperBound..<html.endIndex),
                  let start = html.range(of: ">", range: open.upperBound..<close.lowerBound) else { return nil }
            return String(html[start.upperBound..<close.lowerBound])
        }
        var hasTable: Bool { html.contains("<table") }
        func count(_ element: String) -> Int {
            guard let svg = html.range(of: "<svg"), let end = html.range(of: "</svg>") else { return 0 }
            return html[svg.lowerBound..<end.upperBound].components(separatedBy: "<\(element) ").count - 1
        }
    }

    let text: String
    let elements: [Element]

    init(_ text: String) {
        self.text = text
        var elements: [Element] = []
        var index = text.startIndex
        while let open = text[index...].firstIndex(of: "<") {
            var cursor = text.index(after: open)
            guard cursor < text.endIndex, text[cursor].isLetter else { index = cursor; continue }
            let nameEnd = text[cursor...].firstIndex { $0.isWhitespace || $0 == ">" || $0 == "/" } ?? text.endIndex
            let name = text[cursor..<nameEnd].lowercased()
            cursor = nameEnd
            var attributes: [(String, String)] = []
            while cursor < text.endIndex, text[cursor] != ">" {
                if text[cursor].isWhitespace || text[cursor] == "/" { cursor = text.index(after: cursor); continue }
                let attributeEnd = text[cursor...].firstIndex { $0.isWhitespace || $0 == "=" || $0 == ">" } ?? text.endIndex
                let attribute = text[cursor..<attributeEnd].lowercased()
                cursor = attributeEnd
                var value = ""
                if cursor < text.endIndex, text[cursor] == "=" {
                    cursor = text.index(after: cursor)
                    if cursor < text.endIndex, text[cursor] == "\"" {
                        let valueStart = text.index(after: cursor)
                        let valueEnd = text[valueStart...].firstIndex(of: "\"") ?? text.endIndex
                        value = String(text[valueStart..<valueEnd])
                        cursor = valueEnd < text.endIndex ? text.index(after: valueEnd) : valueEnd
                    } else {
                        let valueEnd = text[cursor...].firstIndex { $0.isWhitespace || $0 == ">" } ?? text.endIndex
                        value = String(text[cursor..<valueEnd])
                        cursor = valueEnd
                    }
                }
                attributes.append((attribute, DOMDocument.decode(value)))
            }
            elements.append(Element(name: name, attributes: attributes, offset: open))
            index = cursor
            // A <style> element's text is not markup.
            if name == "style", let close = text.range(of: "</style>", range: cursor..<text.endIndex) { index = close.lowerBound }
        }
        self.elements = elements
    }

    /// The text of every `<style>` element.
    var styleSheets: [String] {
        var sheets: [String] = []
        var range = text.startIndex..<text.endIndex
        while let open = text.range(of: "<style", range: range), let close = text.range(of: "</style>", range: open.upperBound..<text.endIndex) {
            sheets.append(String(text[open.upperBound..<close.lowerBound]))
            range = close.upperBound..<text.endIndex
        }
        return sheets
    }

    /// The page's charts, in order.
    var charts: [ChartFigure] {
        elements.filter { element in
            element.name == "figure" && element.attributes.contains { $0.name == "class" && $0.value.split(separator: " ").contains("chart") }
        }.map { element in
            let close = text.range(of: "</figure>", range: element.offset..<text.endIndex)?.upperBound ?? text.endIndex
            return ChartFigure(id: element.attributes.first { $0.name == "id" }?.value ?? "", html: String(text[element.offset..<close]))
        }
    }

    /// An attribute value as the browser holds it: the serializer's entities decoded.
    static func decode(_ value: String) -> String {
        value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&nbsp;", with: "\u{A0}")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// A value shared by the threads that load pages.
private final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value { lock.lock(); defer { lock.unlock() }; return stored }
    func update(_ change: (inout Value) -> Void) { lock.lock(); defer { lock.unlock() }; change(&stored) }
}
