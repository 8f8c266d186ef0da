import ArgumentParser
import ScrumsellKit

/// `scrumsell new deal NAME`.
struct NewDealCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deal",
        abstract: "Create deals/<slug>.md: a sales plan with its stage's exit tasks to do.",
        discussion: "NAME gives the file name (as a slug) and, without --account, the account."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var edit: EditOptions

    @Argument(help: "The deal's name, e.g. \"Acme Corp\".") var name: String
    @Option(parsing: .unconditional, help: "The buying organisation (default: NAME).") var account: String?
    @Option(parsing: .unconditional, help: "What is being bought.") var title: String?
    @Option(help: "The deal owner, a member id (default: the first sales executive).") var owner: String?
    @Option(help: "The sales stage (default: the first).") var stage: String?
    @Option(parsing: .unconditional, help: "The deal's value.") var value: Double?
    @Option(help: "The campaign that sourced the deal.") var campaign: String?
    @Option(help: "A program objective the deal counts towards (repeatable).") var objective: [String] = []
    @Option(name: .customLong("decision-date"), help: ArgumentHelp("The buyer's target decision date.", valueName: "yyyy-mm-dd")) var decisionDate: String?
    @Option(parsing: .unconditional, help: "What happens to the buyer if they miss the date.") var consequence: String?

    func run() throws {
        try DashedValue.requireNotAnOption([("--account", account), ("--title", title), ("--consequence", consequence)])
        let root = try global.root()
        let day = try global.day()
        try EditOutput.locked(edit, root: root) {
            let editor = WorkspaceEditor(root: root, asOf: day)
            var options = NewDealOptions(name: name)
            options.account = account
            options.title = title
            options.owner = owner
            options.stage = stage
            options.value = value
            options.campaign = campaign
            options.objectives = objective
            options.decisionDate = try decisionDate.map { try GlobalOptions.parseDay($0, option: "--decision-date") }
            options.consequence = consequence
            try EditOutput.perform(edit, root: root) {
                try Scaffold.plan([try editor.newDeal(options)], root: root, render: EditOutput.renderer(root: root))
            }
        }
    }
}
