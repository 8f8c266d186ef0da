import ArgumentParser

/// The option every editing command takes.
struct EditOptions: ParsableArguments {
    @Flag(name: .customLong("dry-run"), help: "Print the change as a unified diff and write nothing.")
    var dryRun = false
}

/// Free-text options take a value that starts with `-` (`--reason "-20% cheaper"`), so an
/// option written where a value was forgotten (`--to --dry-run`) would be taken as the value:
/// a value that is one `--word` is refused as bad usage instead.
enum DashedValue {
    static func requireNotAnOption(_ values: [(option: String, value: String?)]) throws {
        for (option, value) in values {
            guard let value, value.hasPrefix("--"), value.count > 2,
                  value.dropFirst(2).allSatisfy({ $0.isLetter || $0 == "-" }) else { continue }
            throw CommandFailure.usage("\(option) has no value: '\(value)' is an option (a value that starts with '--' is written \(option)=VALUE)")
        }
    }
}
