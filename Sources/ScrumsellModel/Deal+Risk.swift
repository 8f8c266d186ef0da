import ScrumsellBase

extension Deal {
    /// The buyer-side stakeholders: those who are not also team members.
    public func buyerStakeholders(in config: WorkspaceConfig) -> [Stakeholder] {
        self.stakeholders.filter { config.member($0.id) == nil }
    }

    /// `single-threaded`: an open deal past the first stage with fewer than two buyer-side
    /// stakeholders (one contact leaving, or changing their mind, loses the deal).
    public func isSingleThreaded(in config: WorkspaceConfig) -> Bool {
        isOpen && isQualified(in: config) && buyerStakeholders(in: config).count < 2
    }

    /// `no-economic-buyer`: an open deal at or past `economic_buyer_from:` (default the third
    /// stage) with no stakeholder of influence `economic`.
    public func lacksEconomicBuyer(in config: WorkspaceConfig) -> Bool {
        guard isOpen, let from = config.economicBuyerStageIndex, let here = config.stageIndex(self.stage), here >= from else { return false }
        return !self.stakeholders.contains { $0.influence == "economic" }
    }

    /// Whether the deal has gone dark as of `day`: no contact for more than its stage's
    /// `stale_after_days` (the workspace's when the stage sets none). `nil` days when it records no contact.
    public func silentDays(asOf day: Day, in config: WorkspaceConfig) -> (days: Int, dark: Bool)? {
        guard let days = daysSinceContact(asOf: day) else { return nil }
        return (days, days > config.staleAfterDays(inStage: self.stage))
    }
}
