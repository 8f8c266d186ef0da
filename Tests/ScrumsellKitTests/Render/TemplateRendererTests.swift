import Foundation
import Testing
@testable import ScrumsellKit

/// `TemplateRenderer` against swift-mustache itself: every template here, and every built-in
/// report, must render to the same bytes through `render(_:values:)` as through
/// `render(_:context:)` with the values' `anyValue`.
@Suite struct TemplateRendererTests {
    static let values: TemplateValue = [
        "title": "Hello <b>&\"' | *world* _x_ [y]",
        "yes": true, "no": false, "blank": "",
        "rows": [
            ["name": "A|1", "raw": "*r*", "items": [["label": "l1"], ["label": "l2", "name": "inner"]]],
            ["name": "B\nb", "raw": "<x>", "items": []],
            ["name": "snake_case name_", "raw": "", "items": [["label": "l3"]]],
        ],
        "none": [],
        "person": ["name": "Pat", "title": "Dr", "address": ["city": "Rotterdam"]],
        "tags": ["b", "a"],
        "which": "part",
        "outer": "O",
        "count": .number(3),
    ]

    static let templates: [String: String] = [
        "variables": "{{% CONTENT_TYPE: MARKDOWN}}\n# {{title}}\n{{#rows}}\n| {{name}} | {{{raw}}} | {{&raw}} | {{missing}} | {{outer}} |\n{{/rows}}\n{{^rows}}none{{/rows}}\n{{yes}} {{no}} {{count}} [{{blank}}]\n",
        "html": "{{title}} {{{title}}} {{#rows}}{{name}};{{/rows}}",
        "transforms": """
            {{uppercased(title)}} {{lowercased(title)}} {{capitalized(title)}} {{reversed(title)}} {{uppercased(reversed(title))}}
            {{count(rows)}} {{#empty(rows)}}E{{/empty(rows)}}{{^empty(rows)}}N{{/empty(rows)}} {{#empty(none)}}E{{/empty(none)}}
            {{#first(rows)}}{{name}}{{/first(rows)}} {{#last(rows)}}{{name}}{{/last(rows)}} {{#reversed(rows)}}{{name}},{{/reversed(rows)}}
            {{plusone(count(rows))}} {{minusone(count)}} {{#equalzero(count(none))}}zero{{/equalzero(count(none))}} {{#odd(count)}}odd{{/odd(count)}}
            {{#first(none)}}never{{/first(none)}}{{^first(none)}}no first{{/first(none)}} {{sorted(rows)}}|{{unknown(title)}}|{{uppercased(yes)}}|
            {{count(person)}} {{#sorted(person)}}{{key}}={{#value}}{{.}}{{city}}{{/value}};{{/sorted(person)}} {{#empty(person)}}E{{/empty(person)}}
            {{#count(rows)}}[{{.}}]{{/count(rows)}} {{^none}}{{count(.)}}{{/none}} {{#empty(blank)}}blank{{/empty(blank)}}
            """,
        "positions": "{{#rows}}{{index()}}{{#first()}}F{{/first()}}{{#last()}}L{{/last()}}{{#even()}}e{{/even()}}{{#odd()}}o{{/odd()}}{{plusone(index())}} {{#items}}({{index()}}{{#first()}}f{{/first()}}){{/items}}{{#yes}}{{index()}}{{/yes}}{{#person}}{{index()}}{{/person}}{{/rows}}[{{index()}}]",
        "texts": "x{{#title}}[{{.}}]{{/title}}{{^title}}no{{/title}}|{{#nothing}}x{{/nothing}}{{^nothing}}absent{{/nothing}}|{{#blank}}<{{.}}>{{/blank}}",
        "scopes": """
            {{person.name}} {{person.address.city}} {{person.nothing.city}} {{#person}}{{name}} {{.name}} {{.title}} {{title}} {{.outer}}|{{outer}}{{#address}}{{city}} {{name}}{{/address}}{{/person}}
            {{#title}}[{{.}}]{{/title}}{{^title}}no{{/title}}{{#nothing}}x{{/nothing}}{{^nothing}}absent{{/nothing}}{{#blank}}<{{.}}>{{/blank}}
            {{#yes}}Y{{title}}{{/yes}}{{^yes}}notY{{/yes}}{{#no}}N{{/no}}{{^no}}notN{{/no}}
            {{#rows}}{{#items}}{{name}}/{{label}}/{{outer}} {{/items}}{{/rows}}{{#tags}}{{.}},{{/tags}}{{#rows}}{{#name}}{{.}}{{/name}}{{/rows}}
            {{#person.address}}{{city}}{{/person.address}}{{#.person}}{{name}}{{/.person}}
            """,
        "partials": "a\n  {{> part}}\nb {{> part}} c\n{{#rows}}\n  {{> row}}\n{{/rows}}\n{{> nope}}x {{>*which}} {{>*nothing}}\n  {{> indented}}\n",
        "part": "line1 {{title}}\nline2 <&>\n{{#rows}}{{name}}\n{{/rows}}",
        "row": "{{% CONTENT_TYPE: MARKDOWN}}- {{name}} *x*\n  more {{title}}\n",
        "indented": "{{#rows}}\n  * {{name}}\n{{/rows}}\n  {{> part}}\n",
        "parent": "{{$head}}default head{{/head}}\n{{$body}}default body {{title}}{{/body}}\n  {{$tail}}tail\nline{{/tail}}\n",
        "inherits": "{{<parent}}{{$body}}custom {{title}}{{/body}}{{/parent}}\n  {{<parent}}\n  {{$head}}H\n  two{{/head}}\n  {{$tail}}T{{/tail}}\n  {{/parent}}\n",
        "delimiters": "{{=<% %>=}}<% title %> <%# rows %><% name %>,<%/ rows %>\n<%={{ }}=%>{{yes}}\n",
        "standalone": "{{! comment }}\n  {{#rows}}\n  {{name}}\n  {{/rows}}\n\t{{^none}}\n\tempty\n\t{{/none}}\n{{#yes}}  \nY\n{{/yes}}",
        "types": "{{% CONTENT_TYPE: TEXT}}{{title}} {{% CONTENT_TYPE: MARKDOWN}}{{title}} {{#rows}}{{name}}{{/rows}} {{> part}}",
    ]

