import ScrumsellBase

/// One complete, self-contained HTML page: a content template rendered over a report's values
/// (seen as `HTMLValues`), inside the page shell `page.html.mustache` with the inline style sheet.
///
/// Pages link to each other relatively: `root` is the way from the page to the site's top
/// folder (`""` for `index.html`, `"../"` for `deals/ID.html`), which every template reads as
/// `{{root}}`. No page loads anything: its Content-Security-Policy forbids scripts, fetches and
/// fonts, so even a value that slipped through escaping could not run or call out.
public enum HTMLPage {
    public static let shellTemplate = "page.html.mustache"

    /// Renders `template` with `values` and wraps it in the shell.
    /// - Parameters:
    ///   - title: the page's title (escaped), before the workspace's name.
    ///   - root: the relative path from the page to the site's top folder.
    ///   - linksHome: whether the header links the dashboard; a page for the buyer (a plan) does not.
    ///   - note: a line shown above the content, such as how many files could not be read.
    public static func render(_ template: String, values: [String: TemplateValue], title: String, workspace: String,
                              asOf day: Day, root: String, linksHome: Bool = true, note: String? = nil,
                              library: TemplateLibrary) throws(TemplateError) -> String {
        var values = values
        values["root"] = .text(root)
        let content = try library.render(template, values: .object(HTMLValues(base: values)))
        var shell: [String: TemplateValue] = [
            "title": .text(title), "workspace": .text(workspace), "root": .text(root),
            "asOf": .text(day.description), "asOfLong": .text(ReportFormatter.dayWithWeekday(day)),
            "style": .text(HTMLStyle.css), "content": .text(content), "linksHome": .flag(linksHome),
        ]
        if let note { shell["note"] = .text(note) }
        return try library.render(shellTemplate, values: .object(shell))
    }

    /// A link destination for a file name: everything but letters, digits and `-._~` percent-encoded.
    public static func href(_ fileName: String) -> String { ReportBook.href(fileName) }

    /// `deals/ID.html`, percent-encoded: the page of a deal, from the site's top folder.
    public static func dealPage(_ id: String) -> String { "deals/" + href(id + ".html") }

    /// `plans/ID.html`, percent-encoded: the buyer's plan of a deal, from the site's top folder.
    public static func planPage(_ id: String) -> String { "plans/" + href(id + ".html") }
}
