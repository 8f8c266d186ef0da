import MCP
import ScrumsellKit

/// The prompts: conversations an assistant starts with the workspace's tools at hand.
enum WorkspacePrompts {
    static let weeklyReview = "weekly_pipeline_review"
    static let dealReview = "deal_review"

    static let all: [Prompt] = [
        Prompt(name: weeklyReview, title: "Weekly pipeline review",
               description: "Review the week's pipeline with the team lead: coverage, deals to manage, steps due, what changed.",
               arguments: [.init(name: "as_of", description: "The day of the review, YYYY-MM-DD (default: today)."),
                           .init(name: "owner", description: "Only this person's deals (a member id).")]),
        Prompt(name: dealReview, title: "Deal review",
               description: "Review one deal as a sales manager would: buying process, stakeholders, the next two critical steps.",
               arguments: [.init(name: "deal", description: "The deal id.", required: true),
                           .init(name: "as_of", description: "The day of the review, YYYY-MM-DD (default: today).")]),
    ]

    static func get(_ name: String, arguments: [String: String]?) throws -> GetPrompt.Result {
        let asOf = arguments?["as_of"].map { " as of \($0) (pass as_of: \"\($0)\" to the tools)" } ?? ""
        switch name {
        case weeklyReview:
            let owner = arguments?["owner"].map { " Look only at the deals of \($0) (owner: \"\($0)\")." } ?? ""
            return GetPrompt.Result(description: "Weekly pipeline review", messages: [.user(.text(text: """
                Run the weekly pipeline review of this Scrumsell workspace\(asOf).\(owner) Call the `report` tool for the week's \
                report and `check` for the files' problems. Then, in this order: is the pipeline coverage enough for the quarter's \
                target; which deals need attention (gone dark, decision date passed, missing next steps) and what each owner should do \
                about them this week; which steps are overdue or due; what changed since last week. Be concrete: name deals, people \
                and dates, and end with at most five actions, each with an owner.
                """))])
        case dealReview:
            guard let deal = arguments?["deal"], !deal.isEmpty else { throw MCPError.invalidParams("'deal' is required") }
            return GetPrompt.Result(description: "Deal review of \(deal)", messages: [.user(.text(text: """
                Review the deal \(deal)\(asOf) as a sales manager in a deal review. Read its file (the resource \
                scrumsell://deals/\(deal).md), its history (the `history` tool with deal: "\(deal)") and what `check` says about it. \
                Go through the buyer's objectives and the consequence of doing nothing, the buying process and where the buyer is in \
                it, the stakeholders and who is missing, and the risks. Then answer: what are the next two critical things you and \
                the customer must do? Offer to add them under '## Next steps' with `item_add` (it shows the diff first; it writes \
                only with apply: true).
                """))])
        default:
            throw MCPError.invalidParams("no prompt '\(name)'" + Suggestion.didYouMean(name, in: all.map(\.name)))
        }
    }
}
