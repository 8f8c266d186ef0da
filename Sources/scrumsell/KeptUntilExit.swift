import Synchronization

/// Values a command keeps alive until the process ends.
///
/// A loaded workspace is hundreds of thousands of small objects; freeing them one by one
/// when a command returns costs tens of milliseconds over a large workspace, just before
/// the process exits and the system takes the memory back at once anyway.
enum KeptUntilExit {
    private static let values = Mutex<[any Sendable]>([])

    /// Keeps `value` (a workspace, a report) from being freed before the process exits.
    static func keep(_ value: some Sendable) {
        values.withLock { $0.append(value) }
    }
}
