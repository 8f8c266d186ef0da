import Foundation
import Mustache

/// The templates reports are rendered with: the built-in ones compiled from the package's
/// `templates/` folder, each overridable by a file of the same name in the workspace's
/// own `templates/` folder.
///
/// Templates are Mustache. Markdown templates start with `{{% CONTENT_TYPE: MARKDOWN}}`
/// so every `{{value}}` is escaped for Markdown; `{{{value}}}` inserts text as written.
public struct TemplateLibrary: Sendable {
    /// Where a template's text comes from.
    public enum Origin: Sendable, Equatable {
        case builtIn
        /// A workspace override, by path relative to the workspace root.
        case workspace(String)
    }

    public struct Template: Sendable {
        public var name: String
        public var text: String
        public var origin: Origin

        /// The path diagnostics print: `templates/NAME` in the workspace, `<built-in>/NAME` otherwise.
        public var displayPath: String {
            switch origin {
            case .builtIn: return "<built-in>/\(name)"
            case .workspace(let path): return path
            }
        }
    }

    /// Template file name (e.g. `board.md.mustache`) → template.
    public private(set) var templates: [String: Template]

    /// Every built-in template's file name and text.
    public static var builtIn: [String: String] { BuiltInTemplates.files }

    /// The built-in templates, overridden by `root/templates/*.mustache` when `root` is given.
    public init(workspaceRoot root: URL? = nil) {
        registerContentTypes
        templates = Dictionary(uniqueKeysWithValues: BuiltInTemplates.files.map { ($0.key, Template(name: $0.key, text: $0.value, origin: .builtIn)) })
        guard let root else { return }
        let folder = root.appendingPathComponent("templates")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names.sorted() where name.hasSuffix(".mustache") {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { continue }
            templates[name] = Template(name: name, text: String(decoding: data, as: UTF8.self), origin: .workspace("templates/\(name)"))
        }
    }

    /// All template names, sorted.
    public var names: [String] { templates.keys.sorted() }

    public func template(_ name: String) -> Template? {
        templates[name] ?? templates[name + ".mustache"]
    }

    /// Renders template `name` with `context` (dictionaries, arrays, strings, numbers, booleans).
    /// Other templates are available as partials by their name without `.mustache` (`{{> funnel.md}}`).
    public func render(_ name: String, context: Any) throws(TemplateError) -> String {
        guard let template = template(name) else {
            throw TemplateError(diagnostic: .error("template-missing", "no template named '\(name)'",
                                                   at: SourceLocation(path: "templates/\(name)", line: 1, column: 1),
                                                   hint: "`scrumsell templates list` shows the templates there are"))
        }
        var library = MustacheLibrary()
        for other in templates.values {
            do {
                library.register(try MustacheTemplate(string: other.text), named: String(other.name.dropLast(".mustache".count)))
            } catch {
                throw TemplateError(error, in: other)
            }
        }
        guard let compiled = library.getTemplate(named: String(template.name.dropLast(".mustache".count))) else {
            throw TemplateError(diagnostic: .error("template-missing", "no template named '\(name)'",
                                                   at: SourceLocation(path: template.displayPath, line: 1, column: 1)))
        }
        return compiled.render(context, library: library)
    }
}

/// A template that could not be parsed, located at its line and column.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    public var diagnostic: Diagnostic

    public init(diagnostic: Diagnostic) { self.diagnostic = diagnostic }

    init(_ error: any Error, in template: TemplateLibrary.Template) {
        var line = 1, column = 1, excerpt: String?
        var reason = String(describing: error)
        if let parseError = error as? MustacheTemplate.ParserError {
            line = parseError.context.lineNumber
            column = parseError.context.columnNumber
            excerpt = parseError.context.line
            reason = String(describing: parseError.error)
        }
        diagnostic = Diagnostic(.error, "template-syntax", "the template does not parse: \(reason)",
                                at: SourceLocation(path: template.displayPath, line: line, column: column),
                                hint: "check that every {{#section}} has its {{/section}} and every tag is closed", excerpt: excerpt)
    }

    public var description: String { "\(diagnostic.location): \(diagnostic.message)" }
}

/// Registers the Markdown content type once per process.
private let registerContentTypes: Void = {
    MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
}()
