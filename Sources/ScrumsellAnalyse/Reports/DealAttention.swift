/// An open deal and why it needs attention.
public struct DealAttention: Sendable, Codable, Equatable {
    public var deal: DealSummary
    public var reasons: [AttentionReason]
}
