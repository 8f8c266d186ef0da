import Foundation
import CSV

/// Rows written as RFC 4180 CSV by CSV.swift: fields quoted when they hold a comma, a quote
/// or a line break, CRLF after every row.
public enum CSVText {
    public static func write(_ rows: [[String]]) -> String {
        let stream = OutputStream(toMemory: ())
        stream.open()
        do {
            let writer = try CSVWriter(stream: stream, newline: .crlf)
            for row in rows { try writer.write(row: row) }
            writer.stream.close()
        } catch {
            // Writing to memory does not fail; an empty text would show it if it did.
            return ""
        }
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return "" }
        return String(decoding: data, as: UTF8.self) + (rows.isEmpty ? "" : "\r\n")
    }
}
