import Foundation
import Mustache
import ScrumsellBase
import ScrumsellRead

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

        /// The name partials use: the file name without `.mustache` (`{{> board.md}}`).
        public var partialName: String { name.hasSuffix(".mustache") ? String(name.dropLast(".mustache".count)) : name }

        /// The path diagnostics print: `templates/NAME` in the workspace, `<built-in>/NAME` otherwise.
        public var displayPath: String {
            switch origin {
            case .builtIn: return "<built-in>/\(name)"
            case .workspace(let path): return path
            }
        }
    }

    /// Template file name (e.g. `board.md.mustache`) → template.
    public private(set) var templates: [String: Template] { didSet { compiled = LazyCache(); parsed = ParsedTemplates() } }
    /// Every template that parses, as one library of partials; built on the first render and reused.
    private var compiled = LazyCache<MustacheLibrary>()
    /// The templates `render(_:values:)` has needed so far, each parsed once.
    private var parsed = ParsedTemplates()

    /// Every built-in template's file name and text.
    public static var builtIn: [String: String] { BuiltInTemplates.files }

    /// The built-in templates, overridden by `root/templates/*.mustache` when `root` is given.
    public init(workspaceRoot root: URL? = nil) {
        registerContentTypes
        templates = Dictionary(uniqueKeysWithValues: BuiltInTemplates.files.map { ($0.key, Template(name: $0.key, text: $0.value, origin: .builtIn)) })
        guard let root else { return }
        let folder = root.appendingPathComponent("templates")
        let boundary = WorkspaceBoundary(root: root)
        // The same rule as the documents': a link out of the workspace, a FIFO or a device is not
        // read (the built-in template stays), and says so in `refusals`.
        if let real = WorkspaceBoundary.realPath(folder.path), !boundary.contains(real) {
            refusals.append(FileRefusal.linkOutside(target: real).diagnostic(at: "templates"))
            return
        }
        let names = FolderEntries.read(folder.path)?.map(\.name) ?? []
        for name in names.sorted() where name.hasSuffix(".mustache") && !name.hasPrefix(".") {
            let path = "templates/\(name)", full = folder.appendingPathComponent(name).path
            switch ResolvedEntry.resolve(full, boundary: boundary) {
            case .file: break
            case .refused(let refusal):
                refusals.append(refusal.diagnostic(at: path))
                continue
            case .folder, .dangling, .vanished: continue
            }
            switch FileBytes.read(full) {
            case .bytes(let bytes) where bytes.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }):
                // `templates show report > templates/report.md.mustache` leaves an empty file behind
                // when the shell creates it first: rendering it would print nothing at all.
                refusals.append(.error("template-empty", "\(path) is empty, so the built-in \(name) is used", at: SourceLocation(path: path, line: 1, column: 1),
                                       hint: "fill it with 'scrumsell templates show \(name) --built-in > \(path).new', then rename it; or delete it"))
            case .bytes(let bytes):
                templates[name] = Template(name: name, text: String(decoding: bytes, as: UTF8.self), origin: .workspace(path))
            case .refused(let refusal):
                refusals.append(refusal.diagnostic(at: path))
            case .unreadable:
                continue
            }
        }
    }

    /// The workspace's template files that were not read, each with why (a link leading out
    /// of the workspace, a FIFO, a file past the size limit); their built-in templates are used instead.
    public private(set) var refusals: [Diagnostic] = []

    /// All template names, sorted.
    public var names: [String] { templates.keys.sorted() }

    /// The template named `name`, given as its file name or without `.mustache` or `.md.mustache` (`board.md`, `board`).
    public func template(_ name: String) -> Template? {
        TemplateLibrary.fileName(name, in: Set(templates.keys)).flatMap { templates[$0] }
    }

    /// The file name among `names` that `name` designates, with or without `.mustache` or `.md.mustache`.
    public static func fileName(_ name: String, in names: Set<String>) -> String? {
        [name, name + ".mustache", name + ".md.mustache"].first(where: names.contains)
    }

    /// Renders template `name` with `context` (dictionaries, arrays, strings, numbers, booleans).
    /// Other templates are available as partials by their name without `.mustache` (`{{> funnel.md}}`).
    public func render(_ name: String, context: Any) throws(TemplateError) -> String {
        guard let template = template(name) else { throw TemplateLibrary.missing(name) }
        // The others are partials; one that does not parse is reported when it is rendered itself, and does not stop this one.
        // Every template is parsed once per library: `build` renders dozens of pages from the same few.
        let library = compiled.get {
            var library = MustacheLibrary()
            for other in templates.values.sorted(by: { $0.name < $1.name }) {
                if let partial = try? TemplateLibrary.compile(other) { library.register(partial, named: other.partialName) }
            }
            return library
        }
        guard let main = library.getTemplate(named: template.partialName) else {
            _ = try TemplateLibrary.compile(template)  // throws its syntax error
            throw TemplateError(diagnostic: .error("template-missing", "no template named '\(name)'",
                                                   at: SourceLocation(path: "templates/\(name)", line: 1, column: 1)))
        }
        return main.render(context, library: library)
    }

    /// Renders template `name` with `values`, as `render(_:context:)` renders their `anyValue`,
    /// through `TemplateRenderer`: the reports' path, thousands of rows long. Only the
    /// template and the partials it uses are parsed.
    public func render(_ name: String, values: TemplateValue) throws(TemplateError) -> String {
        guard let template = template(name) else { throw TemplateLibrary.missing(name) }
        let main = parsed.template(named: template.partialName, in: self)
        if case .missing = main {
            _ = try TemplateLibrary.compile(template)  // throws its syntax error
            throw TemplateLibrary.missing(name)
        }
        if case .compiled(let compiled) = main, let html = ParsedTemplates.htmlContentType {
            var unreadable = false
            let renderer = TemplateRenderer(partial: { partialName in
                switch parsed.template(named: partialName, in: self) {
                case .compiled(let partial): return partial
                case .unreadable: unreadable = true; return nil
                case .missing: return nil
                }
            }, defaultContentType: html)
            let text = renderer.render(compiled, root: values)
            if !unreadable { return text }
        }
        // swift-mustache's parse tree has a shape `CompiledTemplate` does not know: let it render.
        return try render(name, context: values.anyValue)
    }

    /// Parses template `name` for `render(_:values:)` ahead of its first render: a command can
    /// have it done on another thread while it loads the workspace. The partials it uses are
    /// parsed when first rendered; a name without a template is left to the render to report.
    public func prepare(_ name: String) {
        guard let template = template(name) else { return }
        _ = parsed.template(named: template.partialName, in: self)
        _ = ParsedTemplates.htmlContentType
    }

    /// The template whose partial name (its file name without `.mustache`) is `partialName`, if any.
    fileprivate func template(partialNamed partialName: String) -> Template? {
        templates[partialName + ".mustache"] ?? templates.values.first { $0.partialName == partialName }
    }

    static func missing(_ name: String) -> TemplateError {
        TemplateError(diagnostic: .error("template-missing", "no template named '\(name)'",
                                         at: SourceLocation(path: "templates/\(name)", line: 1, column: 1),
                                         hint: "`scrumsell templates list` shows the templates there are"))
    }

    /// Parses a template, or throws its first syntax error with its location.
    public static func compile(_ template: Template) throws(TemplateError) -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: template.text)
        } catch {
            throw TemplateError(error, in: template)
        }
    }
}

