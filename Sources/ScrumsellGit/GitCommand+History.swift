import Foundation

extension GitCommand {
    /// Runs git for a history read: a git that cannot be started is `gitMissing`, a command
    /// that fails is `gitFailed` with git's own reason.
    package func runForHistory(_ arguments: [String], in directory: URL) throws(HistoryUnavailable) -> Output {
        let output: Output
        do {
            output = try run(arguments, in: directory)
        } catch {
            throw .gitMissing
        }
        guard output.succeeded else { throw .gitFailed(output.reason) }
        return output
    }
}
