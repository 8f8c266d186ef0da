import CSV
import Foundation

/// RFC 4180 text written with CSV.swift's `CSVWriter`: fields quoted when they hold a comma, a
/// quote or a line break, quotes doubled, every record (the last included) ended by CRLF.
package enum CSVText {
    package static func write(header: [String], records: [[String]]) -> String {
        // The records are written in runs on all cores, each run by its own writer; the runs joined
        // in order by a line break are what one writer would write (it writes a break before each
        // record but the first).
        let runs = Swift.max(1, Swift.min(records.count / 2_000, 64))
        let parts = Array(0..<runs).parallelMap { run -> [UInt8] in
            let sink = ByteSink(toMemory: ())
            do {
                let writer = try CSVWriter(stream: sink, newline: .crlf)
                if run == 0 { try writer.write(row: header) }
                for index in (run * records.count / runs)..<((run + 1) * records.count / runs) {
                    try writer.write(row: records[index])
                }
            } catch {
                // The sink takes every byte and is always open.
                preconditionFailure("CSVText: writing to memory failed: \(error)")
            }
            return sink.bytes
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(parts.reduce(2) { $0 + $1.count + 2 })
        for (index, part) in parts.enumerated() {
            if index > 0 { bytes += [13, 10] }
            bytes += part
        }
        bytes += [13, 10]
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// An output stream that keeps what is written in an array: `CSVWriter` writes a byte at a time,
/// and Foundation's memory stream grows its data a byte at a time too.
private final class ByteSink: OutputStream {
    var bytes: [UInt8] = []

    required init(toMemory: ()) { super.init(toMemory: ()) }

    override func open() {}
    override func close() {}
    override var streamStatus: Stream.Status { .open }
    override var hasSpaceAvailable: Bool { true }

    override func write(_ buffer: UnsafePointer<UInt8>, maxLength length: Int) -> Int {
        if length == 1 { bytes.append(buffer[0]) } else { bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: length)) }
        return length
    }
}
