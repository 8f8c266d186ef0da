import Foundation
import ScrumsellBenchSupport

extension BenchCommand {
    /// Runs as the measuring helper when asked (see `ChildProcess`), else as the benchmark.
    static func main() {
        let arguments = CommandLine.arguments
        if arguments.count > 2, arguments[1] == ChildProcess.helperFlag {
            Foundation.exit(ChildProcess.measureAsHelper(Array(arguments.dropFirst(2))))
        }
        main(nil)
    }
}
