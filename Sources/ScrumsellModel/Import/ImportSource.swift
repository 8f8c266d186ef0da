/// The CRM an export comes from, and the columns its standard deal export names.
public enum ImportSource: String, Sendable, CaseIterable {
    case salesforce, hubspot, pipedrive
    /// Any CSV: every column is mapped with `--map` or `import: columns:`.
    case csv

    /// The standard export columns and the deal field each fills; columns not named here are ignored.
    public var standardColumns: [(column: String, field: ImportField)] {
        switch self {
        case .salesforce:
            return [("Opportunity ID", .crmID), ("Opportunity Name", .title), ("Account Name", .account), ("Amount", .value),
                    ("Currency", .currency), ("Close Date", .decisionDate), ("Stage", .stage), ("Probability (%)", .probability),
                    ("Opportunity Owner", .owner), ("Next Step", .nextStep), ("Created Date", .opened)]
        case .hubspot:
            return [("Record ID", .crmID), ("Deal Name", .title), ("Amount", .value), ("Close Date", .decisionDate),
                    ("Deal Stage", .stage), ("Deal owner", .owner), ("Create Date", .opened), ("Associated Company", .account)]
        case .pipedrive:
            return [("Deal - ID", .crmID), ("Deal - Title", .title), ("Deal - Value", .value), ("Deal - Currency", .currency),
                    ("Deal - Organization", .account), ("Deal - Owner", .owner), ("Deal - Stage", .stage),
                    ("Deal - Expected close date", .decisionDate), ("Deal - Status", .status), ("Deal - Lost reason", .lostReason),
                    ("Deal - Deal created", .opened)]
        case .csv:
            return []
        }
    }

    /// Standard columns read but not imported (kept in the CRM).
    public var ignoredColumns: [String] {
        switch self {
        case .salesforce: return ["Type", "Lead Source"]
        case .hubspot: return ["Pipeline"]
        case .pipedrive, .csv: return []
        }
    }

    /// Its name as users write it.
    public var displayName: String {
        switch self {
        case .salesforce: return "Salesforce"
        case .hubspot: return "HubSpot"
        case .pipedrive: return "Pipedrive"
        case .csv: return "CSV"
        }
    }
}

/// A deal field a column of an export can fill (what `--map COLUMN=FIELD` names).
public enum ImportField: String, Sendable, CaseIterable, Hashable {
    case crmID = "crm_id"
    case account, title, value, currency
    case decisionDate = "decision_date"
    case stage, probability, owner
    /// The next-step text: an open item under `## Next steps` of a new deal.
    case nextStep = "next_step"
    case opened
    /// `open`, `won` or `lost` (Pipedrive's `Deal - Status`).
    case status
    case lostReason = "lost_reason"
    case closed
}
