/// A failure a command reports with a one-line reason and an exit status.
struct CommandFailure: Error {
    var message: String
    var status: Int32

    /// Bad usage: exit status 2.
    static func usage(_ message: String) -> CommandFailure { CommandFailure(message: message, status: 2) }
    /// The command ran and found a problem: exit status 1.
    static func failed(_ message: String) -> CommandFailure { CommandFailure(message: message, status: 1) }
}
