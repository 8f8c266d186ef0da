import ScrumsellRead

/// A move of one item: start it, finish it, drop it, or open it again.
public enum ItemAction: String, Sendable, CaseIterable {
    case start, done, drop, reopen

    /// The box the item gets.
    public var state: Checkbox {
        switch self {
        case .start: return .doing
        case .done: return .done
        case .drop: return .dropped
        case .reopen: return .todo
        }
    }

    /// True for an item this action would change: the one a user most likely means when several match.
    func applies(to state: Checkbox) -> Bool {
        switch self {
        case .reopen: return state == .done || state == .dropped
        default: return state != self.state
        }
    }
}
