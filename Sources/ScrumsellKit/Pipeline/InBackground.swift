import Foundation
import Synchronization

/// Work started on a thread of its own and waited for later.
///
/// Reading the git history is mostly waiting for `git`, and parsing a report's template does
/// not need the workspace: started before the workspace is loaded, they run while the files
/// are read, instead of after.
public final class InBackground<Value: Sendable>: Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private let result = Mutex<Value?>(nil)

    /// Starts `work` at once on a new thread.
    public init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            let value = work()
            result.withLock { $0 = value }
            finished.signal()
        }
        thread.stackSize = 8 << 20  // the main thread's size: the work reads files like the main thread does
        thread.start()
    }

    /// The work's value, once it is done.
    public func value() -> Value {
        finished.wait()
        finished.signal()  // later calls return at once
        return result.withLock { $0! }
    }
}
