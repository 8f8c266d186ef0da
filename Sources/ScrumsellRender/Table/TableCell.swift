import ScrumsellBase

/// One value of a listed row (`deals`, `items`), written the same way into JSON and CSV:
/// the JSON value as it is, the CSV field as plain text (numbers without symbols or
/// separators, `true`/`false`, a list joined with spaces, nothing for a missing value).
public enum TableCell: Sendable, Equatable, Encodable {
    case text(String)
    case number(Double)
    case integer(Int)
    case flag(Bool)
    case list([String])
    case null

    /// Text, or null when there is none.
    static func text(_ text: String?) -> TableCell { text.map(TableCell.text) ?? .null }
    static func number(_ number: Double?) -> TableCell { number.map(TableCell.number) ?? .null }
    static func integer(_ number: Int?) -> TableCell { number.map(TableCell.integer) ?? .null }
    static func day(_ day: Day?) -> TableCell { day.map { .text($0.description) } ?? .null }

    /// The CSV field.
    public var csvField: String {
        switch self {
        case .text(let text): return text
        case .number(let number): return Self.plain(number)
        case .integer(let number): return String(number)
        case .flag(let flag): return flag ? "true" : "false"
        case .list(let items): return items.joined(separator: " ")
        case .null: return ""
        }
    }

    /// A number as JSON writes it: its shortest decimal form without a trailing `.0`; empty when not finite.
    static func plain(_ number: Double) -> String {
        guard number.isFinite else { return "" }
        var text = number.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .number(let number): try container.encode(number)
        case .integer(let number): try container.encode(number)
        case .flag(let flag): try container.encode(flag)
        case .list(let items): try container.encode(items)
        case .null: try container.encodeNil()
        }
    }
}

/// The columns of a listed row: each a snake_case name (the JSON field and the CSV header) and
/// how the row's value is read, so that JSON and CSV cannot disagree on a name or a value.
public struct TableColumns<Row>: Sendable {
    public let columns: [(name: String, cell: @Sendable (Row) -> TableCell)]

    public init(_ columns: [(name: String, cell: @Sendable (Row) -> TableCell)]) { self.columns = columns }

    public var names: [String] { columns.map(\.name) }

    /// The row as a JSON object (its keys as written, sorted by the encoder).
    public func object(_ row: Row) -> [String: TableCell] {
        Dictionary(columns.map { ($0.name, $0.cell(row)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The rows as RFC 4180 CSV: a header row, then one record per row, CRLF line breaks.
    public func csv(_ rows: [Row]) -> String {
        CSVText.write(header: names, records: rows.map { row in columns.map { $0.cell(row).csvField } })
    }
}
