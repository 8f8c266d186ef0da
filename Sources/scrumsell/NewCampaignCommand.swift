import ArgumentParser
import ScrumsellKit

/// `scrumsell new campaign NAME`.
struct NewCampaignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "campaign",
        abstract: "Create campaigns/<slug>.md with every field a Scrum Selling campaign needs."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var edit: EditOptions

    @Argument(help: "The campaign's name, e.g. \"Fintech CFOs\".") var name: String
    @Option(help: "The campaign's title (default: NAME).") var title: String?
    @Option(help: "The owner, a member id.") var owner: String?
    @Option(help: "backlog, active, paused or done.") var status: String = "backlog"
    @Option(help: "1 is the highest (default: after the lowest).") var priority: Int?
    @Option(help: "The industry targeted.") var industry: String?
    @Option(help: "The offering pitched.") var offering: String?
    @Option(help: "A job title of the audience (repeatable).") var audience: [String] = []
    @Option(name: .customLong("target"), help: "A target company (repeatable).") var targets: [String] = []
    @Option(help: "Why the buyer should choose us.") var differentiator: String?

    func run() throws {
        guard let status = Campaign.Status(rawValue: status) else {
            throw CommandFailure.usage("--status must be one of \(Campaign.Status.allCases.map(\.rawValue).joined(separator: ", ")), got '\(self.status)'")
        }
        let root = try global.root()
        let day = try global.day()
        try EditOutput.locked(edit, root: root) {
            let editor = WorkspaceEditor(root: root, asOf: day)
            var options = NewCampaignOptions(name: name)
            options.title = title
            options.owner = owner
            options.status = status
            options.priority = priority
            options.industry = industry
            options.offering = offering
            options.audience = audience
            options.targetCompanies = targets
            options.differentiator = differentiator
            try EditOutput.perform(edit, root: root) {
                try Scaffold.plan([try editor.newCampaign(options)], root: root, render: EditOutput.renderer(root: root))
            }
        }
    }
}
