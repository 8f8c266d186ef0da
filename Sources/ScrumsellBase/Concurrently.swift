import Dispatch

/// Runs two independent pieces of work at once, one per core, and returns both results.
///
/// For the serial ends of a command (gathering, grouping and sorting what the parallel passes
/// found), which would otherwise leave the other cores idle.
package func concurrently<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    let results = Pair<A, B>()
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 { results.first = first() } else { results.second = second() }
    }
    return (results.first!, results.second!)
}

/// The two results, each written by one thread before `concurrentPerform` returns and read after.
private final class Pair<A, B>: @unchecked Sendable {
    var first: A?
    var second: B?
}
