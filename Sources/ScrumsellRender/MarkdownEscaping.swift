import Mustache

/// Escapes user text for GitHub-flavoured Markdown so it stays literal text: a deal named
/// `A | B` cannot split a table cell, `*` cannot start emphasis, `<` cannot open HTML.
/// Line breaks become spaces, so a value always stays on its line (a table row); other control
/// characters (`\e`, NUL, BEL) are written as `\u{1B}` (see `ControlCharacterEscaping`), so a
/// report cannot drive the terminal it is printed to.
public enum MarkdownEscaping {
    /// The characters escaped everywhere with a backslash (all ASCII punctuation, so the escape is valid CommonMark).
    static let active: Set<Character> = ["\\", "|", "*", "`", "[", "]", "<", ">"]

    /// Whether `byte` may need escaping or replacing: an active character, `_` or a line break.
    @inline(__always)
    private static func needsCare(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "|"), UInt8(ascii: "*"), UInt8(ascii: "`"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "_"), UInt8(ascii: "\r"), UInt8(ascii: "\n"):
            return true
        default:
            return ControlCharacterEscaping.mayNeedEscape(byte)
        }
    }

    public static func escape(_ text: String) -> String {
        // Most values (names, ids, amounts, dates) hold nothing to escape: those are returned as they are.
        let plain = text.utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains(where: needsCare) }
            ?? !text.utf8.contains(where: needsCare)
        guard !plain else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var previous: Character = " "
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            switch character {
            case "\r\n", "\n", "\r":
                if previous != " " { result.append(" ") }
                previous = " "
                continue
            case _ where active.contains(character):
                result.append("\\")
            case _ where character.unicodeScalars.contains(where: { ControlCharacterEscaping.isEscaped($0) }):
                result += ControlCharacterEscaping.escape(String(character))
                previous = character
                continue
            case "_":
                // Only an underscore at a word's edge can open or close emphasis.
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                if !(previous.isLetter || previous.isNumber) || !(next.isLetter || next.isNumber) { result.append("\\") }
            default:
                break
            }
            result.append(character)
            previous = character
        }
        return result
    }
}

/// The `MARKDOWN` content type of the built-in templates: `{{% CONTENT_TYPE: MARKDOWN}}`.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { MarkdownEscaping.escape(text) }
}