/// A template that could not be parsed, located at its line and column.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    public var diagnostic: Diagnostic

    public init(diagnostic: Diagnostic) { self.diagnostic = diagnostic }

    package init(_ error: any Error, in template: TemplateLibrary.Template) {
        var line = 1, column = 1, excerpt: String?
        var reason = String(describing: error)
        var hint = "check that every {{#section}} has its {{/section}} and every tag is closed"
        if let parseError = error as? MustacheTemplate.ParserError {
            line = parseError.context.lineNumber
            column = parseError.context.columnNumber
            excerpt = parseError.context.line
            let cause = parseError.error as? MustacheTemplate.Error
            if let cause { (reason, hint) = TemplateError.explain(cause) }
            // The parser notices a missing {{/name}} at the end of the text: point at the section left open instead.
            if case .expectedSectionEnd? = cause, let open = TemplateError.unclosedSection(in: template.text) {
                (line, column, excerpt) = open
            }
        }
        diagnostic = Diagnostic(.error, "template-syntax", "the template does not parse: \(reason)",
                                at: SourceLocation(path: template.displayPath, line: line, column: column), hint: hint, excerpt: excerpt)
    }

    /// A sentence for each parser error, and how to fix it.
    static func explain(_ error: MustacheTemplate.Error) -> (String, String) {
        switch error {
        case .sectionCloseNameIncorrect:
            return ("this closing tag does not match the section it closes", "close {{#name}} with {{/name}}, innermost first")
        case .unfinishedName:
            return ("a tag is not finished", "close every tag with }} (and a {{{raw}}} tag with }}})")
        case .expectedSectionEnd:
            return ("a section is never closed", "add {{/name}} after the section's content")
        case .invalidSetDelimiter:
            return ("the delimiter change is malformed", "write it as {{=<% %>=}}")
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable:
            return ("the pragma is not understood", "Markdown templates start with {{% CONTENT_TYPE: MARKDOWN}}")
        default:
            return (String(describing: error), "check that every {{#section}} has its {{/section}} and every tag is closed")
        }
    }

    /// The line, column and text of the last `{{#name}}` or `{{^name}}` with no matching `{{/name}}`.
    static func unclosedSection(in text: String) -> (Int, Int, String)? {
        var open: [(name: Substring, line: Int, column: Int)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let start = rest.range(of: "{{") {
                let tag = rest[start.upperBound...]
                guard let end = tag.range(of: "}}") else { break }
                let body = tag[..<end.lowerBound].trimmingCharacters(in: .whitespaces)
                let column = line[..<start.lowerBound].unicodeScalars.count + 1
                if let sigil = body.first, sigil == "#" || sigil == "^" {
                    open.append((Substring(body.dropFirst().trimmingCharacters(in: .whitespaces)), index + 1, column))
                } else if body.first == "/", let last = open.indices.last(where: { open[$0].name == body.dropFirst().trimmingCharacters(in: .whitespaces) }) {
                    open.removeSubrange(last...)
                }
                rest = tag[end.upperBound...]
            }
        }
        guard let unclosed = open.last else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return (unclosed.line, unclosed.column, String(lines[unclosed.line - 1]).trimmingCharacters(in: CharacterSet(charactersIn: "\r")))
    }

    public var description: String { "\(diagnostic.location): \(diagnostic.message)" }
}

