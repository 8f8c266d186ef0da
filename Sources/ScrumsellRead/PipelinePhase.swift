/// The phases of a command, in order: where a `ReadProbe` is told reading and modelling
/// went, and how the benchmark names the steps after them.
public enum PipelinePhase: Int, CaseIterable, Sendable, CustomStringConvertible {
    /// Listing the document folders.
    case list
    /// Opening and reading files, and checking their bytes (UTF-8, binary, conflict markers).
    case readBytes
    /// Splitting the front-matter and parsing its YAML.
    case frontMatter
    /// Parsing the Markdown body (or the sections `ListScan` declines) with libcmark.
    case cmark
    /// Building the outline: the section and list scans, or the walk of cmark's tree; list entries, items, tokens.
    case outline
    /// Turning outlines and fields into models.
    case model
    /// Computing results from models (check rules, report figures).
    case analyse
    /// Turning results into text.
    case render

    public var description: String {
        switch self {
        case .list: return "list files"
        case .readBytes: return "read bytes"
        case .frontMatter: return "front-matter YAML"
        case .cmark: return "cmark parse"
        case .outline: return "outline walk"
        case .model: return "model"
        case .analyse: return "analyse"
        case .render: return "render"
        }
    }
}
