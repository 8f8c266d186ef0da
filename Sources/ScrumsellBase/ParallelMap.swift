import Dispatch

extension Array where Element: Sendable {
    /// Maps every element on all cores, keeping the order of the input.
    ///
    /// Files are independent, so reading a workspace spreads them over the machine's cores.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = ResultSlots<T>(count: count)
        self.withUnsafeBufferPointer { input in
            let base = UnsafeSendable(input)
            // Chunks amortise dispatch overhead; several per core balance uneven files.
            let chunks = Swift.min(count, 256)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let lower = chunk * count / chunks, upper = (chunk + 1) * count / chunks
                for index in lower..<upper { results.set(index, transform(base.value[index])) }
            }
        }
        return results.values()
    }
}

/// Write-once slots filled from several threads at distinct indices.
///
/// The slots live in memory allocated once: `Array.withUnsafeMutableBufferPointer` moves
/// the array's buffer out while its closure runs, so concurrent calls on one array race
/// and lose writes.
private final class ResultSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = UnsafeMutablePointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    private var taken = false

    deinit {
        if !taken { slots.deinitialize(count: count) }
        slots.deallocate()
    }

    func set(_ index: Int, _ value: T) {
        // Distinct indices of a buffer that never moves: no two threads touch the same slot.
        slots[index] = value
    }

    /// The results, moved out of the slots (called once, after every slot is set).
    func values() -> [T] {
        taken = true
        return (0..<count).map { (slots + $0).move()! }
    }
}

private struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
