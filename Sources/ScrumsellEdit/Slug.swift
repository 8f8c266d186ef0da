import Foundation

/// File names from names: `Acme Corp — Payments` → `acme-corp-payments`.
public enum Slug {
    /// Lower-case ASCII letters and digits, words joined by `-`; accents are folded
    /// (`Café` → `cafe`), everything else separates words. Empty when nothing is left.
    public static func make(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var slug = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            let lowered = scalar.properties.lowercaseMapping
            if lowered.unicodeScalars.count == 1, let ascii = lowered.unicodeScalars.first, ascii.isASCII,
               ("a"..."z").contains(ascii) || ("0"..."9").contains(ascii) {
                if pendingDash, !slug.isEmpty { slug += "-" }
                pendingDash = false
                slug.unicodeScalars.append(ascii)
            } else if scalar == "ß" {
                if pendingDash, !slug.isEmpty { slug += "-" }
                pendingDash = false
                slug += "ss"
            } else {
                pendingDash = true
            }
        }
        return slug
    }
}
