import ScrumsellBase

/// One Markdown file of the workspace as read: its front-matter tree and body outline.
///
/// Reading never fails: a file that cannot be read carries diagnostics and whatever
/// parts could be read, so one broken file never stops the others.
public struct SourceDocument: Sendable {
    public var kind: DocumentKind
    /// File name without `.md`.
    public var id: String
    /// Path relative to the workspace root.
    public var path: String
    /// The decoded file, when it is a readable text file.
    public var source: SourceText?
    public var frontMatter: FrontMatter?
    /// The front-matter's root; a mapping whenever it is not `nil`.
    public var fields: YAMLNode?
    public var outline: MarkdownOutline
    public var diagnostics: [Diagnostic]

    public init(kind: DocumentKind, id: String, path: String, source: SourceText? = nil, frontMatter: FrontMatter? = nil,
                fields: YAMLNode? = nil, outline: MarkdownOutline = MarkdownOutline(), diagnostics: [Diagnostic] = []) {
        self.kind = kind
        self.id = id
        self.path = path
        self.source = source
        self.frontMatter = frontMatter
        self.fields = fields
        self.outline = outline
        self.diagnostics = diagnostics
    }

    /// True when the front-matter was read as a mapping, so a model can be built.
    public var isReadable: Bool { fields != nil }
}
