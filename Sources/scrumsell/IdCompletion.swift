import ArgumentParser
import ScrumsellKit

/// Shell completion of ids from the workspace (`--generate-completion-script bash|zsh|fish`).
extension CompletionKind {
    static func ids(_ kind: CompletionCandidates.Kind) -> CompletionKind {
        .custom { words, _, prefix in CompletionCandidates.ids(kind, words: words, prefix: prefix) }
    }

    static let deals = ids(.deals)
    static let sprints = ids(.sprints)
    static let campaigns = ids(.campaigns)
    static let members = ids(.members)
    static let teams = ids(.teams)
    static let stages = ids(.stages)
    static let documents = ids(.documents)
}
