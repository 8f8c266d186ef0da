/// How a deal ended: the seeds' three outcomes (we win, a competitor wins, nothing happens), or still open.
public enum Outcome: String, Sendable, Codable, CaseIterable {
    case open
    case won
    case lost
    case noDecision = "no-decision"

    public var isClosed: Bool { self != .open }
}
