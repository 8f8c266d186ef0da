import Foundation
import Testing
@testable import ScrumsellKit

@Suite struct ReportTemplateTests {
    static let files = [
        "sprints/s1.md": """
            ---
            team: north
            start: 2026-11-16
            end: 2026-11-29
            goal: "Win *everything* | twice"
            ---
            ## Sprint backlog
            - [ ] Send <b>the</b> `quote` [now](x) +ab @dana due:2026-11-27 pts:2
            - [x] _Plan_ it @dana done:2026-11-16 pts:1
            """,
        "deals/ab.md": ReportTestWorkspace.deal("""
            account: "A | B"
            owner: dana
            stage: prospect
            value: 100
            """),
    ]

    static func board(_ fixture: ReportTestWorkspace) -> Report {
        let workspace = fixture.load()
        return .board(SprintBoard.build(workspace, sprint: workspace.sprint("s1")!, asOf: .of("2026-11-20")))
    }

    @Test func everyBuiltInTemplateParsesAndDeclaresItsEscaping() throws {
        let library = TemplateLibrary()
        let reports = ["board.md.mustache", "board.obsidian.md.mustache", "index.md.mustache", "report.md.mustache",
                       "retro.md.mustache", "standup.md.mustache", "plan.md.mustache"]
        let pages = ["page.html.mustache", "index.html.mustache", "board.html.mustache", "card.html.mustache", "report.html.mustache",
                     "retro.html.mustache", "standup.html.mustache", "deal.html.mustache", "plan.html.mustache"]
        #expect(Set(reports + pages).isSubset(of: library.names))
        for name in library.names {
            let template = try #require(library.template(name))
            _ = try TemplateLibrary.compile(template)
            // HTML pages keep Mustache's own escaping, for HTML: no pragma, and a comment saying so first.
            if name.hasSuffix(".html.mustache") {
                #expect(!template.text.contains("{{%"), "\(name)")
                #expect(template.text.hasPrefix("{{! "), "\(name)")
                #expect(template.text.contains("Values are escaped for HTML"), "\(name)")
                continue
            }
            // Reports escape for Markdown; scaffolds (new-*, init-*) insert values already written as YAML.
            let isScaffold = name.hasPrefix("new-") || name.hasPrefix("init-")
            let pragma = isScaffold ? "{{% CONTENT_TYPE: TEXT}}\n" : "{{% CONTENT_TYPE: MARKDOWN}}\n"
            #expect(template.text.hasPrefix(pragma), "\(name)")
        }
    }

    @Test func thePragmaAndCommentLinesLeaveNoBlankLine() throws {
        let fixture = try ReportTestWorkspace(Self.files)
        defer { fixture.remove() }
        let text = try ReportTestWorkspace.renderer(fixture.load()).render(Self.board(fixture))
        #expect(text.hasPrefix("# Sprint board: s1, North team\n\n"))
        let obsidian = try ReportTestWorkspace.renderer(fixture.load()).render(Self.board(fixture), as: .obsidian)
        #expect(obsidian.hasPrefix("---\n\nkanban-plugin: board\n\n---\n\n## To do\n"))
    }

    @Test func userTextIsEscapedForMarkdown() throws {
        let fixture = try ReportTestWorkspace(Self.files)
        defer { fixture.remove() }
        let text = try ReportTestWorkspace.renderer(fixture.load()).render(Self.board(fixture))
        #expect(text.contains("**Goal:** Win \\*everything\\* \\| twice"))
        #expect(text.contains("| Send \\<b\\>the\\</b\\> \\`quote\\` \\[now\\](x) | A \\| B | Dana Kim | 2026-11-27 | 2 |"))
        #expect(text.contains("| \\_Plan\\_ it |"))
    }

