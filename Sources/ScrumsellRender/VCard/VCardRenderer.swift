import ScrumsellAnalyse

/// Stakeholders as vCard 4.0 (RFC 6350): `FN`, `TITLE`, `ORG` (the deal's account), `NOTE`
/// (influence, rapport and the deal), CRLF lines folded at 75 octets.
public enum VCardRenderer {
    public static func render(_ cards: [ContactCard]) -> String {
        var lines = ContentLines()
        for card in cards {
            lines.add("BEGIN", "VCARD")
            lines.add("VERSION", "4.0")
            lines.add("PRODID", ICSCalendarRenderer.productID)
            lines.add("KIND", "individual")
            lines.add("FN", text: card.name)
            if let title = card.title, !title.isEmpty { lines.add("TITLE", text: title) }
            lines.add("ORG", text: card.account)
            lines.add("NOTE", text: note(card))
            lines.add("END", "VCARD")
        }
        return lines.text
    }

    /// `Influence: economic. Rapport: Marathon runner. Deal: acme (deals/acme.md)`.
    static func note(_ card: ContactCard) -> String {
        var parts: [String] = []
        if let influence = card.influence { parts.append("Influence: \(influence).") }
        if let rapport = card.rapport, !rapport.isEmpty { parts.append("Rapport: \(rapport)\(rapport.hasSuffix(".") ? "" : ".")") }
        parts.append("Deal: \(card.dealID) (\(card.dealPath))")
        return parts.joined(separator: " ")
    }
}

/// Stakeholders as CSV (RFC 4180, by CSV.swift): one row each, under a header.
public enum ContactCSVRenderer {
    public static let header = ["deal", "id", "name", "title", "organization", "influence", "rapport"]

    public static func render(_ cards: [ContactCard]) -> String {
        let records = cards.map { card in
            [card.dealID, card.id, card.name, card.title ?? "", card.account, card.influence ?? "", card.rapport ?? ""]
        }
        return CSVText.write(header: header, records: records)
    }
}
