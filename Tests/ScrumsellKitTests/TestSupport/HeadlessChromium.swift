import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Debian's `chromium`, run headless: a page's DOM after the browser parsed it (`--dump-dom`),
/// or a screenshot. scripts/setup installs it. Each run has its own profile folder, so runs
/// may overlap, and is killed after a time bound.
struct HeadlessChromium: Sendable {
    let executable: URL

    /// The browser on this machine: `/usr/bin/chromium`, or `chromium` / `chromium-browser` on the PATH.
    static let installed: HeadlessChromium? = {
        var candidates = ["/usr/bin/chromium"]
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            candidates += ["\(folder)/chromium", "\(folder)/chromium-browser"]
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
            .map { HeadlessChromium(executable: URL(fileURLWithPath: $0)) }
    }()

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The serialized DOM of the page at `file`, once loaded (virtual time lets it settle).
    func dumpDOM(_ file: URL) throws -> String {
        try run(["--dump-dom", file.absoluteString])
    }

    /// A PNG of the page at `file`, `width`×`height` pixels, written to `png`.
    func screenshot(_ file: URL, to png: URL, width: Int = 1280, height: Int = 1600) throws {
        try FileManager.default.createDirectory(at: png.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: png)
        _ = try run(["--hide-scrollbars", "--window-size=\(width),\(height)", "--screenshot=\(png.path)", file.absoluteString])
        guard FileManager.default.fileExists(atPath: png.path) else { throw Failure(description: "chromium wrote no screenshot of \(file.path)") }
    }

    /// Runs the browser headless with `arguments`; its standard output. Standard error (D-Bus
    /// noise in a container) is kept only to explain a failure.
    private func run(_ arguments: [String], seconds: Double = 90) throws -> String {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }
        let process = Process()
        process.executableURL = executable
        // As root, and in a container without user namespaces, Chromium refuses to start with its
        // sandbox; the pages are our own files. No GPU in a container either.
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                             "--no-default-browser-check", "--disable-extensions",
                             "--user-data-dir=\(scratch.appendingPathComponent("profile").path)", "--virtual-time-budget=2000"] + arguments
        process.standardOutput = out
        process.standardError = err
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + seconds) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
            throw Failure(description: "chromium did not finish within \(Int(seconds)) s: \(arguments.joined(separator: " "))")
        }
        let stdout = String(decoding: try Data(contentsOf: outURL), as: UTF8.self)
        guard process.terminationStatus == 0 else {
            let stderr = String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
            throw Failure(description: "chromium exited \(process.terminationStatus): \(stderr.suffix(2000))")
        }
        return stdout
    }
}
