import Foundation

/// A value computed on first use, then kept: how value types such as `Workspace` carry
/// lookup tables without going stale.
///
/// The owner keeps a cache per derived value and replaces it with a fresh one whenever
/// a property the value derives from changes (a `didSet`), so copies that change get
/// their own tables and copies that do not share the tables already built.
public final class LazyCache<Value: Sendable>: @unchecked Sendable {
    // Guarded by `lock`: the value is written once, under the lock.
    private let lock = NSLock()
    private var value: Value?

    public init() {}

    /// The cached value, computed by `make` the first time.
    public func get(_ make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let value { return value }
        let made = make()
        value = made
        return made
    }
}
