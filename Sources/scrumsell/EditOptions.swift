import ArgumentParser

/// The option every editing command takes.
struct EditOptions: ParsableArguments {
    @Flag(name: .customLong("dry-run"), help: "Print the change as a unified diff and write nothing.")
    var dryRun = false
}
