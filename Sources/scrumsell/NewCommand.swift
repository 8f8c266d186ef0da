import ArgumentParser

/// `scrumsell new deal|campaign|sprint|objective`: scaffold a document from the templates.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a deal, campaign, sprint or objective from the templates (never overwrites a file).",
        subcommands: [NewDealCommand.self, NewCampaignCommand.self, NewSprintCommand.self, NewObjectiveCommand.self]
    )
}
