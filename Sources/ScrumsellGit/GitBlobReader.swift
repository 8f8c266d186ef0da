import Foundation

/// Reads file contents from the repository's object store: one `git cat-file --batch`
/// process fed every blob id, not one process per file version.
enum GitBlobReader {
    /// Below this many blobs one process is as quick as several.
    static let blobsPerProcess = 2_000

    /// The `git cat-file` processes to share `count` blobs between: one per core (at most
    /// four), with at least `blobsPerProcess` blobs each.
    static func processes(blobs count: Int) -> Int {
        max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4, count / blobsPerProcess))
    }

    /// The contents of each blob id that could be read, split over `processes` gits. Blobs
    /// given in history order read fastest (git resolves deltas along it).
    package static func read(_ blobs: [String], in directory: URL, git: GitCommand, processes: Int) throws(HistoryUnavailable) -> [String: [UInt8]] {
        let processes = max(1, min(processes, blobs.count))
        let chunks = (0..<processes).map { part in Array(blobs[(blobs.count * part / processes)..<(blobs.count * (part + 1) / processes)]) }
        let read = chunks.parallelMap { chunk in Result { () throws(HistoryUnavailable) in try readChunk(chunk, in: directory, git: git) } }
        var contents: [String: [UInt8]] = [:]
        contents.reserveCapacity(blobs.count)
        for chunk in read { contents.merge(try chunk.get()) { first, _ in first } }
        return contents
    }

    private static func readChunk(_ blobs: [String], in directory: URL, git: GitCommand) throws(HistoryUnavailable) -> [String: [UInt8]] {
        guard !blobs.isEmpty else { return [:] }
        var input: [UInt8] = []
        input.reserveCapacity(blobs.count * 41)
        for blob in blobs {
            input += blob.utf8
            input.append(0x0A)
        }
        let output: GitCommand.Output
        do {
            output = try git.run(["cat-file", "--batch", "--buffer"], in: directory, input: input)
        } catch {
            throw .gitMissing
        }
        guard output.succeeded else { throw .gitFailed(output.reason) }
        return parse(output.stdout)
    }

    /// Parses `--batch` output: `<id> blob <size>\n<content>\n` per object, `<id> missing\n` for absent ones.
    static func parse(_ bytes: [UInt8]) -> [String: [UInt8]] {
        var contents: [String: [UInt8]] = [:]
        var index = 0
        while index < bytes.count {
            guard let newline = bytes[index...].firstIndex(of: 0x0A) else { break }
            let header = bytes[index..<newline].split(separator: 0x20)
            index = newline + 1
            guard header.count == 3, let size = Int(String(decoding: header[2], as: UTF8.self)) else { continue }
            let end = min(index + size, bytes.count)
            if header[1].elementsEqual("blob".utf8) {
                contents[String(decoding: header[0], as: UTF8.self)] = Array(bytes[index..<end])
            }
            index = end + 1
        }
        return contents
    }
}
