import ArgumentParser
import ScrumsellKit

/// `scrumsell git-setup [--hooks]`.
struct GitSetupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "git-setup",
        abstract: "Send the plan files to scrumsell's merge driver: .gitattributes lines and the merge.scrumsell git config.",
        discussion: "Writes the lines for deals/, campaigns/, sprints/ and objectives/ to the workspace's .gitattributes (only those missing) and merge.scrumsell.name and .driver to the repository's config, and prints what it wrote. With --hooks it also installs a pre-commit hook running 'scrumsell check --staged'."
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Also install a pre-commit hook that runs 'scrumsell check --staged'.")
    var hooks = false

    func run() throws {
        let root = try global.root()
        guard let git = GitCommand.onPath() else { throw CommandFailure.usage("git is not on PATH") }
        do {
            for line in try GitSetup.run(workspace: root, hooks: hooks, git: git) { print("wrote \(line)") }
        } catch let failure as GitSetup.Failure {
            throw CommandFailure.failed(failure.description)
        }
    }
}
