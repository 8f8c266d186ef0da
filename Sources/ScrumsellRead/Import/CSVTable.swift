import CSV

/// A CSV export read whole (RFC 4180, by CSV.swift; a semicolon or tab separator is told by the
/// header): its header and its records, each with
/// the row a spreadsheet shows it on (the header is row 1, so the first record is row 2;
/// a quoted line break does not start a row).
public struct CSVTable: Sendable {
    public struct Record: Sendable {
        public var row: Int
        public var fields: [String]
    }

    public var header: [String]
    public var records: [Record]

    /// Why a file is not a CSV table.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Parses `text`; refuses an empty file, a blank header or a repeated column name.
    public static func parse(_ text: String) throws(Failure) -> CSVTable {
        guard text.contains(where: { !$0.isWhitespace }) else { throw Failure(description: "the file is empty: it has no header row") }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true, delimiter: delimiter(of: text))
        } catch {
            throw Failure(description: "the file is not CSV: \(error)")
        }
        guard var header = reader.headerRow, !header.allSatisfy({ $0.trimmingSpaces().isEmpty }) else {
            throw Failure(description: "the file is empty: it has no header row")
        }
        header = header.map { $0.trimmingSpaces() }
        var seen: Set<String> = []
        for name in header where !name.isEmpty && !seen.insert(name).inserted {
            throw Failure(description: "the header names the column '\(name)' twice")
        }
        var records: [Record] = []
        var row = 1
        while let fields = reader.next() {
            row += 1
            // A blank line between records is no record (spreadsheets leave them at the end).
            if fields.count <= 1, fields.first?.isEmpty ?? true { continue }
            records.append(Record(row: row, fields: fields))
        }
        if let error = reader.error { throw Failure(description: "the file is not CSV after row \(row): \(error)") }
        return CSVTable(header: header, records: records)
    }

    /// The field separator: a comma, unless the header line (outside quotes) holds none and a
    /// semicolon or a tab instead, as spreadsheets with a decimal comma write CSV.
    static func delimiter(of text: String) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [:]
        var quoted = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.toggle() }
            if !quoted, scalar == "\n" || scalar == "\r" { break }
            if !quoted, scalar == "," || scalar == ";" || scalar == "\t" { counts[scalar, default: 0] += 1 }
        }
        if counts[",", default: 0] > 0 { return "," }
        return counts[";", default: 0] >= counts["\t", default: 0] && counts[";", default: 0] > 0 ? ";" : counts["\t", default: 0] > 0 ? "\t" : ","
    }

    /// The index of the column named `name` (compared without case and surrounding spaces).
    public func column(_ name: String) -> Int? {
        header.firstIndex(of: name) ?? header.firstIndex { $0.caseInsensitiveEquals(name) }
    }
}
