import Foundation

extension Day {
    /// Today's date in the machine's time zone: what `--as-of` defaults to. Only the command
    /// shells read it (the CLI's options, the MCP server's default day); the library never does.
    public static func today() -> Day {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(ordinal: 0)
    }
}
