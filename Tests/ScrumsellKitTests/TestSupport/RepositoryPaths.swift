import Foundation

/// Where the tests find the repository's files, however deep a test file sits.
enum RepositoryPaths {
    /// The repository's root: the nearest folder above this file that holds `Package.swift`.
    static let root: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder
    }()

    /// `Tests/ScrumsellKitTests/`.
    static let tests = root.appendingPathComponent("Tests/ScrumsellKitTests")
}
