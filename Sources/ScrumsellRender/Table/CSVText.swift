import CSV
import Foundation

/// RFC 4180 text written with CSV.swift's `CSVWriter`: fields quoted when they hold a comma, a
/// quote or a line break, quotes doubled, every record (the last included) ended by CRLF.
enum CSVText {
    static func write(header: [String], records: [[String]]) -> String {
        let stream = OutputStream.toMemory()
        do {
            let writer = try CSVWriter(stream: stream, newline: .crlf)
            try writer.write(row: header)
            for record in records { try writer.write(row: record) }
            stream.close()
        } catch {
            // A stream in memory does not fail to open or to take bytes.
            preconditionFailure("CSVText: writing to memory failed: \(error)")
        }
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\r\n"
    }
}
