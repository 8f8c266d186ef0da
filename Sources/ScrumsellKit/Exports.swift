// ScrumsellKit is the library's one import: it re-exports every stage of the pipeline
// (docs/architecture.md), so a client writes `import ScrumsellKit` and sees the whole API.
@_exported import ScrumsellBase
@_exported import ScrumsellRead
@_exported import ScrumsellModel
@_exported import ScrumsellGit
@_exported import ScrumsellAnalyse
@_exported import ScrumsellEdit
@_exported import ScrumsellRender
