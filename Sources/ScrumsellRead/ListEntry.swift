/// A list item of a Markdown body, as the reader found it.
///
/// Entries with a `checkbox` are the format's items; the others are plain bullets such
/// as log lines, buyer objectives or daily-scrum notes.
public struct ListEntry: Sendable, Equatable {
    /// The box, when the text starts with one.
    public var checkbox: Checkbox?
    /// The item's own text after the box (its paragraph, continuation lines joined by a space).
    public var text: String
    /// The UTF-8 length of the first line's part of `text` when the paragraph runs on over more
    /// lines; 0 when it has one line. The first line is the item's title, the rest its description.
    public var firstLineLength = 0
    public var tokens: [InlineToken]
    /// Where the list marker (`-`, `*`, `1.`) stands.
    public var line: Int
    public var column: Int
    /// Line and column where the text (the box, when there is one) starts.
    public var textLine: Int
    public var textColumn: Int
    /// Last line of the item's own paragraph.
    public var textEndLine: Int
    /// Last line of the item, nested lists included.
    public var endLine: Int
    /// The number of an ordered list item.
    public var ordinal: Int?
    /// Entries of lists nested inside this one.
    public var children: [ListEntry]

    public init(checkbox: Checkbox?, text: String, tokens: [InlineToken], line: Int, column: Int,
                textLine: Int, textColumn: Int, textEndLine: Int, endLine: Int, ordinal: Int?, children: [ListEntry]) {
        self.checkbox = checkbox
        self.text = text
        self.tokens = tokens
        self.line = line
        self.column = column
        self.textLine = textLine
        self.textColumn = textColumn
        self.textEndLine = textEndLine
        self.endLine = endLine
        self.ordinal = ordinal
        self.children = children
    }
}