    @Test func theObsidianBoardHasTheKanbanPluginShape() throws {
        let fixture = try ReportTestWorkspace(Self.files)
        defer { fixture.remove() }
        let text = try ReportTestWorkspace.renderer(fixture.load()).render(Self.board(fixture), as: .obsidian)
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings == ["## To do", "## Doing", "## Done", "## Dropped"])
        #expect(text.contains("## Done\n\n**Complete**\n- [x] \\_Plan\\_ it @dana 1 pt\n"))
        #expect(text.contains("- [ ] Send \\<b\\>the\\</b\\> \\`quote\\` \\[now\\](x) · A \\| B @{2026-11-27} @dana 2 pts\n"))
        #expect(text.hasSuffix("%% kanban:settings\n```\n{\"kanban-plugin\":\"board\",\"list-collapse\":[false,false,false,false],\"date-format\":\"YYYY-MM-DD\",\"show-checkboxes\":true}\n```\n%%\n"))
    }

    @Test func aWorkspaceOverrideWins() throws {
        var files = Self.files
        files["templates/board.md.mustache"] = "{{% CONTENT_TYPE: MARKDOWN}}\nOur board for {{sprintID}}: {{goal}}\n"
        let fixture = try ReportTestWorkspace(files)
        defer { fixture.remove() }
        let workspace = fixture.load()
        let library = TemplateLibrary(workspaceRoot: workspace.root)
        #expect(library.template("board.md")?.origin == .workspace("templates/board.md.mustache"))
        #expect(library.template("report.md")?.origin == .builtIn)
        let text = try ReportTestWorkspace.renderer(workspace).render(Self.board(fixture))
        #expect(text == "Our board for s1: Win \\*everything\\* \\| twice\n")
    }

    @Test func aWorkspaceTemplateCanBeUsedAsAPartial() throws {
        var files = Self.files
        files["templates/footer.mustache"] = "{{% CONTENT_TYPE: MARKDOWN}}\n_Goal: {{goal}}_\n"
        files["templates/board.md.mustache"] = "{{% CONTENT_TYPE: MARKDOWN}}\n# {{sprintID}}\n{{> footer}}\n"
        let fixture = try ReportTestWorkspace(files)
        defer { fixture.remove() }
        let text = try ReportTestWorkspace.renderer(fixture.load()).render(Self.board(fixture))
        #expect(text == "# s1\n_Goal: Win \\*everything\\* \\| twice_\n")
    }

    @Test func aBrokenTemplateIsReportedWithItsLocation() throws {
        var files = Self.files
        files["templates/board.md.mustache"] = "{{% CONTENT_TYPE: MARKDOWN}}\n# {{sprintID}}\n{{#lanes}}\n- {{title}}\n{{/lane}}\n"
        files["templates/report.md.mustache"] = "# {{week}}\n{{#stages}}\n| {{stage}} |\n"
        let fixture = try ReportTestWorkspace(files)
        defer { fixture.remove() }
        let workspace = fixture.load()
        let renderer = ReportTestWorkspace.renderer(workspace)
        do {
            _ = try renderer.render(Self.board(fixture))
            Issue.record("the broken board template rendered")
        } catch {
            #expect(error.diagnostic.location == SourceLocation(path: "templates/board.md.mustache", line: 5, column: 4))
            #expect(error.diagnostic.excerpt == "{{/lane}}")
            #expect(DiagnosticTextRenderer.render(error.diagnostic).hasPrefix("""
                templates/board.md.mustache:5:4: error: the template does not parse: this closing tag does not match the section it closes [template-syntax]
                 5 | {{/lane}}
                   |    ^

                """))
        }
        // An unclosed section is located at its opening tag.
        do {
            _ = try renderer.render(.weekly(WeeklyReport.build(workspace, asOf: .of("2026-11-20"))))
            Issue.record("the broken report template rendered")
        } catch {
            #expect(error.diagnostic.location == SourceLocation(path: "templates/report.md.mustache", line: 2, column: 1))
            #expect(error.diagnostic.message.contains("never closed"))
        }
        // A broken template does not stop the others.
        #expect(try renderer.render(.standup(StandupAgenda.build(workspace, asOf: .of("2026-11-20")))).hasPrefix("# Stand-up"))
    }
}
