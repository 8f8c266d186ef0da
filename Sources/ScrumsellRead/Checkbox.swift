/// The box at the start of an item: `[ ]` to do, `[/]` doing, `[x]` done, `[-]` dropped.
public enum Checkbox: String, Sendable, Codable, CaseIterable {
    case todo = " "
    case doing = "/"
    case done = "x"
    case dropped = "-"

    /// The box as written, e.g. `[/]`.
    public var marker: String { "[\(rawValue)]" }

    /// The state's name in the lists, the deal page and their JSON (and `items --state`):
    /// `todo`, `doing`, `done`, `dropped`.
    public var name: String {
        switch self {
        case .todo: return "todo"
        case .doing: return "doing"
        case .done: return "done"
        case .dropped: return "dropped"
        }
    }

    /// The state of a `name`.
    public init?(name: String) {
        guard let state = Checkbox.allCases.first(where: { $0.name == name }) else { return nil }
        self = state
    }

    /// The state for the character between the brackets (`X` counts as done).
    public init?(character: UInt8) {
        switch character {
        case UInt8(ascii: " "): self = .todo
        case UInt8(ascii: "/"): self = .doing
        case UInt8(ascii: "x"), UInt8(ascii: "X"): self = .done
        case UInt8(ascii: "-"): self = .dropped
        default: return nil
        }
    }
}
