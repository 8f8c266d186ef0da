/// A value kept in one shared box and copied only when written to while another copy shares
/// it: the storage of `Deal` and `Item`, whose many fields would otherwise cost a reference
/// count each time a deal or an item is copied (into a filter, a closure, an array).
package struct CopyOnWrite<Value: Sendable>: Sendable {
    /// Holds the value; mutated only through `value`'s `_modify`, that is when one copy alone refers to it.
    private final class Box: @unchecked Sendable {
        var value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    package init(_ value: Value) { box = Box(value) }

    package var value: Value {
        get { box.value }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }

    /// Whether both copies share one box (and so one value).
    package func sharesBox(with other: CopyOnWrite<Value>) -> Bool { box === other.box }
}