    @Test func rendersAsSwiftMustacheDoes() throws {
        let workspace = try TestWorkspace(files: Dictionary(uniqueKeysWithValues: Self.templates.map { ("templates/\($0.key).mustache", $0.value) }))
        let library = TemplateLibrary(workspaceRoot: workspace.root)
        for name in Self.templates.keys.sorted() {
            let template = try #require(library.template(name))
            #expect(CompiledTemplate(try TemplateLibrary.compile(template)) != nil, "\(name) is read, not left to swift-mustache")
            let fast = try library.render(name, values: Self.values)
            let reference = try library.render(name, context: Self.values.anyValue)
            #expect(fast == reference, "\(name):\n\(fast)\n---- swift-mustache:\n\(reference)")
        }
    }

    /// Lists long enough to be rendered in pieces on several threads (`splitListLength`), of a
    /// length no piece count divides, with long lists inside: the same bytes as swift-mustache,
    /// positions (`first()`, `index()`, …) included.
    @Test func rendersLongListsInPiecesAsSwiftMustacheDoes() throws {
        let fields = try #require(Self.values.anyValue as? [String: Any]).keys.reduce(into: [String: TemplateValue]()) { fields, key in
            fields[key] = Self.values.child(key)
        }
        var longer = fields
        longer["rows"] = .list((0..<53).map { row in
            ["name": .text("row \(row) | *\(row)*"), "raw": .text("<\(row)>"),
             "items": .list((0..<(row % 3 == 0 ? 17 : 2)).map { ["label": .text("l\(row).\($0)")] })]
        })
        let values = TemplateValue.object(longer)
        let workspace = try TestWorkspace(files: Dictionary(uniqueKeysWithValues: Self.templates.map { ("templates/\($0.key).mustache", $0.value) }))
        let library = TemplateLibrary(workspaceRoot: workspace.root)
        for name in Self.templates.keys.sorted() {
            let fast = try library.render(name, values: values)
            let reference = try library.render(name, context: values.anyValue)
            #expect(fast == reference, "\(name):\n\(fast)\n---- swift-mustache:\n\(reference)")
        }
    }

    @Test func readsEveryBuiltInTemplate() throws {
        let library = TemplateLibrary()
        for name in library.names {
            let template = try #require(library.template(name))
            #expect(CompiledTemplate(try TemplateLibrary.compile(template)) != nil, "\(name)")
        }
    }

    /// Every report of the sample workspace, in every template, as swift-mustache renders the same values.
    @Test func builtInReportsRenderAsSwiftMustacheDoes() throws {
        let workspace = SampleReports.workspace()
        let day = SampleReports.asOf
        let renderer = ReportTestWorkspace.renderer(workspace)
        var reports: [Report] = [.weekly(WeeklyReport.build(workspace, asOf: day)), .standup(StandupAgenda.build(workspace, asOf: day))]
        for sprint in workspace.sprints {
            reports.append(.board(SprintBoard.build(workspace, sprint: sprint, asOf: day)))
            reports.append(.retrospective(RetrospectiveSummary.build(workspace, sprint: sprint, asOf: day)))
        }
        for report in reports {
            for format in [ReportFormat.markdown, .obsidian] {
                guard let template = ReportRenderer.templateName(for: report, format: format) else { continue }
                let values = renderer.values(report)
                #expect(try renderer.library.render(template, values: values) == renderer.library.render(template, context: values.anyValue), "\(template)")
            }
        }
    }
}
