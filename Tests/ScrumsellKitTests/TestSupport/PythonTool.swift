import Foundation

/// Runs a short Python script (the real `icalendar` and `csv` modules read what scrumsell
/// writes) and returns what it prints on standard output.
enum PythonTool {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func run(_ script: String, arguments: [String] = []) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-python-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("script.py")
        try Data(script.utf8).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", file.path] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "python3 failed (\(process.terminationStatus)): \(String(decoding: stderr, as: UTF8.self))")
        }
        return String(decoding: stdout, as: UTF8.self)
    }

    /// The events of an ICS file as Python's `icalendar` reads them: one JSON object each
    /// (`uid`, `summary`, `start` as ISO text, `allDay`, `rrule` as RFC text, `description`).
    static func calendarEvents(_ path: String) throws -> [[String: String]] {
        let script = """
            import json, sys, icalendar
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            zones = [str(z['TZID']) for z in cal.walk('VTIMEZONE')]
            out = []
            for e in cal.walk('VEVENT'):
                start = e['DTSTART'].dt
                item = {'uid': str(e['UID']), 'summary': str(e['SUMMARY']), 'start': start.isoformat(),
                        'allDay': str(not hasattr(start, 'hour')), 'description': str(e.get('DESCRIPTION', '')),
                        'stamp': e['DTSTAMP'].dt.isoformat(), 'zones': ','.join(zones)}
                if 'RRULE' in e: item['rrule'] = e['RRULE'].to_ical().decode()
                if 'DTEND' in e: item['end'] = e['DTEND'].dt.isoformat()
                if 'DURATION' in e: item['duration'] = str(e['DURATION'].dt)
                out.append(item)
            print(json.dumps(out))
            """
        let text = try run(script, arguments: [path])
        return try JSONDecoder().decode([[String: String]].self, from: Data(text.utf8))
    }
}
