import ArgumentParser
import Foundation
import ScrumsellKit

/// `scrumsell init DIR`: create a workspace.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a workspace: scrumsell.yml with one team and the default stages, and one example of each file.",
        discussion: "Refuses a folder that already holds scrumsell.yml. The examples are dated around --as-of, so `scrumsell check` passes."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var edit: EditOptions

    @Argument(help: ArgumentHelp("The folder to create the workspace in (created when missing).", valueName: "dir"))
    var folder: String

    @Option(help: "The workspace's name (default: the folder's name).")
    var name: String?

    @Option(help: "The currency of deal values.")
    var currency = "USD"

    func run() throws {
        let url = URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        let day = try global.day()
        try EditOutput.perform(edit, root: url) {
            try WorkspaceScaffold.plan(folder: url, asOf: day, name: name, currency: currency, render: EditOutput.renderer(root: url))
        }
        if !edit.dryRun {
            print("next: scrumsell check -w \(folder)")
            print("in git: scrumsell git-setup -w \(folder) (plans merge key by key; --hooks checks each commit)")
        }
    }
}