/// Registers the Markdown content type once per process.
private let registerContentTypes: Void = {
    MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
}()

/// The templates a library has parsed for `render(_:values:)`, by partial name: parsed on
/// first use, once per library. A template that does not parse is remembered as missing, as
/// it is left out of the partials of `render(_:context:)`.
private final class ParsedTemplates: @unchecked Sendable {
    enum Entry {
        /// No template has the name, or it does not parse.
        case missing
        /// It parses, but `CompiledTemplate` cannot read swift-mustache's parse tree.
        case unreadable
        case compiled(CompiledTemplate)
    }

    // Guarded by `lock`.
    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    func template(named partialName: String, in library: TemplateLibrary) -> Entry {
        lock.lock()
        defer { lock.unlock() }
        if let known = entries[partialName] { return known }
        let entry: Entry
        if let template = library.template(partialNamed: partialName), let parsed = try? TemplateLibrary.compile(template) {
            entry = CompiledTemplate(parsed).map(Entry.compiled) ?? .unreadable
        } else {
            entry = .missing
        }
        entries[partialName] = entry
        return entry
    }

    /// The escaping of templates without a `CONTENT_TYPE`: HTML (`HTMLEscapingContentType`).
    static let htmlContentType: (any MustacheContentType)? = HTMLEscapingContentType()
}
